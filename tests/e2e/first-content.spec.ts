/**
 * On a 360 × 740 phone the first content of every list and content page starts within the first two
 * screens (1,480 px): what comes before it (header, breadcrumbs, title, summary, the facts, folded
 * filters, notes and «En esta página», a tool's intro) must leave room for it. «First content» is defined per
 * page kind below; every page of the sitemap must be of one kind, so a new kind of page is measured too.
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
  { kind: 'results', pages: /^\/resultados\/$/, firstContent: "the first table's link", selector: 'main li[id^="resultado-"] > a' },
  {
    kind: 'results table',
    pages: /^\/resultados\/[a-z0-9-]+\/$/,
    firstContent: 'its chart (the canvas), or its table or goals where it has no chart',
    selector: 'main .result :is(.chart-box canvas, table, .goal-list)',
  },
  { kind: 'glossary', pages: /^\/glosario\/$/, firstContent: "the first term's link", selector: 'main [data-search-section-list] li > a' },
  { kind: 'glossary term', pages: /^\/glosario\/[a-z0-9-]+\/$/, firstContent: 'its definition', selector: 'main .page-header .lead' },
  { kind: 'trainer guide', pages: /\/guia-facilitador\/$/, firstContent: 'the first objective', selector: '#objetivos + ul > li' },
  { kind: 'search', pages: /^\/buscar\/$/, firstContent: 'the search box', selector: 'main input[type="search"]' },
  // The tools: their first form control, after the few facts kept above it (what it is, how long it takes, that nothing leaves the browser).
  {
    kind: 'diagnostic tool',
    pages: /^\/diagnostico\/$/,
    firstContent: "the tool's first control (for a new visitor, «Municipio» of «Empezar un autodiagnóstico nuevo»)",
    selector: 'main .diagnostic :is(input, select, textarea, button)',
  },
  {
    kind: "coordinators' view",
    pages: /^\/diagnostico\/municipios\/$/,
    firstContent: "the tool's first control (the files to open)",
    selector: 'main .coordination :is(input, select, textarea, button)',
  },
  { kind: 'campaign sample piece', pages: /^\/campana\/piezas\/[^/]+\/$/, firstContent: 'the piece itself (its image)', selector: 'main .campaign-piece img' },
  {
    kind: 'content page (manual, module, session, course, practice, campaign page, municipio, diagnostic methodology and paper forms, notes, evaluations, about, privacy, accessibility, contact)',
    pages: /^\/(manuales|aprende-trabaja-emprende|formacion-de-formadores|buenas-practicas|campana|municipios|diagnostico|notas-sobre-el-informe|acerca-del-portal|privacidad|accesibilidad|contacto)\//,
    firstContent: 'the first paragraph, list, table or figure of the body (not a note about the report, not a navigation)',
    selector: 'main article.prose :is(p, ul, ol, dl, table, figure):not(.report-note *, nav *, .back-to-top)',
  },
];

/** Pages of the sitemap not measured here, and why (none today: the tools are measured by their first control). */
const NOT_MEASURED: Record<string, string> = {};

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

/**
 * What makes room for the first content without leaving the page: the few facts a tool keeps above its
 * first control, and what folds under one line on a phone (PhoneFold). The fold opens by keyboard, and
 * wider screens show it open, with no line to open.
 */
const FOLDED: { path: string; kept: (string | RegExp)[]; summary: string | RegExp; inside: string; linkedInside?: string }[] = [
  {
    path: '/diagnostico/',
    kept: [/^\d+ preguntas$/, 'Cuánto lleva:', 'Lo que escribe no sale de este navegador.'],
    summary: 'Más sobre la herramienta y materiales para las reuniones',
    inside: 'Cuestionario para imprimir',
  },
  {
    path: '/diagnostico/municipios/',
    kept: ['Nada sale de este navegador.', 'No es una clasificación de municipios.'],
    summary: 'Lo que esta vista muestra y lo que no',
    inside: 'No sirve para premiar, sancionar ni repartir recursos según el puntaje.',
  },
];

for (const { path, kept, summary, inside, linkedInside } of FOLDED) {
  test(`${path}: on a phone the essentials stay above the first content, the rest folds and opens by keyboard; wider screens show it open`, async ({ page }) => {
    await page.setViewportSize(SCREEN);
    await page.goto(path);
    const first = page.locator(kindOf(path)!.selector).filter({ visible: true }).first();
    await expect(first).toBeVisible();
    const firstTop = (await first.boundingBox())!.y;
    for (const text of kept) {
      const fact = page.locator('main strong', { hasText: text });
      await expect(fact, String(text)).toBeVisible();
      expect((await fact.boundingBox())!.y, `«${text}» above the first content`).toBeLessThan(firstTop);
    }
    const fold = page.locator('.phone-fold', { has: page.locator('summary', { hasText: summary }) });
    const content = fold.getByText(inside).first();
    await expect(content).toBeHidden();
    await fold.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(content).toBeVisible();
    // A title for the open fold (PhoneFold's `phone-fold__title`) would repeat the summary on a phone.
    await expect(fold.locator('.phone-fold__title')).toBeHidden();

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await expect(fold.locator('summary')).toBeHidden();
    await expect(content).toBeVisible();
    for (const title of await fold.locator('.phone-fold__title').all()) await expect(title).toBeVisible();

    if (!linkedInside) return;
    // A link to something inside the fold opens it on a phone (the browser reveals a fragment's closed <details>).
    await page.setViewportSize(SCREEN);
    await page.goto(`${path}${linkedInside}`);
    await expect(page.locator(linkedInside)).toBeInViewport();
  });
}
