import type { Page } from '@playwright/test';
import type { Fault, FaultEndpoint } from '../src/mocks/faults';
import { answerDiscard, expect, persona, signIn, test, type MockControl } from './fixtures';

// One table of faults × one table of endpoints: adding a row adds its case everywhere.
type FaultCase = { name: string; fault: Fault; message: string | null };

const injected = (status: number, envelope: 'flashback' | 'aitronos' | 'dual') =>
  ({
    name: `${status} (${envelope} envelope)`,
    fault: {
      type: 'status',
      status,
      envelope,
      message: `Injected ${status} in the ${envelope} envelope`,
    },
    message: `Injected ${status} in the ${envelope} envelope`,
  }) satisfies FaultCase;

const UNREADABLE = 'The server sent a response the console could not read. Try again later.';
const FAULTS: FaultCase[] = [
  { ...injected(401, 'aitronos'), message: null },
  injected(403, 'flashback'),
  injected(404, 'dual'),
  injected(500, 'flashback'),
  injected(500, 'aitronos'),
  injected(500, 'dual'),
  {
    name: 'HTML 502 page',
    fault: { type: 'html', status: 502 },
    message: 'The server had a problem (502). Try again in a moment.',
  },
  { name: 'malformed JSON', fault: { type: 'malformed' }, message: UNREADABLE },
  { name: 'body failing the schema', fault: { type: 'schema' }, message: UNREADABLE },
  {
    name: 'timeout',
    fault: { type: 'delay', ms: 6_000 },
    message: 'The server did not answer within 4 seconds. Try again.',
  },
];

const TYPED = 'Faultville';
const city = (page: Page) => page.getByLabel('City');
const switcher = (page: Page) => page.getByRole('button', { name: /^Switch organization/ });

type Scenario = {
  /** Signs in and gets to where the fault will strike, typing something where there is a form. */
  arrange(page: Page): Promise<void>;
  /** Makes the request that meets the fault. */
  trigger(page: Page): Promise<void>;
  /** After the fault is cleared: the same action succeeds. */
  recover(page: Page): Promise<void>;
  /** Whether the scenario has typed input that must survive. */
  typed: boolean;
  /** Where a 401 returns the user after signing in again. */
  returnTo: RegExp;
};

async function openSettingsAndType(page: Page) {
  await signIn(page, 'Olivia Owner', '/o/acme/settings');
  await city(page).fill(TYPED);
}

const SCENARIOS: Record<FaultEndpoint, Scenario> = {
  'active-org:read': {
    typed: true,
    returnTo: /\/o\/acme\/settings$/,
    arrange: openSettingsAndType,
    // A background re-read (the tab becomes visible again) fails under a form being edited.
    trigger: async (page) => {
      await page.evaluate(() =>
        document.dispatchEvent(new Event('visibilitychange', { bubbles: true })),
      );
    },
    recover: async (page) => {
      await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByText(/Could not refresh/)).toHaveCount(0);
    },
  },
  'active-org:switch': {
    typed: true,
    returnTo: /\/o\/acme\/settings$/,
    arrange: openSettingsAndType,
    trigger: async (page) => {
      await switcher(page).click();
      await page.getByRole('option', { name: /^Globex/ }).click();
      await answerDiscard(page, true);
    },
    recover: async (page) => {
      await switcher(page).click();
      await page.getByRole('option', { name: /^Globex/ }).click();
      await answerDiscard(page, true);
      await expect(page).toHaveURL(/\/o\/globex\/settings$/);
    },
  },
  'org:read': {
    typed: false,
    returnTo: /\/o\/acme\/settings$/,
    arrange: (page) => signIn(page, 'Olivia Owner', '/o/acme'),
    trigger: async (page) => {
      await page.getByRole('button', { name: 'User menu' }).click();
      await page.getByRole('menuitem', { name: 'Organization settings' }).click();
    },
    recover: async (page) => {
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(city(page)).toHaveValue('San Francisco');
    },
  },
  'org:update': {
    typed: true,
    returnTo: /\/o\/acme\/settings$/,
    arrange: openSettingsAndType,
    trigger: (page) => page.getByRole('button', { name: 'Save changes' }).click(),
    recover: async (page) => {
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByText('Organization updated successfully')).toBeVisible();
    },
  },
};

async function signInAgain(page: Page) {
  await page.getByLabel('API token').fill(persona('Olivia Owner').token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

for (const [endpoint, scenario] of Object.entries(SCENARIOS) as [FaultEndpoint, Scenario][]) {
  test.describe(`fault on ${endpoint}`, () => {
    for (const { name, fault, message } of FAULTS) {
      test(name, async ({ page, mock }: { page: Page; mock: MockControl }) => {
        test.setTimeout(60_000);
        await scenario.arrange(page);
        await mock.fault({ endpoint, fault });
        await scenario.trigger(page);

        if (message === null) {
          // 401: signed out, then back where the user was, with what they typed.
          await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
          await mock.clearFaults();
          await signInAgain(page);
          await expect(page).toHaveURL(scenario.returnTo);
          if (scenario.typed) {
            // The kept draft is offered back, not applied unasked.
            const offer = page.getByRole('region', { name: 'Unsaved changes' });
            await offer.getByRole('button', { name: 'Restore' }).click();
            await expect(city(page)).toHaveValue(TYPED);
          }
          return;
        }

        await expect(page.getByText(message).first()).toBeVisible({ timeout: 25_000 });
        if (scenario.typed) await expect(city(page)).toHaveValue(TYPED);
        await expect(switcher(page)).toBeEnabled();

        await mock.clearFaults();
        await scenario.recover(page);
      });
    }
  });
}
