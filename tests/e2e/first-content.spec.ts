/**
 * On a 360 × 740 phone the first content of every list and content page starts within the first two
 * screens (1,480 px): what comes before it (header, breadcrumbs, title, summary, the facts, folded
 * filters, notes and «En esta página») must leave room for it. «First content» is defined per page
 * kind below; every page of the sitemap must be of one kind, so a new kind of page is measured too.
 */
import { test, expect } from '@playwright/test';
import { PAGE_TYPES, sitemapPaths } from './site.ts';

const SCREEN = { width: 360, height: 740 };
const LIMIT = 2 * SCREEN.height;
/** The first line of the content (or all of it, if shorter) must be inside the limit. */
const FIRST_LINE = 24;

interface PageKind {
  kind: string;
  pages: RegExp;
  /** What the reader came for, in words. */
  firstContent: string;
  /** The first visible match is the first content. */
  selector: string;
}

/** In order: a page is of the first kind whose pattern matches it. */
const KINDS: PageKind[] = [
  { kind: 'home', pages: /^\/$/, firstContent: 'the first entry point of «¿Qué necesita hacer?»', selector: '#que-necesita + .card-list > li' },
  {
    kind: 'manual list (all, or by type, audience or component)',
    pages: /^\/manuales\/((tipo|audiencia|componente)\/[^/]+\/|filtro\/.+)?$/,
    firstContent: 'the first manual card',
    selector: '.card-list > li',
  },
  { kind: 'practice list (all, or filtered)', pages: /^\/buenas-practicas\/(filtro\/.+)?$/, firstContent: 'the first practice card', selector: '.practice-list > li' },
  { kind: 'municipio list', pages: /^\/municipios\/$/, firstContent: 'the first municipio card', selector: '.card-list > li' },
  { kind: 'campaign home', pages: /^\/campana\/$/, firstContent: 'the first card of the toolkit', selector: '.card-list > li' },
  { kind: 'results', pages: /^\/resultados\/$/, firstContent: 'the first result: a goal card or a chart', selector: '.goal, .chart-box' },
  { kind: 'glossary', pages: /^\/glosario\/$/, firstContent: 'the first term', selector: '.glossary dt' },
  { kind: 'trainer guide', pages: /\/guia-facilitador\/$/, firstContent: 'the first objective', selector: '#objetivos + ul > li' },
  { kind: 'search', pages: /^\/buscar\/$/, firstContent: 'the search box', selector: 'main input[type="search"]' },
  {
    kind: 'content page (manual, module, session, course, practice, campaign page, municipio, diagnostic methodology and paper forms, notes, evaluations, about, privacy, accessibility, contact)',
    pages: /^\/(manuales|aprende-trabaja-emprende|formacion-de-formadores|buenas-practicas|campana|municipios|diagnostico|notas-sobre-el-informe|acerca-del-portal|privacidad|accesibilidad|contacto)\//,
    firstContent: 'the first paragraph, list, table or figure of the body (not a note about the report, not a navigation)',
    selector: 'main article.prose :is(p, ul, ol, dl, table, figure):not(.report-note *, nav *, .back-to-top)',
  },
];

/** Pages that are neither a list nor a content page, and why. */
const NOT_MEASURED: Record<string, string> = {
  '/diagnostico/': 'a tool: its intro (what it is, how long it takes, the privacy note) is the content that comes before the tool',
  '/diagnostico/municipios/': 'a tool: its intro (what the comparison can and cannot show, that nothing leaves the browser) comes before the tool',
};

const paths = [...new Set([...sitemapPaths(), PAGE_TYPES.practiceFilter])].filter((path) => !(path in NOT_MEASURED));
const kindOf = (path: string) => KINDS.find((kind) => kind.pages.test(path));

test('every page of the sitemap is of a kind whose first content is defined', () => {
  expect(paths.filter((path) => !kindOf(path))).toEqual([]);
  for (const kind of KINDS) expect(paths.some((path) => kindOf(path) === kind), `a page of kind «${kind.kind}»`).toBe(true);
});

test.describe(`at ${SCREEN.width} × ${SCREEN.height}`, () => {
  test.use({ viewport: SCREEN });

  for (const kind of KINDS) {
    test(`${kind.kind}: ${kind.firstContent} starts within the first two screens`, async ({ page }) => {
      const pages = paths.filter((path) => kindOf(path) === kind);
      test.setTimeout(10_000 + 5_000 * pages.length);
      const positions: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        const first = page.locator(kind.selector).filter({ visible: true }).first();
        await expect.soft(first, `${kind.firstContent} on ${path}`).toBeVisible();
        const box = await first.boundingBox();
        if (!box) continue;
        const top = box.y + (await page.evaluate(() => window.scrollY));
        positions.push(`${path} ${Math.round(top)}`);
        expect.soft(top + Math.min(box.height, FIRST_LINE), `${kind.firstContent} on ${path}: starts at ${Math.round(top)} px`).toBeLessThanOrEqual(LIMIT);
      }
      test.info().annotations.push({ type: 'first content at (px)', description: positions.join('; ') });
    });
  }
});
