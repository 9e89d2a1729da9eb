import { test } from '@playwright/test';
import { expect, signIn } from './fixtures';

// Plain Playwright test: this one provokes a violation on purpose, which the shared fixture
// would count as a failure.

test('the production build is served under a strict Content Security Policy', async ({ page }) => {
  const response = await page.goto('/sign-in');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:\d+/);
  await signIn(page, 'Olivia Owner');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // What an injected script would try: the browser refuses it and reports the violation.
  const blocked = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
          once: true,
        });
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      }),
  );
  expect(blocked).toBe('script-src-elem');
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});
