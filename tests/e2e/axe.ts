/**
 * axe-core over a page (WCAG 2.2 A and AA, and axe's best practices: heading order, landmarks that can be told
 * apart, as Lighthouse checks them), one way for every browser test.
 *
 * axe-core itself, run in the page, without @axe-core/playwright's AxeBuilder: on two cores the builder
 * took 0.6 to 0.9 s a page against 0.25 to 0.4 s here, most of it in what it does around the run
 * (it injects axe's unminified 1.5 MB source into every frame and sends the whole result back, every
 * passed check with its nodes' HTML). Here the minified source goes into each frame once per
 * document, and only the violations come back, as text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The rules every browser test runs: WCAG's, and the best practices (a page of results that skipped from h1 to h3 passed WCAG's). */
const AXE_TAGS = [...WCAG_TAGS, 'best-practice'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

/** Each violation as «rule: selectors», so a failure says what and where; [] when there is none. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Every frame gets axe, as the top document's run asks each frame for its part (the CMS preview is one).
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    if (!(await frame.evaluate(() => 'axe' in window).catch(() => true))) await frame.evaluate(AXE_SOURCE);
  }
  return page.evaluate(
    async ({ tags, include }) => {
      const result = await window.axe!.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    },
    { tags: AXE_TAGS, include },
  );
}
