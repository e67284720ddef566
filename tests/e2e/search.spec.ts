/** Search over the real Pagefind index of the built site. */
import { test, expect } from '@playwright/test';

const results = '[data-search-results] > li';

test('"gestion de casos" (without accent) finds the case-management guide first', async ({ page }) => {
  await page.goto('/buscar/?q=gestion+de+casos');
  await expect(page.locator('[data-search-status]')).toContainText('resultado');
  await expect(page.locator(`${results} h2 a`).first()).toHaveAttribute('href', '/manuales/gestion-de-casos/');
});

test('the header search form leads to results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Buscar en el portal' }).fill('primeros auxilios psicologicos');
  await page.getByRole('searchbox', { name: 'Buscar en el portal' }).press('Enter');
  await expect(page).toHaveURL(/\/buscar\/\?q=primeros\+auxilios\+psicologicos/);
  await expect(page.locator(`${results} h2 a`).first()).toHaveAttribute('href', '/manuales/primeros-auxilios-psicologicos/');
});

test('a filter narrows the results and is kept in the URL', async ({ page }) => {
  await page.goto('/buscar/?q=movilidad');
  const status = page.locator('[data-search-status]');
  await expect(status).toContainText('para «movilidad»');
  const before = await page.locator(results).count();
  const allText = await status.textContent();
  await page.getByRole('checkbox', { name: /^Municipio/ }).check();
  await expect(status).not.toHaveText(allText!);
  const kinds = await page.locator(`${results} .card__eyebrow`).allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.length).toBeLessThan(before);
  expect(new Set(kinds)).toEqual(new Set(['Municipio']));
  await expect(page).toHaveURL(/tipo=Municipio/);
});

test('search by zona lists that zone\'s municipalities and good practices', async ({ page }) => {
  await page.goto('/buscar/?zona=El+Oro&tipo=Buena+pr%C3%A1ctica');
  await expect(page.locator('[data-search-status]')).toHaveText('9 resultados');
  await page.goto('/buscar/?zona=El+Oro&tipo=Municipio');
  await expect(page.locator('[data-search-status]')).toHaveText('3 resultados');
  const hrefs = await page.locator(`${results} h2 a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')).sort());
  expect(hrefs).toEqual(['/municipios/huaquillas/', '/municipios/machala/', '/municipios/santa-rosa/']);
});
