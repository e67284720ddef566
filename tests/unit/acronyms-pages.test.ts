/**
 * Every built page expands each acronym the glossary defines at its first use (CONTENT-STYLE.md), or
 * marks it with <abbr title="expansion">. Reads dist/ as the build left it: every page of the
 * sitemaps plus every trainer guide (guia-facilitador), the text of its <main> in reading order
 * (tests/support/built-pages-text.ts says what counts as text and why), checked with
 * src/lib/acronyms.ts against every acronym of the glossary. Skipped, saying so, when there is no build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unexpandedAcronymUses } from '../../src/lib/acronyms.ts';
import { glossaryAcronyms } from '../support/glossary-acronyms.ts';
import { builtPages, DIST, mainTextOf } from '../support/built-pages-text.ts';

const hasBuild = existsSync(join(DIST, 'sitemap-index.xml'));
if (!hasBuild) console.warn('acronyms-pages.test.ts skipped: dist/ has no build. Run `npm run build`, then this test.');

describe.skipIf(!hasBuild)('acronyms on every built page (skipped when dist/ has no build)', () => {
  const acronyms = glossaryAcronyms();
  const pages = hasBuild ? builtPages() : [];

  it('reads the pages of the sitemap and the trainer guides, and the acronyms of the glossary', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((path) => path.endsWith('/guia-facilitador/')).length).toBeGreaterThan(0);
    expect(acronyms.map((a) => a.acronym)).toEqual(expect.arrayContaining(['GAD', 'SITE', 'PNUD', 'CEO', 'GET']));
  });

  it('expands every acronym of the glossary at its first use on each page', async () => {
    const failures: string[] = [];
    for (const path of pages) {
      const text = await mainTextOf(path);
      if (text === undefined) {
        failures.push(`${path}: no <main>`);
        continue;
      }
      for (const use of unexpandedAcronymUses(text, acronyms)) {
        failures.push(`${path}: ${use.acronym} (${use.expansion}) first used unexpanded: «${use.excerpt}»`);
      }
    }
    expect(failures, `${failures.length} first uses not expanded:\n${failures.join('\n')}`).toEqual([]);
  });
});
