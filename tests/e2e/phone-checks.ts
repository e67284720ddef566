/**
 * What every page must be on a 360 × 740 phone, checked on each page of the sitemap in one visit
 * (every-page.spec.ts), and the rules the narrower tests share (first-content.spec.ts, long-pages.spec.ts):
 * - no horizontal scroll;
 * - its first content starts within the first two screens (1,480 px): what comes before it (header,
 *   breadcrumbs, title, summary, the facts, folded filters, notes and «En esta página», a tool's intro)
 *   must leave room for it. «First content» is defined per page kind below; every page of the sitemap
 *   must be of one kind, so a new kind of page is measured too;
 * - a page longer than LONG screens has in-page navigation and «Volver arriba» (issue #21);
 * - every table fits, or sits in a region that says it scrolls sideways, is reached by Tab and keeps its caption in view.
 * Every expectation is soft and names the page, so one visit reports all that is wrong with it.
 */
import { expect, type Page } from '@playwright/test';

export const PHONE = { width: 360, height: 740 };
const LIMIT = 2 * PHONE.height;
/** The first line of the content (or all of it, if shorter) must be inside the limit. */
const FIRST_LINE = 24;
/** A page longer than this many phone screens needs in-page navigation (issue #21). */
export const LONG = 8;

export interface PageKind {
  kind: string;
  pages: RegExp;
  /** What the reader came for, in words. */
  firstContent: string;
  /** The first visible match is the first content. */
  selector: string;
}

/** In order: a page is of the first kind whose pattern matches it. */
export const KINDS: PageKind[] = [
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

export const kindOf = (path: string) => KINDS.find((kind) => kind.pages.test(new URL(path, 'http://x').pathname));

/** The page does not scroll sideways. */
export async function expectNoHorizontalScroll(page: Page, path: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect.soft(overflow, `${path} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
}

/** The first content of the page's kind starts within the first two screens; returns where it starts. */
export async function expectFirstContentWithinTwoScreens(page: Page, path: string, kind: PageKind): Promise<number | undefined> {
  const first = page.locator(kind.selector).filter({ visible: true }).first();
  await expect.soft(first, `${kind.firstContent} on ${path}`).toBeVisible();
  const box = await first.boundingBox();
  if (!box) return undefined;
  const top = box.y + (await page.evaluate(() => window.scrollY));
  expect.soft(top + Math.min(box.height, FIRST_LINE), `${kind.firstContent} on ${path}: starts at ${Math.round(top)} px`).toBeLessThanOrEqual(LIMIT);
  return top;
}

/** Long pages whose navigation is not «En esta página», and why; each still has «Volver arriba». */
const OTHER_NAVIGATION: Record<string, string> = {
  '/glosario/': 'its A–Z bar («Ir a una letra del glosario») is its table of contents',
  '/glosario/completo/': 'the same A–Z bar as the glossary page',
  '/buenas-practicas/': 'a list: its filters (eje, zona, municipio) are how a reader narrows it',
};
/** Long pages without in-page navigation, and why. */
const WITHOUT_NAVIGATION: Record<string, string> = {
  '/': 'the home page: short sections of entry points, each a way into the portal, under the header «Menú»',
  '/diagnostico/hoja-de-respuestas/': 'an answer grid to print and fill in by hand at the meeting, one table per dimension in the questionnaire order',
};
/** Long pages of a kind without in-page navigation, and why. */
const WITHOUT_NAVIGATION_KINDS: { pages: RegExp; why: string }[] = [
  { pages: /^\/(aprende-trabaja-emprende|formacion-de-formadores)\/.+\/cuestionario\/$/, why: "a module's quiz on paper: one numbered list of questions to print and answer with a pen, in order" },
];
export const withoutNavigation = (path: string) => path in WITHOUT_NAVIGATION || WITHOUT_NAVIGATION_KINDS.some((kind) => kind.pages.test(path));

/** A page longer than LONG screens has its in-page navigation and «Volver arriba»; returns its length in screens. */
export async function expectLongPageNavigation(page: Page, path: string): Promise<number> {
  const screens = (await page.evaluate(() => document.documentElement.scrollHeight)) / PHONE.height;
  if (screens <= LONG || withoutNavigation(path)) return screens;
  // The practice filters may be folded: counted, not seen.
  const navigation =
    path in OTHER_NAVIGATION ? page.locator('nav[aria-label^="Ir a una letra"], nav[aria-label^="Filtrar"]') : page.getByRole('navigation', { name: 'En esta página' });
  await expect.soft(navigation, `in-page navigation on ${path}`).toHaveCount(1);
  await expect.soft(page.getByRole('link', { name: 'Volver arriba' }).first(), `«Volver arriba» on ${path}`).toBeAttached();
  return screens;
}

/**
 * Every table of <main> fits the phone, or sits in a region that says it scrolls, is reached by Tab, and keeps the
 * table's caption whole in view at either end of the scroll; returns how many tables.
 */
export async function expectTablesFitOrScroll(page: Page, path: string): Promise<number> {
  const tables = await page.locator('main table').evaluateAll((all) =>
    (all as HTMLTableElement[]).map((table) => {
      const region = table.closest('.table-wrap');
      const caption = table.caption?.textContent?.trim() || table.querySelector('th')?.textContent?.trim() || '';
      if (!region) return { caption: caption.slice(0, 60), inRegion: false, overflows: table.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 };
      const cue = getComputedStyle(region, '::before');
      const overflows = region.scrollWidth > region.clientWidth;
      // Its caption, where it is shown (not visually hidden for a heading above it), is read whole at either end of
      // the scroll, never cut by the box's edge.
      const shownCaption = table.caption && table.caption.getBoundingClientRect().width > 1 ? table.caption : null;
      const captionInView = (scrollLeft: number) => {
        if (!shownCaption) return true;
        region.scrollLeft = scrollLeft;
        const box = region.getBoundingClientRect();
        const { left, right } = shownCaption.getBoundingClientRect();
        return left >= box.left + region.clientLeft - 0.5 && right <= box.left + region.clientLeft + region.clientWidth + 0.5;
      };
      const captionSeen = overflows ? captionInView(0) && captionInView(region.scrollWidth) : true;
      region.scrollLeft = 0;
      return {
        caption: caption.slice(0, 60),
        inRegion: true,
        overflows,
        captionSeen,
        cue: cue.display !== 'none' && cue.content.includes('Desliza para ver más'),
        focusable: region.getAttribute('role') === 'region' && region.getAttribute('tabindex') === '0',
      };
    }),
  );
  for (const table of tables) {
    const label = `${path}, table «${table.caption}»`;
    if (!table.inRegion) expect.soft(table.overflows, `${label}: wider than the phone and not in a scroll region`).toBe(false);
    else {
      expect.soft(table.cue, `${label}: «Desliza para ver más» ${table.overflows ? 'shown' : 'not shown'}`).toBe(table.overflows);
      if (table.overflows) expect.soft(table.focusable, `${label}: a region reached by Tab`).toBe(true);
      expect.soft(table.captionSeen, `${label}: its caption stays whole in view while the table scrolls sideways`).toBe(true);
    }
  }
  return tables.length;
}
