/** Search over the real Pagefind index of the built site. */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { PAGE_SEARCH_NAMES } from '../../src/lib/search-names.ts';
import { SEARCH_WORDS_URL } from '../../src/lib/search-suggestion.ts';
import { SEARCH_PROMPT } from '../../src/lib/search-query.ts';

const results = '[data-search-results] > li';
const status = '[data-search-status]';

/**
 * The best first result for queries readers type, decided by reading the built site; the ranking
 * reaches them by general rules (src/lib/search-query.ts `rankPage`), never by naming a query.
 */
const FIRST_RESULTS: { query: string; first: string; why: string }[] = [
  { query: 'genero', first: '/aprende-trabaja-emprende/enfoque-de-genero/', why: 'the module about gender, titled «Enfoque de Género» (not «Genera productos…», which Pagefind stems alike)' },
  { query: 'PAP', first: '/manuales/primeros-auxilios-psicologicos/', why: 'the guide whose title spells PAP out (its glossary term comes second)' },
  { query: 'duran', first: '/municipios/duran/', why: 'the municipality\'s own page, titled «Durán», before the practices «… de Durán»' },
  { query: 'capital semilla', first: '/aprende-trabaja-emprende/capital-semilla/', why: 'the module «Capital Semilla: prepara tu postulación», then the trainer session and the term' },
  { query: 'xenofobia', first: '/glosario/xenofobia/', why: 'no page is about it by title: its definition comes first, then the campaign' },
  { query: 'CEO', first: '/aprende-trabaja-emprende/coaching-y-encuentro-de-oportunidades/', why: 'the module whose title spells CEO out (Coaching y Encuentro de Oportunidades)' },
  { query: 'gestion de casos', first: '/manuales/gestion-de-casos/', why: 'the case-management guide, before the term\'s definition' },
  { query: 'GET', first: '/glosario/get/', why: 'Grupo de Enlace Territorial (GET): no page is titled after it' },
  { query: 'primeros auxilios psicologicos', first: '/manuales/primeros-auxilios-psicologicos/', why: 'the guide' },
  { query: 'glosario', first: '/glosario/', why: 'the glossary page itself' },
  { query: 'diagnostico', first: '/diagnostico/', why: 'the self-assessment «Autodiagnóstico del GAD», one of whose other names it is, before the practice «Diagnóstico y plan de acción»' },
  {
    query: 'como atender a una persona en crisis',
    first: '/manuales/primeros-auxilios-psicologicos/',
    why: 'the PAP guide, which its other names (searchNames) say in everyday words, before the pages that use each word',
  },
  { query: 'resultados', first: '/resultados/', why: 'the results dashboard, before «Resultados de la campaña»' },
  { query: 'cuestionarios', first: '/aprende-trabaja-emprende/', why: 'the course page, whose «Evalúa lo que sabes» lists the self-assessments' },
  { query: 'buenas practicas', first: '/buenas-practicas/', why: 'the catalogue, before the module «Buenas prácticas ambientales»' },
  { query: 'manuales', first: '/manuales/', why: 'the section page, indexed without its list (each manual is a result of its own)' },
];

/**
 * Misspelt queries: nothing in the index, so the page offers the nearest indexed word(s), and
 * following the offer finds the page readers meant.
 */
const SUGGESTIONS: { query: string; suggestion: string; first: string }[] = [
  { query: 'xenofovia', suggestion: 'xenofobia', first: '/glosario/xenofobia/' },
  { query: 'screning', suggestion: 'screening', first: '/aprende-trabaja-emprende/bienvenida-y-screening/' },
  { query: 'capasitacion', suggestion: 'capacitación', first: '/aprende-trabaja-emprende/' },
  { query: 'como atender a una persona en crysis', suggestion: 'como atender a una persona en crisis', first: '/manuales/primeros-auxilios-psicologicos/' },
];

async function search(page: Page, query: string) {
  await page.goto(`/buscar/?q=${encodeURIComponent(query)}`);
  await expect(page.locator(status)).toContainText(/resultado|No encontramos/);
}

// One browser page for the whole set: Pagefind's code and index stay in its cache from one query to the
// next, as for a reader who searches again. Each query is a step, reported by what it should find.
test('the queries readers type find the best page first', async ({ page }) => {
  test.setTimeout(10_000 * FIRST_RESULTS.length);
  for (const { query, first, why } of FIRST_RESULTS) {
    await test.step(`"${query}" finds ${first} first: ${why}`, async () => {
      await search(page, query);
      await expect.soft(page.locator(`${results} h2 a`).first(), `first result for «${query}»`).toHaveAttribute('href', first);
    });
  }
});

test('a page with other names comes first for each of them', async ({ page }) => {
  const names = Object.entries(PAGE_SEARCH_NAMES).flatMap(([path, names]) => names.map((name) => ({ path, name })));
  test.setTimeout(10_000 * names.length);
  const firsts: string[] = [];
  for (const { name } of names) {
    await search(page, name);
    firsts.push(`«${name}» → ${await page.locator(`${results} h2 a`).first().getAttribute('href')}`);
  }
  expect(firsts).toEqual(names.map(({ path, name }) => `«${name}» → ${path}`));
});

for (const { query, suggestion, first } of SUGGESTIONS) {
  const oneWord = !query.includes(' ');
  test(`"${query}" ${oneWord ? 'finds nothing and ' : ''}suggests «${suggestion}», which finds ${first} first`, async ({ page }) => {
    await search(page, query);
    // A misspelt word alone finds nothing. Among other words, what Pagefind finds for the others (and
    // for shorter words the misspelt one begins) depends on the whole index, so only the offer is checked.
    if (oneWord) {
      await expect(page.locator(status)).toHaveText(`No encontramos «${query}».`);
      await expect(page.locator(results)).toHaveCount(0);
    }
    const offer = page.locator('[data-search-suggestion]');
    await expect(offer).toHaveText(`¿Quiso decir ${suggestion}?`);
    await offer.getByRole('link', { name: suggestion }).click();
    await expect(page).toHaveURL(`/buscar/?q=${encodeURIComponent(suggestion).replace(/%20/g, '+')}`);
    await expect(page.locator(status)).toContainText(`para «${suggestion}»`);
    await expect(page.locator(`${results} h2 a`).first()).toHaveAttribute('href', first);
    await expect(offer).toBeEmpty();
  });
}

test('the suggestion is announced, reached and followed by keyboard, and its word list loads only when needed', async ({ page }) => {
  const wordListRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === SEARCH_WORDS_URL) wordListRequests.push(request.url());
  });
  // Searches that find what was typed, or words it begins, do not need the list.
  await search(page, 'gestion de casos');
  await search(page, 'migra');
  await expect(page.locator(results).first()).toBeVisible();
  expect(wordListRequests).toEqual([]);

  await search(page, 'xenofovia');
  const offer = page.locator('[data-search-suggestion]');
  // A polite status of its own, next to the count's: screen readers say it after «No encontramos…».
  await expect(offer).toHaveAttribute('role', 'status');
  await expect(offer).toHaveText('¿Quiso decir xenofobia?');
  expect(wordListRequests).toHaveLength(1);
  expect(await axeViolations(page)).toEqual([]);

  const box = page.getByRole('searchbox', { name: 'Qué busca' });
  const link = offer.getByRole('link', { name: 'xenofobia' });
  await box.focus();
  for (let step = 0; step < 6 && !(await link.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(status)).toContainText('para «xenofobia»');
  await expect(page.locator(`${results} h2 a`).first()).toHaveAttribute('href', '/glosario/xenofobia/');
  // The link is gone with the new results: focus waits in the search box, which holds the new query.
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('xenofobia');
  await expect(offer).toBeEmpty();
});

/** Queries whose results include the notes page and its sections, and others with long titles and excerpts. */
const PHONE_QUERIES = ['informe', 'nota', 'cifras', 'meta', 'capital semilla', 'CEO', 'glosario', 'movilidad', 'diagnostico', 'xenofovia'];

test('at 360 px no search in the query set makes the page wider than the phone, results from the notes page included', async ({ page }) => {
  // Ten searches, each opening the page anew and loading Pagefind: more than the default timeout allows on a busy machine.
  test.slow();
  await page.setViewportSize({ width: 360, height: 740 });
  const tooWide: string[] = [];
  let noteLinks = 0;
  for (const query of PHONE_QUERIES) {
    await search(page, query);
    noteLinks += await page.locator(`${results} a[href^="/notas-sobre-el-informe/"]`).count();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    if (scrollWidth > innerWidth) tooWide.push(`«${query}»: ${scrollWidth} px wide in a ${innerWidth} px viewport`);
  }
  expect(noteLinks, 'results from the notes page shown by the query set').toBeGreaterThan(0);
  expect(tooWide).toEqual([]);
});

test('«ver nota» markers keep to one line; other links to a note, such as search results, wrap', async ({ page }) => {
  // A marker written in Markdown (MarkdownLink) and one written by NoteRef (with the note's title).
  await page.goto('/aprende-trabaja-emprende/capital-semilla/');
  const markdownMarker = page.locator('main a.note-marker:not([title])').first();
  await expect(markdownMarker).toHaveText('ver nota');
  await expect(markdownMarker).toHaveCSS('white-space', 'nowrap');
  await page.goto('/resultados/metas-del-proyecto/');
  await expect(page.locator('main a.note-marker[title]').first()).toHaveCSS('white-space', 'nowrap');
  await search(page, 'informe');
  const noteSection = page.locator(`${results} a[href^="/notas-sobre-el-informe/#"]`).first();
  await expect(noteSection).toBeVisible();
  await expect(noteSection).toHaveCSS('white-space', 'normal');
});

test('the search loads when the reader starts: a query typed and sent at once runs on the same page, and is kept in the address', async ({ page }) => {
  await page.goto('/buscar/');
  await expect(page.locator(status)).toHaveText(SEARCH_PROMPT);
  // A mark on this document: a page reload (the form sent as without JavaScript) would lose it.
  await page.evaluate(() => Object.assign(window, { searchPageMark: true }));
  const box = page.getByRole('searchbox', { name: 'Qué busca' });
  await box.fill('capital semilla');
  await box.press('Enter');
  await expect(page.locator(status)).toContainText('para «capital semilla»');
  await expect(page.locator(`${results} h2 a`).first()).toHaveAttribute('href', '/aprende-trabaja-emprende/capital-semilla/');
  await expect(page).toHaveURL(/\/buscar\/\?q=capital\+semilla$/);
  expect(await page.evaluate(() => 'searchPageMark' in window)).toBe(true);
  await expect(box).toHaveValue('capital semilla');
});

test('the header search form leads to results', async ({ page }) => {
  // The home page has its own search box instead of the header's (layout.spec.ts); any other page has the header's.
  await page.goto('/manuales/');
  await page.getByRole('searchbox', { name: 'Buscar en el portal' }).fill('primeros auxilios psicologicos');
  await page.getByRole('searchbox', { name: 'Buscar en el portal' }).press('Enter');
  await expect(page).toHaveURL(/\/buscar\/\?q=primeros\+auxilios\+psicologicos/);
  await expect(page.locator(`${results} h2 a`).first()).toHaveAttribute('href', '/manuales/primeros-auxilios-psicologicos/');
});

test('a glossary term is a result of its own, typed Glosario, linking to its page', async ({ page }) => {
  await search(page, 'CEO');
  const term = page.locator(results).filter({ has: page.locator('h2 a[href="/glosario/ceo/"]') });
  await expect(term.locator('.card__eyebrow')).toHaveText('Glosario');
  await expect(term.locator('h2')).toHaveText('Coaching y Encuentro de Oportunidades (CEO)');
  // The type filter still works with term records: only glossary results remain.
  await page.goto('/buscar/?q=CEO&tipo=Glosario');
  await expect(page.locator(status)).toHaveText('1 resultado para «CEO».');
  await page.locator(`${results} h2 a`).click();
  await expect(page).toHaveURL(/\/glosario\/ceo\/$/);
  await expect(page.locator('h1')).toHaveText('Coaching y Encuentro de Oportunidades (CEO)');
  await expect(page.locator('main .lead')).toContainText('Es una metodología');
});

test('the glossary page is not a result for its A–Z letters, nor for its terms, and a term is found once', async ({ page }) => {
  await search(page, 'x');
  await expect(page.locator(status)).toHaveText('No encontramos «x»: escriba al menos dos letras.');
  await expect(page.locator(results)).toHaveCount(0);
  await search(page, 'xenofobia');
  const hrefs = await page.locator(`${results} h2 a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.filter((href) => href === '/glosario/xenofobia/')).toHaveLength(1);
  expect(hrefs).not.toContain('/glosario/');
});

test('results list up to three sections of the page, linking to their headings', async ({ page }) => {
  await search(page, 'PAP');
  const sections = page.locator(results).first().locator('.search-sections a');
  const count = await sections.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(3);
  const href = await sections.first().getAttribute('href');
  expect(href).toMatch(/^\/manuales\/primeros-auxilios-psicologicos\/#.+/);
  await sections.first().click();
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('a short query or acronym lists whole-word matches before longer words it begins', async ({ page }) => {
  await search(page, 'PAP');
  // Pages with words beginning with «pap» («papel», «papelógrafo») must not be marked as matches of «PAP».
  const marked = await page.locator(`${results} > p mark`).allTextContents();
  expect(marked.length).toBeGreaterThan(0);
  for (const word of marked) expect(word).toMatch(/^\W*pap\W*$/i);
});

test('stop words are not highlighted', async ({ page }) => {
  await search(page, 'gestion de casos');
  const marked = (await page.locator(`${results} mark`).allTextContents()).map((text) => text.replace(/\W/g, '').toLowerCase());
  expect(marked).toContain('casos');
  expect(marked).not.toContain('de');
});

test('a query with no match says so and suggests where to go', async ({ page }) => {
  await search(page, 'zzxq');
  await expect(page.locator(status)).toHaveText('No encontramos «zzxq».');
  await expect(page.locator(results)).toHaveCount(0);
  const suggestions = page.locator('[data-search-empty]');
  await expect(suggestions).toBeVisible();
  await expect(suggestions.getByRole('link', { name: 'Manuales y guías' })).toHaveAttribute('href', '/manuales/');
  await expect(page.getByRole('button', { name: 'Mostrar más resultados' })).toBeHidden();
});

test('«Mostrar más resultados» adds the next page and moves focus to the first new result', async ({ page }) => {
  await search(page, 'movilidad');
  await expect(page.locator(results)).toHaveCount(8);
  const total = Number((await page.locator(status).textContent())!.match(/^([\d.]+) resultados/)![1].replace('.', ''));
  expect(total).toBeGreaterThan(16);
  await expect(page.locator(status)).toHaveText(`${total} resultados para «movilidad»; se muestran 8.`);
  const more = page.getByRole('button', { name: 'Mostrar más resultados' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(results)).toHaveCount(16);
  await expect(page.locator(`${results} h2 a`).nth(8)).toBeFocused();
  await expect(page.locator(status)).toHaveText(`${total} resultados para «movilidad»; se muestran 16.`);
  // The first page stays as it was: nothing shown is re-ordered under the reader.
  const hrefs = await page.locator(`${results} h2 a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(16);
});

test('no-match, more results and sections pass axe (WCAG 2.2 A/AA)', async ({ page }) => {
  const violations = () => axeViolations(page);
  await search(page, 'zzxq');
  expect(await violations()).toEqual([]);
  await search(page, 'PAP');
  await expect(page.locator(results).first().locator('.search-sections a').first()).toBeVisible();
  expect(await violations()).toEqual([]);
  await search(page, 'movilidad');
  await page.getByRole('button', { name: 'Mostrar más resultados' }).click();
  await expect(page.locator(results)).toHaveCount(16);
  expect(await violations()).toEqual([]);
});

test('a filter narrows the results and is kept in the URL', async ({ page }) => {
  await page.goto('/buscar/?q=movilidad');
  await expect(page.locator(status)).toContainText('para «movilidad»');
  const allText = await page.locator(status).textContent();
  await page.getByRole('checkbox', { name: /^Municipio/ }).check();
  await expect(page.locator(status)).not.toHaveText(allText!);
  await expect(page.locator(status)).toHaveText('9 resultados para «movilidad»; se muestran 8.');
  const kinds = await page.locator(`${results} .card__eyebrow`).allTextContents();
  expect(new Set(kinds)).toEqual(new Set(['Municipio']));
  await expect(page).toHaveURL(/tipo=Municipio/);
  // The other types keep their counts (their values are alternatives), rather than reading «(0)».
  await expect(page.getByRole('checkbox', { name: /^Buena práctica \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Buena práctica \(0\)$/ })).toHaveCount(0);
});

test('filter values with no results for the search are named as such, not offered as «(0)»', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await search(page, 'PAP');
  await expect(page.getByRole('checkbox', { name: /^Municipio/ })).toBeHidden();
  await expect(page.locator('.search-filters__none').first()).toContainText('Sin resultados para esta búsqueda:');
  await expect(page.locator('.search-filters__none').first()).toContainText('Municipio');
  await expect(page.locator('.search-filters label:visible', { hasText: '(0)' })).toHaveCount(0);
});

test('search by zona lists that zone\'s municipalities and good practices', async ({ page }) => {
  await page.goto('/buscar/?zona=El+Oro&tipo=Buena+pr%C3%A1ctica');
  await expect(page.locator(status)).toHaveText('9 resultados; se muestran 8.');
  await page.goto('/buscar/?zona=El+Oro&tipo=Municipio');
  await expect(page.locator(status)).toHaveText('3 resultados.');
  const hrefs = await page.locator(`${results} h2 a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')).sort());
  expect(hrefs).toEqual(['/municipios/huaquillas/', '/municipios/machala/', '/municipios/santa-rosa/']);
});

test('on a phone, applying a filter brings the results into view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await search(page, 'movilidad');
  await page.getByText('Filtrar resultados').click();
  const checkbox = page.getByRole('checkbox', { name: /^Municipio/ });
  await checkbox.scrollIntoViewIfNeeded();
  await expect(page.locator(status)).not.toBeInViewport();
  await checkbox.check();
  await expect(page.locator(status)).toHaveText('9 resultados para «movilidad»; se muestran 8.');
  await expect(page.locator(status)).toBeInViewport();
  await expect(page.locator(results).first()).toBeInViewport();
  // Nothing in the results (long runs of text without spaces) widens the page beyond the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the first search transfers at most 160 KB (Pagefind, its index and the results shown)', async ({ page }) => {
  let bytes = 0;
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    bytes += sizes.responseHeadersSize + sizes.responseBodySize;
  });
  await search(page, 'PAP');
  await expect(page.locator(results)).toHaveCount(8);
  await page.waitForLoadState('networkidle');
  test.info().annotations.push({ type: 'bytes', description: `/buscar/?q=PAP transferred ${bytes} B` });
  expect(bytes).toBeLessThanOrEqual(160 * 1024);
});
