/**
 * Readability of the built site: the INFLESZ score of every sitemap page of dist/, per page type,
 * printed as `npm run bench` prints it. Needs a build: without dist/ the tests are skipped, and say so.
 *
 * CONTENT-STYLE.md's bars are enforced: no page below 50, participant pages 65 or more, manual and
 * good-practice pages 55 or more. A page that fails them is rewritten (shorter sentences, everyday
 * words), not left out of the measure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  READABILITY_FLOOR,
  formatReadability,
  measurePage,
  pagesBelowFloor,
  scoreText,
  summarizeReadability,
  type PageReadability,
} from '../../src/lib/page-text.ts';
import { DIST, sitemapPaths } from '../e2e/site.ts';

const built = existsSync(join(DIST, 'sitemap-index.xml'));
if (!built) console.warn('readability-pages.test.ts: skipped, there is no build in dist/ (run `npm run build` first).');

const pages: PageReadability[] = built
  ? sitemapPaths().map((path) => measurePage(path, readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8')))
  : [];
const summary = summarizeReadability(pages);

describe.skipIf(!built)(`readability of the built pages${built ? '' : ' (skipped: no dist/, run `npm run build` first)'}`, () => {
  it('prints the INFLESZ score per page type and the pages below 50', () => {
    console.log(formatReadability(pages, summary));
    expect(summary.length).toBeGreaterThan(0);
  });

  it('finds text to measure on every sitemap page', () => {
    const empty = pages.filter((page) => page.score === null || page.sentences === 0).map((page) => page.path);
    expect(empty).toEqual([]);
  });

  it('finds every kind of page the targets name', () => {
    const types = new Set(pages.map((page) => page.type));
    for (const type of ['participant', 'trainer', 'manual', 'practice', 'campaign', 'results'] as const) expect(types, type).toContain(type);
  });

  it(`no page is below ${READABILITY_FLOOR} (CONTENT-STYLE.md)`, () => {
    expect(pagesBelowFloor(pages).map((page) => `${scoreText(page.score)} ${page.path}`)).toEqual([]);
  });

  it('participant pages score 65 or more, manuals and practices 55 or more (CONTENT-STYLE.md)', () => {
    expect(summary.filter((row) => row.belowTarget > 0).map((row) => `${row.type}: ${row.belowTarget} below ${row.target}`)).toEqual([]);
  });
});
