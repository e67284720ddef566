/**
 * Every printable page type rendered to an A4 PDF by Chromium: within its page budget, with no site
 * header, navigation or footer on paper, the portal's identity once at the top, content on the last
 * page, and no heading left alone at the foot of a page.
 */
import { test, expect } from '@playwright/test';
import { pdfPageTexts, printedMainEnding, squeezed, strandedHeadings } from '../support/pdf.ts';

/** `guide`: a facilitator's guide, with a print button and agenda tables. */
const PRINTABLE = [
  { type: 'module trainer guide', path: '/aprende-trabaja-emprende/capital-semilla/guia-facilitador/', maxPages: 32, guide: true },
  { type: 'En Marcha Digital guide', path: '/aprende-trabaja-emprende/en-marcha-digital/formas-de-pago/guia-facilitador/', maxPages: 20, guide: true },
  { type: 'trainer-programme session guide', path: '/formacion-de-formadores/sesion-6-capital-semilla/guia-facilitador/', maxPages: 24, guide: true },
  { type: 'diagnostic facilitation guide', path: '/diagnostico/guia-de-facilitacion/', maxPages: 18, guide: true },
  { type: 'module page', path: '/aprende-trabaja-emprende/capital-semilla/', maxPages: 16 },
  { type: 'manual', path: '/manuales/gestion-de-casos/', maxPages: 12 },
  { type: 'campaign brief template', path: '/campana/plantilla-de-brief/', maxPages: 10 },
  { type: 'diagnostic questionnaire', path: '/diagnostico/cuestionario/', maxPages: 20 },
  { type: 'diagnostic answer grid', path: '/diagnostico/hoja-de-respuestas/', maxPages: 4 },
];

for (const { type, path, maxPages, guide = false } of PRINTABLE) {
  test(`the ${type} prints on A4 within ${maxPages} pages, without the site's header, navigation or footer`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-nav', '.breadcrumbs', '.skip-link', '.pager']) {
      await expect(page.locator(chrome).first(), `${chrome} on paper`).toBeHidden();
    }
    if (guide) {
      await expect(page.locator('.site-footer')).toBeHidden();
      await expect(page.locator('.print-guide__actions')).toBeHidden();
      // Each agenda's total stays on one line.
      for (const total of await page.locator('.agenda-table tfoot td').all()) {
        expect(await total.evaluate((td) => Math.round(td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight)))).toBeLessThanOrEqual(2);
      }
    }
    // No site furniture on paper; who funds and publishes the portal prints once, at the top.
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('.print-identity')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    const texts = await pdfPageTexts(pdf);
    const pages = texts.length;
    test.info().annotations.push({ type: 'pages', description: `${path}: ${pages} A4 pages` });
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(maxPages);
    // The last page holds the end of the content, not the site's furniture alone.
    expect(squeezed(texts.at(-1)!), `the last of ${pages} pages`).toContain(await printedMainEnding(page));
    // No heading ends a page, whole or cut, away from what it introduces.
    const headings = await page.locator('main :is(h2, h3, h4):visible').allInnerTexts();
    expect(strandedHeadings(texts, headings), 'headings at the foot of a page').toEqual([]);
  });
}

test('the guide has a print button near the top and the module page links to the guide near the top', async ({ page }) => {
  await page.goto('/aprende-trabaja-emprende/capital-semilla/');
  const guideLink = page.locator('.facts').getByRole('link', { name: 'Guía completa para facilitadores' });
  await expect(guideLink).toBeVisible();
  await guideLink.click();
  await expect(page.getByRole('button', { name: 'Imprimir la guía' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Paso a paso' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Versión de 2 horas' })).toBeVisible();
  await expect(page.locator('.handout-sheet')).not.toHaveCount(0);
});

/**
 * A campaign sample piece's page prints the piece alone, filling one A4 sheet: the piece carries its
 * own identity strip (EU emblem, «Financiado por la Unión Europea», Programa Integra, PNUD), so the
 * portal's identity block, the page's text and the page number stay off the sheet a GAD puts up.
 */
const PIECES = [
  { path: '/campana/piezas/afiche/', fills: 'height', mm: 272 },
  { path: '/campana/piezas/cromo-redes/', fills: 'width', mm: 190 },
] as const;

for (const { path, fills, mm } of PIECES) {
  test(`the campaign piece ${path} prints alone on one A4 page, filling its ${fills}`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-nav', '.breadcrumbs', '.site-footer', '.print-identity', 'main h1', 'main h2', '.campaign-downloads']) {
      await expect(page.locator(hidden).first(), `${hidden} on paper`).toBeHidden();
    }
    const piece = page.locator('.campaign-piece img');
    await expect(piece).toBeVisible();
    await expect.poll(() => piece.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const box = (await piece.boundingBox())!;
    const expected = (mm * 96) / 25.4;
    expect(fills === 'height' ? box.height : box.width).toBeGreaterThan(expected - 4);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const texts = await pdfPageTexts(pdf);
    test.info().annotations.push({ type: 'pages', description: `${path}: ${texts.length} A4 page` });
    expect(texts).toHaveLength(1);
    expect(squeezed(texts[0])).not.toContain('Página1de1');
  });
}
