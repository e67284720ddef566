/**
 * Islands that wait for the browser to be idle (client:idle) start even when it never is: a busy phone, or a
 * loaded machine, may not be idle for a long time, and until its island starts a page's inputs are disabled.
 */
import { test, expect } from '@playwright/test';
import { builtPagesContaining, PAGE_TYPES } from './site.ts';
import { recordCspRefusals } from './csp.ts';

const IDLE_ISLAND_PAGES = builtPagesContaining('client="idle"');

test('every island that waits for an idle browser starts in a browser that is never idle', async ({ page }) => {
  test.setTimeout(IDLE_ISLAND_PAGES.length * 20_000);
  expect(IDLE_ISLAND_PAGES).toContain(PAGE_TYPES.diagnosticCoordination);
  // A browser that is never idle runs an idle callback only when its `timeout` runs out, as browsers do.
  await page.addInitScript(() => {
    window.requestIdleCallback = (callback, options) =>
      options?.timeout ? window.setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), options.timeout) : 0;
  });
  const refused = recordCspRefusals(page);
  for (const path of IDLE_ISLAND_PAGES) {
    await test.step(path, async () => {
      refused.length = 0;
      await page.goto(path);
      await expect(page.locator('astro-island[client="idle"]').first()).toBeAttached();
      await expect.soft(page.locator('astro-island[ssr]'), `${path}: islands not started`).toHaveCount(0);
      expect.soft(refused, `${path}: what its security policy refused`).toEqual([]);
    });
  }
});
