/** Search over the real Pagefind index of the built site. */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';

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
  { query: 'xenofobia', first: '/glosario/#xenofobia', why: 'no page is about it by title: its definition comes first, then the campaign' },
  { query: 'CEO', first: '/aprende-trabaja-emprende/coaching-y-encuentro-de-oportunidades/', why: 'the module whose title spells CEO out (Coaching y Encuentro de Oportunidades)' },
  { query: 'gestion de casos', first: '/manuales/gestion-de-casos/', why: 'the case-management guide, before the term\'s definition' },
  { query: 'GET', first: '/glosario/#get', why: 'Grupo de Enlace Territorial (GET): no page is titled after it' },
  { query: 'primeros auxilios psicologicos', first: '/manuales/primeros-auxilios-psicologicos/', why: 'the guide' },
  { query: 'glosario', first: '/glosario/', why: 'the glossary page itself' },
];

async function search(page: Page, query: string) {
  await page.goto(`/buscar/?q=${encodeURIComponent(query)}`);
  await expect(page.locator(status)).toContainText(/resultado|No encontramos/);
}

for (const { query, first, why } of FIRST_RESULTS) {
  test(`"${query}" finds ${first} first: ${why}`, async ({ page }) => {
    await search(page, query);
    await expect(page.locator(`${results} h2 a`).first()).toHaveAttribute('href', first);
  });
}

test('the header search form leads to results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Buscar en el portal' }).fill('primeros auxilios psicologicos');
  await page.getByRole('searchbox', { name: 'Buscar en el portal' }).press('Enter');
  await expect(page).toHaveURL(/\/buscar\/\?q=primeros\+auxilios\+psicologicos/);
  await expect(page.locator(`${results} h2 a`).first()).toHaveAttribute('href', '/manuales/primeros-auxilios-psicologicos/');
});

test('a glossary term is a result of its own, typed Glosario, linking to its definition', async ({ page }) => {
  await search(page, 'CEO');
  const term = page.locator(results).filter({ has: page.locator('h2 a[href="/glosario/#ceo"]') });
  await expect(term.locator('.card__eyebrow')).toHaveText('Glosario');
  await expect(term.locator('h2')).toHaveText('Coaching y Encuentro de Oportunidades (CEO)');
  // The type filter still works with term records: only glossary results remain.
  await page.goto('/buscar/?q=CEO&tipo=Glosario');
  await expect(page.locator(status)).toHaveText('1 resultado para «CEO».');
  await page.locator(`${results} h2 a`).click();
  await expect(page).toHaveURL(/\/glosario\/#ceo$/);
  await expect(page.locator('#ceo')).toBeInViewport();
});

test('the glossary page is not a result for its A–Z letters, nor for its terms', async ({ page }) => {
  await search(page, 'x');
  await expect(page.locator(status)).toHaveText('No encontramos «x»: escriba al menos dos letras.');
  await expect(page.locator(results)).toHaveCount(0);
  await search(page, 'xenofobia');
  const hrefs = await page.locator(`${results} h2 a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/glosario/#xenofobia');
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
  // 38 pages contain a word beginning with «pap» («papel», «papelógrafo»); those with «PAP» itself come first.
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
