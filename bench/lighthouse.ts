import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { serverPort } from '../scripts/lib/ports';
import { CHROMIUM } from '../e2e/browser';

const MISSING = { score: NaN, fcp: NaN, lcp: NaN, tbt: NaN, cls: NaN };

export type LighthouseRun = { score: number; fcp: number; lcp: number; tbt: number; cls: number };

/**
 * Lighthouse (performance only, its own simulated throttling: mobile is a mid-range phone on slow
 * 4G, desktop is unthrottled) on each page, `runs` times with a cold HTTP cache. It drives a
 * Chromium that Playwright launched with a debugging port, so the page can be signed in first.
 */
export async function lighthouseRuns(
  pages: { name: string; url: string; credential: string | null }[],
  runs: number,
): Promise<Record<string, LighthouseRun[]>> {
  const port = await serverPort('Chromium debugging port (Lighthouse)', 'BENCH_LIGHTHOUSE_PORT');
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM.executablePath,
    args: [...CHROMIUM.args, `--remote-debugging-port=${port}`],
  });
  const out: Record<string, LighthouseRun[]> = {};
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    for (const target of pages) {
      for (const [formFactor, config] of [
        ['mobile', undefined],
        ['desktop', desktopConfig],
      ] as const) {
        const key = `${target.name}, ${formFactor}`;
        out[key] = [];
        for (let i = 0; i < runs; i += 1) {
          out[key].push(await lighthouseRun().catch(() => MISSING));
        }
        async function lighthouseRun(): Promise<LighthouseRun> {
          await page.goto(new URL('/', target.url).href);
          await page.evaluate((credential) => {
            if (credential) localStorage.setItem('org-console.credential', credential);
            else localStorage.removeItem('org-console.credential');
          }, target.credential);
          await page.goto('about:blank');
          await cdp.send('Network.clearBrowserCache');
          const result = await lighthouse(
            target.url,
            {
              port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance'],
              // Keeps the credential set above; the HTTP cache was cleared instead.
              disableStorageReset: true,
            },
            config,
          );
          const lhr = result?.lhr;
          const audit = (id: string) => lhr?.audits[id]?.numericValue ?? NaN;
          return {
            score: (lhr?.categories.performance?.score ?? NaN) * 100,
            fcp: audit('first-contentful-paint'),
            lcp: audit('largest-contentful-paint'),
            tbt: audit('total-blocking-time'),
            cls: audit('cumulative-layout-shift'),
          };
        }
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}
