import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import type { FaultRequest } from '../src/mocks/faults';
import { PERSONAS } from '../src/mocks/seed';
import { E2E_PORTS, type E2eProfile } from './ports';

export { expect };

type PersonaName =
  | 'Olivia Owner'
  | 'Sam Single'
  | 'Nora Nobody'
  | 'Max Many'
  | 'Hal Hostile'
  | 'Harriet Huge'
  | 'Dora Documented';

export function persona(name: PersonaName) {
  const found = PERSONAS.find((p) => p.name === name);
  if (!found) throw new Error(`No persona ${name}`);
  return found;
}

const mockUrl = `http://127.0.0.1:${E2E_PORTS.mock}`;

/** Drives the mock HTTP server's control endpoints (reset, faults, latency). */
export class MockControl {
  constructor(private readonly request: APIRequestContext) {}

  async reset() {
    expect((await this.request.post(`${mockUrl}/__mock/reset`)).status()).toBe(204);
  }
  async fault(request: FaultRequest) {
    const response = await this.request.post(`${mockUrl}/__mock/faults`, { data: request });
    expect(response.status(), await response.text()).toBe(204);
  }
  async clearFaults() {
    expect((await this.request.delete(`${mockUrl}/__mock/faults`)).status()).toBe(204);
  }
  async latency(ms: number) {
    expect((await this.request.put(`${mockUrl}/__mock/latency`, { data: { ms } })).status()).toBe(
      204,
    );
  }
}

/** Signs in through the sign-in page with the persona's token, as QA would against a real API. */
export async function signIn(page: Page, name: PersonaName, path = '/') {
  await page.goto(path);
  await page.getByLabel('API token').fill(persona(name).token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Watches for what an injected script would do: a write to `window.__xss` (whenever it comes)
 * or a dialog. Call before the page loads; the returned check asserts neither happened.
 */
export async function trapInjectedScripts(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    Object.defineProperty(window, '__xss', {
      set: () => document.documentElement.setAttribute('data-xss', 'ran'),
      configurable: true,
    });
  });
  return async () => {
    await expect(page.locator('html')).not.toHaveAttribute('data-xss', 'ran');
    expect(dialogs).toEqual([]);
  };
}

/** Signs out the way a person does: the user menu's "Sign out". */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
}

/** Answers the console's "Discard unsaved changes?" dialog (never the browser's confirm()). */
export async function answerDiscard(page: Page, discard: boolean) {
  const dialog = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await dialog.getByRole('button', { name: discard ? /^Discard and/ : 'Cancel' }).click();
  await expect(dialog).toBeHidden();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Which backend profile the project's build speaks (set per Playwright project). */
export type ProfileOptions = { apiProfile: E2eProfile | 'console' };

export const test = base.extend<{ mock: MockControl } & ProfileOptions>({
  apiProfile: ['console', { option: true }],
  // Every page runs under the production CSP; any violation the browser reports fails the test.
  context: async ({ context }, use) => {
    const violations: string[] = [];
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    await use(context);
    expect(violations, 'Content Security Policy violations').toEqual([]);
  },
  mock: [
    async ({ request }, use) => {
      const mock = new MockControl(request);
      await mock.reset();
      await use(mock);
    },
    { auto: true },
  ],
});
