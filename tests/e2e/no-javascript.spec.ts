/**
 * What works with JavaScript off, what says it needs JavaScript (only where it does not run), and what pages load no
 * script but the inline line every page has.
 */
import { test, expect } from '@playwright/test';
import { PAGES_WITHOUT_SCRIPTS, builtPagesContaining } from './site.ts';
import { PAGE_SCRIPT } from '../../src/lib/site.ts';

/**
 * Text for one case only: `.js-only` (needs JavaScript: «Cargando las 9 preguntas…», the search tools) and its
 * stand-ins for a browser without it (`.no-js-only`; a quiz's «Si los botones no responden…», `.quiz__pending`).
 */
const ONE_CASE_PAGES = builtPagesContaining('js-only', 'quiz__pending');
const NEEDS_JAVASCRIPT = '.js-only';
const STANDS_IN = '.no-js-only, .quiz__pending';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('no page says it is loading what needs JavaScript; each shows what stands in for it', async ({ page }) => {
    expect(ONE_CASE_PAGES).toEqual(expect.arrayContaining(['/buscar/', '/aprende-trabaja-emprende/decide-empezar/', '/aprende-trabaja-emprende/evaluacion-inicial-y-final/']));
    for (const path of ONE_CASE_PAGES) {
      await test.step(path, async () => {
        await page.goto(path);
        for (const element of await page.locator(NEEDS_JAVASCRIPT).all()) await expect.soft(element, `${path}: needs JavaScript, hidden`).toBeHidden();
        for (const element of await page.locator(STANDS_IN).all()) await expect.soft(element, `${path}: stands in for JavaScript, shown`).toBeVisible();
      });
    }
  });

  test('the manual filters combine (audience, then component, then type) with counts that match the list', async ({ page }) => {
    await page.goto('/manuales/');
    const cards = page.locator('.card-list > li');
    const total = await cards.count();
    expect(total).toBeGreaterThanOrEqual(11);
    const filters = page.getByRole('navigation', { name: 'Filtrar manuales y guías' });
    const chosen: string[] = [];
    for (const facet of ['Audiencia', 'Componente', 'Tipo']) {
      // The first option of this facet whose count narrows the current list.
      const current = await cards.count();
      const options = filters.locator('div', { has: page.getByRole('heading', { name: facet, exact: true }) }).getByRole('link');
      const labels = await options.allTextContents();
      const index = labels.findIndex((text) => Number(text.match(/\((\d+)\)/)?.[1]) < current);
      if (index < 0) continue;
      const label = labels[index].trim().replace(/ \(\d+\)$/, '');
      const expected = Number(labels[index].match(/\((\d+)\)/)![1]);
      await options.nth(index).click();
      chosen.push(label);
      await expect(cards).toHaveCount(expected);
      await expect(page.locator('h1')).toContainText(label);
      await expect(filters.getByRole('link', { name: new RegExp(`^${label} \\(\\d+\\)\\s*, filtro aplicado`) })).toHaveAttribute('aria-current', 'true');
    }
    expect(chosen.length).toBeGreaterThanOrEqual(2);
    await expect(page).toHaveURL(/\/manuales\/filtro\//);
    // Every listed manual really has every chosen value on its own page.
    const hrefs = await cards.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      await page.goto(href);
      for (const label of chosen) await expect(page.locator('.facts'), `${href} lists ${label}`).toContainText(label);
    }
  });

  test('on a phone the manual filters fold under one line, so the list starts on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/manuales/');
    const filters = page.getByRole('navigation', { name: 'Filtrar manuales y guías' });
    await expect(filters).toBeHidden();
    const firstCard = (await page.locator('.card-list > li').first().boundingBox())!;
    expect(firstCard.y).toBeLessThan(740);
    await page.locator('.filters-fold > summary').focus();
    await page.keyboard.press('Enter');
    await expect(filters).toBeVisible();
  });
});

test('pages without an island load no JavaScript but the inline script every page has', async ({ page }) => {
  test.setTimeout(15_000 * PAGES_WITHOUT_SCRIPTS.length);
  let scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of PAGES_WITHOUT_SCRIPTS) {
    await test.step(path, async () => {
      scripts = [];
      await page.goto(path, { waitUntil: 'networkidle' });
      expect.soft(scripts, `scripts loaded by ${path}`).toEqual([]);
      // The one script such a page has marks <html> with `js` and writes the day it is printed into the identity block for paper.
      expect.soft(await page.locator('script').allTextContents(), `scripts in ${path}`).toEqual([PAGE_SCRIPT]);
    });
  }
});

test('with JavaScript, no page says it is missing, even before its scripts have loaded', async ({ page }) => {
  // The page's own scripts never arrive: what shows is what the HTML, its CSS and the inline script in <head> show.
  await page.route('**/_astro/**/*.js', (route) => route.abort());
  for (const path of ONE_CASE_PAGES) {
    await test.step(path, async () => {
      await page.goto(path);
      for (const element of await page.locator(STANDS_IN).all()) await expect.soft(element, `${path}: a stand-in for JavaScript, hidden`).toBeHidden();
      for (const element of await page.locator(NEEDS_JAVASCRIPT).all()) await expect.soft(element, `${path}: needs JavaScript, shown`).toBeVisible();
    });
  }
});
