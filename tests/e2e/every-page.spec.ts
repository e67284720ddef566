/**
 * Every page in the sitemap: answers 200, has 0 axe violations (WCAG 2.2 A/AA) and makes no
 * request off the site's origin.
 */
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { sitemapPaths, PAGE_TYPES } from './site.ts';

// The catalogue's filter pages are out of the sitemap (navigation, not content); three of them stand for the rest.
const FILTER_PAGES = [PAGE_TYPES.practiceFilter, '/buenas-practicas/filtro/todos/machala/', '/buenas-practicas/filtro/integracion-economica/todas/'];
const paths = [...new Set([...sitemapPaths(), ...FILTER_PAGES, PAGE_TYPES.notFound, '/buscar/?q=gestion'])];

test('the sitemap lists the portal pages', () => {
  expect(paths).toContain('/');
  expect(paths.filter((path) => /^\/manuales\/[^/]+\/$/.test(path)).length).toBeGreaterThanOrEqual(11);
  expect(paths.filter((path) => /^\/municipios\/[^/]+\/$/.test(path))).toHaveLength(9);
  expect(paths.filter((path) => /^\/buenas-practicas\/[^/]+\/$/.test(path))).toHaveLength(28);
  expect(paths).toEqual(expect.arrayContaining(['/campana/', '/resultados/', '/diagnostico/', '/diagnostico/metodologia/', '/diagnostico/cuestionario/']));
  expect(paths).toEqual(expect.arrayContaining(['/acerca-del-portal/', '/privacidad/', '/accesibilidad/', '/contacto/']));
});

for (const path of paths) {
  test(`${path} loads, stays on its origin and has no axe violations`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const offOrigin: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) offOrigin.push(request.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === PAGE_TYPES.notFound ? 404 : 200);
    if (path.startsWith('/buscar/')) await expect(page.locator('[data-search-status]')).not.toBeEmpty();
    // EU visibility: the emblem with «Financiado por la Unión Europea» and the EU disclaimer on every page.
    await expect(page.locator('.site-footer .funding img[src="/eu-emblem.svg"]')).toBeVisible();
    await expect(page.locator('.site-footer')).toContainText('Financiado por la Unión Europea');
    await expect(page.locator('.site-footer')).toContainText('no refleja necesariamente la opinión de la Unión Europea');
    expect(await axeViolations(page), `axe violations on ${path}`).toEqual([]);
    // Checked last: what loads after the page (islands hydrated when the browser is idle) has had time to ask.
    expect(offOrigin, 'requests to another origin').toEqual([]);
  });
}
