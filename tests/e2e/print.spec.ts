/**
 * Every printable page type rendered to an A4 PDF by Chromium: within its page budget, with no site
 * header, navigation or footer on paper, the portal's identity once at the top (EU emblem and
 * funding line, disclaimer, PNUD, the page's address and the day it was printed), content on the last
 * page, and no heading left alone at the foot of a page. Case cards fold with the answer hidden.
 */
import { test, expect, type Page } from '@playwright/test';
import { pdfPageTexts, printedMainEnding, squeezed, strandedHeadings } from '../support/pdf.ts';

const FUNDING = 'Financiado por la Unión Europea';
const DISCLAIMER = 'Su contenido es responsabilidad exclusiva del PNUD y no refleja necesariamente la opinión de la Unión Europea.';
const PUBLISHER = 'Integra: Programa Integra, Programa de las Naciones Unidas para el Desarrollo (PNUD) en Ecuador.';

/** Today as the identity block writes the print date: «7 de diciembre de 2026». */
const today = () => new Intl.DateTimeFormat('es-EC', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

/** Occurrences of `part` in `text`, both without whitespace. */
const occurrences = (text: string, part: string) => squeezed(text).split(squeezed(part)).length - 1;

/** The page's own address, as its canonical link says (the address a paper copy points back to). */
const canonicalOf = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

/** `guide`: a facilitator's guide, with a print button and agenda tables. */
const PRINTABLE = [
  { type: 'module trainer guide', path: '/aprende-trabaja-emprende/capital-semilla/guia-facilitador/', maxPages: 19, guide: true },
  { type: 'En Marcha Digital guide', path: '/aprende-trabaja-emprende/en-marcha-digital/formas-de-pago/guia-facilitador/', maxPages: 14, guide: true },
  { type: 'trainer-programme session guide', path: '/formacion-de-formadores/sesion-6-capital-semilla/guia-facilitador/', maxPages: 11, guide: true },
  { type: 'diagnostic facilitation guide', path: '/diagnostico/guia-de-facilitacion/', maxPages: 11, guide: true },
  { type: 'module page', path: '/aprende-trabaja-emprende/capital-semilla/', maxPages: 5 },
  { type: 'module quiz on paper', path: '/aprende-trabaja-emprende/capital-semilla/cuestionario/', maxPages: 4 },
  { type: 'manual', path: '/manuales/gestion-de-casos/', maxPages: 4 },
  { type: 'campaign brief template', path: '/campana/plantilla-de-brief/', maxPages: 4 },
  { type: 'diagnostic questionnaire', path: '/diagnostico/cuestionario/', maxPages: 18 },
  { type: 'diagnostic answer grid', path: '/diagnostico/hoja-de-respuestas/', maxPages: 4 },
  // A results table's page: its chart, its table and two notes about the report in full.
  { type: 'results table', path: '/resultados/funcionarios-capacitados-medios-de-vida/', maxPages: 3 },
  { type: 'glossary term', path: '/glosario/get/', maxPages: 2 },
  // Every definition on one page, for those who print the whole glossary for a workshop.
  { type: 'complete glossary', path: '/glosario/completo/', maxPages: 9 },
];

for (const { type, path, maxPages, guide = false } of PRINTABLE) {
  test(`the ${type} prints on A4 within ${maxPages} pages, without the site's header, navigation or footer`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-nav', '.breadcrumbs', '.skip-link', '.pager', '.az-bar']) {
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
    const before = today();
    const pdf = await page.pdf({ format: 'A4' });
    const printedOn = [before, today()];
    const texts = await pdfPageTexts(pdf);
    const pages = texts.length;
    // The identity block, on the first page and once in the whole copy: EU emblem with its funding line,
    // the disclaimer, PNUD, the page's address and the day it was printed (written on `beforeprint`).
    await expect(page.locator('.print-identity img[src="/eu-emblem.svg"]')).toBeVisible();
    const address = (await canonicalOf(page))!;
    expect(address).toMatch(new RegExp(`^https?://[^/]+${path}$`));
    for (const part of [FUNDING, DISCLAIMER, PUBLISHER, `En línea: ${address}`]) {
      expect(occurrences(texts[0], part), `«${part}» on page 1`).toBe(1);
      expect(occurrences(texts.join('\n'), part), `«${part}» in the whole copy`).toBe(1);
    }
    expect(printedOn.some((date) => occurrences(texts[0], `Impreso el ${date}`) === 1), `«Impreso el ${printedOn[0]}» on page 1`).toBe(true);
    test.info().annotations.push({ type: 'pages', description: `${path}: ${pages} A4 pages` });
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(maxPages);
    // The last page holds the end of the content, not the site's furniture alone.
    expect(squeezed(texts.at(-1)!), `the last of ${pages} pages`).toContain(await printedMainEnding(page));
    // An agenda that runs onto the next page repeats its header row there, and gives its total once, at its end.
    if (guide) {
      for (const table of await page.locator('main .agenda-table').all()) {
        const [caption, header, total] = await Promise.all(['caption', 'thead', 'tfoot th'].map((part) => table.locator(part).innerText().then(squeezed)));
        const first = texts.findIndex((text) => squeezed(text).includes(caption));
        const last = texts.findIndex((text, index) => index >= first && squeezed(text).includes(total));
        expect(first, `«${caption}» in the PDF`).toBeGreaterThanOrEqual(0);
        expect(last, `«${caption}»: its total in the PDF`).toBeGreaterThanOrEqual(first);
        for (let index = first + 1; index <= last; index++) {
          expect(squeezed(texts[index]), `«${caption}» continued on page ${index + 1}: its header row`).toContain(header);
        }
        if (last > first) expect(squeezed(texts[first]).split(caption)[1], `«${caption}»: no total before its last page`).not.toContain(total);
      }
    }
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

test('the print date is the day of printing, set when printing starts, not when the page was opened', async ({ page }) => {
  const path = PRINTABLE[0].path;
  await page.clock.install({ time: new Date('2026-03-02T15:00:00') });
  await page.goto(path);
  await page.clock.setFixedTime(new Date('2027-01-15T10:00:00'));
  const texts = await pdfPageTexts(await page.pdf({ format: 'A4' }));
  expect(squeezed(texts[0])).toContain(squeezed('Impreso el 15 de enero de 2027'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the identity block says when the content was last updated instead of the print date', async ({ page }) => {
    await page.goto('/manuales/gestion-de-casos/');
    const updated = (await page.locator('.last-updated time').innerText()).trim();
    await page.emulateMedia({ media: 'print' });
    const texts = await pdfPageTexts(await page.pdf({ format: 'A4' }));
    expect(squeezed(texts[0])).toContain(squeezed(`Actualizado el ${updated}`));
    expect(texts[0]).not.toContain('Impreso el');
  });
});

/** Trainer guides whose case cards fold, with how many cards each has. */
const FOLDED_CARDS = [
  { path: '/aprende-trabaja-emprende/capital-semilla/guia-facilitador/', cards: 10 },
  { path: '/aprende-trabaja-emprende/herramienta-financiera/guia-facilitador/', cards: 8 },
];

for (const { path, cards } of FOLDED_CARDS) {
  test(`the case cards of ${path} fold with «Respuesta» on the other side of the fold line, each card on one page`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const folded = page.locator('.fold-card');
    await expect(folded).toHaveCount(cards);
    const layouts = await folded.evaluateAll((items) =>
      items.map((card) => {
        const [caseText, answer] = [card.querySelector('.fold-card__case')!, card.querySelector('.fold-card__answer')!];
        const box = card.getBoundingClientRect();
        return {
          card: { top: box.top, bottom: box.bottom },
          case: caseText.getBoundingClientRect().toJSON() as DOMRect,
          answer: answer.getBoundingClientRect().toJSON() as DOMRect,
          caseText: (caseText as HTMLElement).innerText,
          answerText: (answer as HTMLElement).innerText,
          foldStyle: getComputedStyle(caseText).borderBottomStyle,
          answerTurn: getComputedStyle(answer).rotate,
        };
      }),
    );
    const texts = await pdfPageTexts(await page.pdf({ format: 'A4' }));
    for (const [index, card] of layouts.entries()) {
      const name = `card ${index + 1}`;
      // The fold line is the dashed edge at the card's middle: the case above it, the whole answer below,
      // upside down so that, folded back, it reads upright on the back.
      const fold = (card.card.top + card.card.bottom) / 2;
      expect(card.foldStyle, `${name}: fold line`).toBe('dashed');
      expect(Math.abs(card.case.bottom - fold), `${name}: the fold line is at the middle`).toBeLessThanOrEqual(1);
      expect(card.case.top, `${name}: case inside the card`).toBeGreaterThanOrEqual(card.card.top - 0.5);
      expect(card.answer.top, `${name}: answer starts past the fold`).toBeGreaterThanOrEqual(fold - 0.5);
      expect(card.answer.bottom, `${name}: answer inside the card`).toBeLessThanOrEqual(card.card.bottom + 0.5);
      expect(card.answerTurn, `${name}: answer upside down`).toBe('180deg');
      expect(card.caseText, `${name}: the case gives nothing away`).not.toContain('Respuesta');
      expect(card.answerText, `${name}: the answer half`).toMatch(/^Respuesta:\s+\S/);
      // In the PDF, case and answer are on the same page: no page break cuts a card.
      const casePages = texts.flatMap((text, page) => (squeezed(text).includes(squeezed(card.caseText)) ? [page + 1] : []));
      expect(casePages, `${name}: its case is whole on one page`).toHaveLength(1);
      expect(squeezed(texts[casePages[0] - 1]), `${name}: its answer on the page of its case`).toContain(squeezed(card.answerText));
    }
  });
}
