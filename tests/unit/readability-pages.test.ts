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
import { renderTable } from '../../src/lib/bench.ts';
import {
  PAGE_TYPE_LABELS,
  READABILITY_FLOOR,
  measurePage,
  pagesBelowFloor,
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
const score = (value: number | null | undefined) => (typeof value === 'number' ? value.toFixed(1) : '–');

describe.skipIf(!built)(`readability of the built pages${built ? '' : ' (skipped: no dist/, run `npm run build` first)'}`, () => {
  it('prints the INFLESZ score per page type and the pages below 50', () => {
    console.log(
      renderTable(
        ['Page type', 'Pages', 'Median', 'Min', 'Lowest page', 'Target', 'Below target', `Below ${READABILITY_FLOOR}`],
        summary.map((row) => [
          PAGE_TYPE_LABELS[row.type],
          String(row.pages),
          score(row.median),
          score(row.min?.score),
          row.min?.path ?? '–',
          row.target === null ? '–' : `≥ ${row.target}`,
          row.target === null ? '–' : String(row.belowTarget),
          String(row.belowFloor),
        ]),
        ['left', 'right', 'right', 'right', 'left', 'right', 'right', 'right'],
      ),
    );
    const below = pagesBelowFloor(pages);
    console.log(`Pages below ${READABILITY_FLOOR}: ${below.length}${below.map((page) => `\n  ${score(page.score)}  ${page.type}  ${page.path}`).join('')}`);
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
    expect(pagesBelowFloor(pages).map((page) => `${score(page.score)} ${page.path}`)).toEqual([]);
  });

  it('participant pages score 65 or more, manuals and practices 55 or more (CONTENT-STYLE.md)', () => {
    expect(summary.filter((row) => row.belowTarget > 0).map((row) => `${row.type}: ${row.belowTarget} below ${row.target}`)).toEqual([]);
  });
});
