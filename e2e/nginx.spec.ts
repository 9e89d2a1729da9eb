import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page, Response } from '@playwright/test';
import { contentSecurityPolicy } from '../scripts/lib/runtime-config-plugin';
import { expect, signIn, test } from './fixtures';
import { E2E_PORTS } from './ports';

// deploy/'s nginx serving a copy of the production build whose config.json points at the mock
// server (dist-e2e-nginx). The shared fixture fails a test on any CSP violation.
const DIST = 'dist-e2e-nginx';
const CONFIG = `${DIST}/config.json`;
const mockOrigin = `http://127.0.0.1:${E2E_PORTS.mock}`;

type File = { apiBaseUrl: string; auth?: unknown; oidc?: { issuer: string; clientId: string } };

/** What an operator does after replacing config.json (README "Deployment"). */
async function applyConfig(request: APIRequestContext, json: File) {
  const workers = nginxWorkers();
  writeFileSync(CONFIG, `${JSON.stringify(json, null, 2)}\n`);
  execFileSync('bash', ['deploy/serve.sh', DIST, 'reload'], {
    env: { ...process.env, PORT: String(E2E_PORTS.nginx) },
    stdio: 'pipe',
  });
  // The reload signal is asynchronous, and until the old workers exit, a new connection may still
  // reach one of them with the old headers: wait for them to go and the new ones to answer.
  await expect.poll(() => workers.filter((pid) => existsSync(`/proc/${pid}`))).toEqual([]);
  await expect
    .poll(async () => (await request.get('/config.json')).headers()['content-security-policy'])
    .toBe(contentSecurityPolicy(json.apiBaseUrl, json.oidc?.issuer));
}

/** The worker processes of the nginx that deploy/serve.sh started (its pid file is in its state folder). */
function nginxWorkers(): string[] {
  const state = join(process.env.TMPDIR ?? tmpdir(), `org-console-nginx-${E2E_PORTS.nginx}`);
  const master = readFileSync(join(state, 'nginx.pid'), 'utf8').trim();
  try {
    return execFileSync('pgrep', ['-P', master], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when it finds none
  }
}

function collectResponses(page: Page) {
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  return (pattern: RegExp) => {
    const found = responses.find((r) => pattern.test(new URL(r.url()).pathname));
    if (!found) throw new Error(`No response for ${String(pattern)}`);
    return found;
  };
}

test('a console path reloads as the console, with the headers deploy/ promises', async ({
  page,
}) => {
  const response = collectResponses(page);
  const configReads: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/config.json')) configReads.push(r.url());
  });
  await signIn(page, 'Olivia Owner', '/o/acme/settings');
  // The project's first page: cold caches on a busy machine can take longer than one expect.
  await expect(page.getByRole('form', { name: 'Organization settings' })).toBeVisible({
    timeout: 15_000,
  });
  // A production build: no mock, no badge.
  await expect(page.getByRole('banner')).not.toContainText('Demo data');

  // Once per page load: the page's read reuses index.html's preload (no second request).
  expect(configReads).toHaveLength(1);
  const reload = await page.reload();
  await expect(page).toHaveURL(/\/o\/acme\/settings$/);
  await expect(page.getByRole('form', { name: 'Organization settings' })).toBeVisible();
  expect(configReads).toHaveLength(2);

  const html = (await reload?.allHeaders()) ?? {};
  expect(reload?.status()).toBe(200);
  expect(html['content-security-policy']).toBe(contentSecurityPolicy(mockOrigin));
  expect(html['x-content-type-options']).toBe('nosniff');
  expect(html['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(html['cache-control']).toBe('no-cache');
  expect(html['content-security-policy']).toContain("frame-ancestors 'none'");

  const entry = await response(/^\/assets\/index-[\w-]+\.js$/).allHeaders();
  expect(entry['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(entry['content-encoding']).toBe('gzip');
  expect(entry['x-content-type-options']).toBe('nosniff');
  const config = await response(/^\/config\.json$/).allHeaders();
  expect(config['cache-control']).toBe('no-cache');

  // A missing asset is a 404, never index.html under a script's name.
  const missing = await page.request.get('/assets/missing-0000.js');
  expect(missing.status()).toBe(404);
});

test('sign-in, switch and save through nginx without a CSP violation', async ({ page }) => {
  await signIn(page, 'Olivia Owner', '/o/acme/settings');
  await page.getByLabel('City').fill('Springfield');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const form = page.getByRole('form', { name: 'Organization settings' });
  await expect(form.getByRole('status')).toContainText('Organization updated successfully');

  await page.getByRole('button', { name: /^Switch organization/ }).click();
  await page.getByRole('option', { name: /^Globex/ }).click();
  await expect(page).toHaveURL(/\/o\/globex\/settings$/);
  await expect(page.getByLabel('Name')).toHaveValue('Globex');
});

test.describe('a replaced config.json', () => {
  let original: File;
  test.beforeAll(() => {
    original = JSON.parse(readFileSync(CONFIG, 'utf8')) as File;
  });
  test.afterEach(({ request }) => applyConfig(request, original));

  test('takes effect on the next load, CSP included, without a rebuild', async ({
    page,
    request,
  }) => {
    // Another origin for the same mock server: only config.json and the nginx reload change.
    const otherOrigin = `http://localhost:${E2E_PORTS.mock}`;
    await applyConfig(request, { ...original, apiBaseUrl: otherOrigin });
    const apiCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/v2/user/active-org')) apiCalls.push(new URL(r.url()).origin);
    });
    const first = await page.goto('/sign-in');
    expect((await first?.allHeaders())?.['content-security-policy']).toBe(
      contentSecurityPolicy(otherOrigin),
    );
    await signIn(page, 'Olivia Owner', '/o/acme');
    await expect(page.getByRole('heading', { level: 1, name: 'Acme Corporation' })).toBeVisible();
    expect(new Set(apiCalls)).toEqual(new Set([otherOrigin]));
  });

  test("in OIDC mode the CSP allows the provider's origin too", async ({ page, request }) => {
    const issuer = 'http://127.0.0.1:1/realms/acme';
    await applyConfig(request, {
      ...original,
      auth: { mode: 'oidc' },
      oidc: { issuer, clientId: 'org-console' },
    });
    const first = await page.goto('/sign-in');
    const csp = (await first?.allHeaders())?.['content-security-policy'] ?? '';
    expect(csp).toContain(`connect-src 'self' ${mockOrigin} http://127.0.0.1:1;`);
    await expect(
      page.getByRole('button', { name: 'Sign in with your organization account' }),
    ).toBeVisible();
  });

  test('with a wrong value shows what is wrong, not a blank page', async ({ page, request }) => {
    await applyConfig(request, { ...original, profile: 'bogus' } as typeof original);
    await page.goto('/o/acme/settings');
    await expect(
      page.getByRole('heading', { level: 1, name: 'The console is not configured correctly' }),
    ).toBeVisible();
    await expect(page.getByRole('listitem')).toHaveText(
      'profile: found "bogus". Allowed: "console", "aitronos", "slugbase", "dual".',
    );
  });
});
