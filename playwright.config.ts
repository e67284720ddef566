import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findTestChromium } from './scripts/chromium.ts';
import { CMS_REPO } from './tests/e2e/site.ts';

/**
 * The tests run against the built site (`npm run build` first), served by `astro preview`, with
 * the CMS's decap-server saving into a throwaway copy of the content (never the working tree).
 */
const PORT = Number(process.env.TEST_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['./tests/e2e/summary-reporter.ts']],
  // Assertions wait for their condition; on a loaded two-core machine a page or the CMS can take
  // longer than Playwright's 5 s default to get there. A passing assertion returns as soon as it holds.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'es-EC',
    // The portal's service worker precaches 1.4 MB on every new browser context; only the offline
    // tests, which are about it, let it install (offline.spec.ts: serviceWorkers 'allow').
    serviceWorkers: 'block',
    launchOptions: { executablePath: findTestChromium(), args: CHROMIUM_ARGS },
  },
  // publish.spec.ts first: its three serial rebuilds are the longest chain of the run; started last, they ran
  // alone at its end while the other worker waited. (Workers take tests in project order, then file order.)
  projects: [
    { name: 'publish', testMatch: 'publish.spec.ts' },
    { name: 'site', testIgnore: 'publish.spec.ts' },
  ],
  webServer: {
    command: 'node scripts/serve.ts --copy-content',
    env: { PORT: String(PORT), CONTENT_REPO: CMS_REPO },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
