/**
 * axe-core over a page (WCAG 2.2 A and AA), one way for every browser test. It runs in the page
 * itself (axe's legacy mode): the default finishes each check in a second, blank page, which cost
 * 1.5 to 4.5 s a page on two cores against 0.7 to 1.5 s here, and the portal's pages have no frames
 * for that second page to gather.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Each violation as «rule: selectors», so a failure says what and where; [] when there is none. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode();
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
