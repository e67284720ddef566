/**
 * Where the tools find Chromium: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser
 * installed by Playwright. The browser tests prefer Chromium's old headless shell (Debian's
 * `chromium-headless-shell`, what Playwright itself runs headless tests in): the same engine without
 * the browser's interface, it ran the every-page checks in 20 % less time on two cores. No browser
 * download is possible on some machines, so this never downloads by itself;
 * `scripts/ensure-chromium.ts` installs one when missing.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's package of Chromium's old headless shell. */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** The Chromium for the browser tests: the headless shell when there is one. */
export function findTestChromium(): string | undefined {
  if (!process.env.CHROMIUM_PATH && existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  return findChromium();
}

/** A whole Chromium (the bench's Lighthouse runs in it), or the browser tests' when only that is there. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', HEADLESS_SHELL];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own installed.
  }
  return undefined;
}
