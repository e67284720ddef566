/** What a page's Content-Security-Policy refused, as Chromium reports it on the console («Refused to execute inline script…»). */
import type { Page } from '@playwright/test';

/** Collects, from now on and across the page's navigations, each refusal the policy makes (an inline script or style without its hash). */
export function recordCspRefusals(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) refused.push(message.text().slice(0, 200));
  });
  return refused;
}
