/**
 * Every page in the sitemap, visited once on a 360 × 740 phone: answers 200, shows the EU funding, has
 * 0 axe violations (WCAG 2.2 A/AA), makes no request off the site's origin, runs every inline script and
 * style it holds (its security policy lists their hashes, src/lib/page-csp.ts), and keeps the phone rules of
 * phone-checks.ts (no sideways scroll, first content within two screens, navigation on long pages,
 * tables that fit or say they scroll). One page of each type is checked by axe on a wide screen too.
 */
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { recordCspRefusals } from './csp.ts';
import { PHONE, expectFirstContentWithinTwoScreens, expectLongPageNavigation, expectNoHorizontalScroll, expectTablesFitOrScroll, kindOf } from './phone-checks.ts';
import { sitemapPaths, PAGE_TYPES } from './site.ts';

// The catalogue's filter pages are out of the sitemap (navigation, not content); three of them stand for the rest.
const FILTER_PAGES = [PAGE_TYPES.practiceFilter, '/buenas-practicas/filtro/todos/machala/', '/buenas-practicas/filtro/integracion-economica/todas/'];
const paths = [...new Set([...sitemapPaths(), ...FILTER_PAGES, PAGE_TYPES.notFound, '/buscar/?q=gestion'])];

test('the sitemap lists the portal pages', () => {
  expect(paths).toContain('/');
  expect(paths.filter((path) => /^\/manuales\/[^/]+\/$/.test(path)).length).toBeGreaterThanOrEqual(11);
  expect(paths.filter((path) => /^\/municipios\/[^/]+\/$/.test(path))).toHaveLength(9);
  expect(paths.filter((path) => /^\/buenas-practicas\/[^/]+\/$/.test(path))).toHaveLength(28);
  // A page per glossary term and per results table (issue #22).
  expect(paths.filter((path) => /^\/glosario\/[^/]+\/$/.test(path)).length).toBeGreaterThanOrEqual(40);
  expect(paths.filter((path) => /^\/resultados\/[^/]+\/$/.test(path)).length).toBeGreaterThanOrEqual(15);
  expect(paths).toEqual(expect.arrayContaining(['/campana/', '/resultados/', '/diagnostico/', '/diagnostico/metodologia/', '/diagnostico/cuestionario/']));
  expect(paths).toEqual(expect.arrayContaining(['/acerca-del-portal/', '/privacidad/', '/accesibilidad/', '/contacto/']));
});

// Pages in batches, one browser page each: a fresh context per page cost more than many a page's own
// checks, and the batch's pages share the portal's cached CSS and scripts as a reader's visits do.
// Soft assertions: every page of a batch is checked and reported by its path, even after a failure.
const BATCH = 8;
test.describe(`on a ${PHONE.width} px phone`, () => {
  test.use({ viewport: PHONE });
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH);
    test(`every page ${start + 1} to ${start + batch.length} of ${paths.length} (${batch[0]} …) loads, stays on its origin, has no axe violations and fits the phone`, async ({ page, baseURL }) => {
      test.setTimeout(40_000 * batch.length);
      const origin = new URL(baseURL!).origin;
      let offOrigin: string[] = [];
      const measures: string[] = [];
      const refused = recordCspRefusals(page);
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) offOrigin.push(request.url());
      });
      for (const path of batch) {
        await test.step(path, async () => {
          offOrigin = [];
          refused.length = 0;
          const response = await page.goto(path);
          expect.soft(response?.status(), `status of ${path}`).toBe(path === PAGE_TYPES.notFound ? 404 : 200);
          // The search page says what to do; with a query, it shows the results (axe checks them too).
          if (path.startsWith('/buscar/')) {
            await expect.soft(page.locator('[data-search-status]'), `search status on ${path}`).toHaveText(path.includes('?q=') ? /resultados para/ : /\S/);
          }
          // EU visibility: the emblem with «Financiado por la Unión Europea» and the EU disclaimer on every page.
          await expect.soft(page.locator('.site-footer .funding img[src="/eu-emblem.svg"]'), `EU emblem on ${path}`).toBeVisible();
          await expect.soft(page.locator('.site-footer'), `EU funding line on ${path}`).toContainText('Financiado por la Unión Europea');
          await expect.soft(page.locator('.site-footer'), `EU disclaimer on ${path}`).toContainText('no refleja necesariamente la opinión de la Unión Europea');
          expect.soft(await page.getByRole('searchbox').count(), `search boxes on ${path}: the header's, or the page's own`).toBeLessThanOrEqual(1);
          await expectNoHorizontalScroll(page, path);
          const kind = kindOf(path);
          const top = kind && (await expectFirstContentWithinTwoScreens(page, path, kind));
          const screens = await expectLongPageNavigation(page, path);
          const tables = await expectTablesFitOrScroll(page, path);
          measures.push(`${path}: first content at ${top === undefined ? '–' : Math.round(top)} px, ${screens.toFixed(1)} screens, ${tables} tables`);
          expect.soft(await axeViolations(page), `axe violations on ${path}`).toEqual([]);
          // Checked last: what loads after the page (islands hydrated when the browser is idle) has had time to ask.
          expect.soft(offOrigin, `requests to another origin from ${path}`).toEqual([]);
          expect.soft(refused, `inline scripts or styles the page's security policy refused on ${path}`).toEqual([]);
        });
      }
      test.info().annotations.push({ type: 'on the phone', description: measures.join('; ') });
    });
  }
});

test('one page of each type has no axe violations on a wide screen', async ({ page }) => {
  test.setTimeout(20_000 * Object.keys(PAGE_TYPES).length);
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    await page.goto(path);
    expect.soft(await axeViolations(page), `axe violations on ${type} (${path}) at 1280 px`).toEqual([]);
  }
});
