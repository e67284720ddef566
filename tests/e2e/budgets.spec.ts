/**
 * Byte budgets of the built site, from DESIGN's quality bars. Sizes are stable, time is not: the
 * timings and Lighthouse scores are in `npm run bench`. Gzip sizes are computed here (level 9), since
 * the preview server does not compress; a failure names the page and its bytes.
 */
import { test, expect, type Page, type Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KB, formatBytes, gzipBytes, resourceKind, summarizeResponses, transferredBytes, type ResponseRecord } from '../../src/lib/bench.ts';
import { DIST, PAGE_TYPES, sitemapPaths } from './site.ts';
import { SEARCH_WORDS_URL } from '../../src/lib/search-suggestion.ts';
import { PRINT_DATE_SCRIPT } from '../../src/lib/site.ts';

/** The built file of a page path: "/" → dist/index.html; the not-found page is dist/404.html. */
const fileOf = (page: string) => (page === '/404.html' ? join(DIST, '404.html') : join(DIST, page, 'index.html'));
const htmlOf = (page: string) => readFileSync(fileOf(page), 'utf8');
/** Every page of the sitemap, and the not-found page. */
const ALL_PAGES = [...sitemapPaths(), '/404.html'];

/**
 * The JavaScript a page's HTML loads by itself: external scripts (read from dist/) and inline ones.
 * The print-date line every page carries for paper (PRINT_DATE_SCRIPT) is counted apart, in `printDate`.
 */
function scriptsOf(html: string): { files: string[]; inline: string[]; printDate: number } {
  const files: string[] = [];
  const inline: string[] = [];
  let printDate = 0;
  for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) files.push(src);
    else if (body === PRINT_DATE_SCRIPT) printDate++;
    else if (!/type="application\/(ld\+)?json"/.test(attributes)) inline.push(body);
  }
  return { files, inline, printDate };
}

/** Gzip bytes of a page's own scripts: each file as it is sent, the inline ones together. */
function scriptBytes(html: string): number {
  const { files, inline } = scriptsOf(html);
  return files.reduce((sum, src) => sum + gzipBytes(readFileSync(join(DIST, src))), 0) + (inline.length ? gzipBytes(inline.join('\n')) : 0);
}

/** Gzip bytes of the CSS a page's HTML loads: each linked stylesheet, plus inline <style> blocks. */
function cssBytes(html: string): number {
  const linked = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((match) => /href="([^"]+)"/.exec(match[0])![1]);
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  return linked.reduce((sum, href) => sum + gzipBytes(readFileSync(join(DIST, href))), 0) + (inline.length ? gzipBytes(inline.join('\n')) : 0);
}

/**
 * Pages with no island that still run a small script of their own, each on purpose; every other
 * page without an island must have no script at all.
 */
const PAGE_SCRIPTS: { pages: RegExp; purpose: string; maxGzip: number }[] = [
  { pages: /^\/resultados\/[a-z0-9-]+\/$|^\/campana\//, purpose: "a results chart's loader: Chart.js only when the chart scrolls into view", maxGzip: 1 * KB },
  { pages: /^\/buscar\/$/, purpose: 'the search page runs Pagefind (its own budgets below)', maxGzip: 30 * KB },
  { pages: /^\/privacidad\/$/, purpose: "the privacy page's «erase this device's data» button", maxGzip: 2 * KB },
  { pages: /\/guia-facilitador\/$/, purpose: "a trainer guide's print button, shown only where it works", maxGzip: 1 * KB },
  { pages: /^\/diagnostico\/guia-de-facilitacion\/$/, purpose: "the diagnostic facilitation guide's print button, as a trainer guide's", maxGzip: 1 * KB },
];

test('every page carries the print date line once, within 512 B (gzip)', () => {
  expect(gzipBytes(PRINT_DATE_SCRIPT)).toBeLessThanOrEqual(512);
  const wrong = ALL_PAGES.filter((page) => scriptsOf(htmlOf(page)).printDate !== 1);
  expect(wrong, 'pages without the print date line, or with it twice').toEqual([]);
});

test('pages without an island load no JavaScript but the print date line, except the page scripts declared here, each within its budget', () => {
  const problems: string[] = [];
  let withoutIsland = 0;
  for (const page of ALL_PAGES) {
    const html = htmlOf(page);
    if (html.includes('<astro-island')) continue;
    withoutIsland++;
    const { files, inline } = scriptsOf(html);
    if (files.length + inline.length === 0) continue;
    const bytes = scriptBytes(html);
    const allowed = PAGE_SCRIPTS.find((entry) => entry.pages.test(page));
    if (!allowed) problems.push(`${page}: has no island but loads ${formatBytes(bytes)} of JavaScript (gzip)`);
    else if (bytes > allowed.maxGzip) problems.push(`${page}: ${formatBytes(bytes)} of page script (gzip), over its ${formatBytes(allowed.maxGzip)} (${allowed.purpose})`);
  }
  test.info().annotations.push({ type: 'pages', description: `${withoutIsland} of ${ALL_PAGES.length} pages have no island` });
  expect(withoutIsland).toBeGreaterThan(50);
  expect(problems, 'pages with JavaScript they should not have').toEqual([]);
});

/** A page's first load as `npm run bench` counts it: its HTML, the CSS it links and the scripts it loads by itself (gzip). */
function firstLoadBytes(page: string): { html: number; css: number; js: number; total: number } {
  const html = htmlOf(page);
  const bytes = { html: gzipBytes(html), css: cssBytes(html), js: scriptsOf(html).files.reduce((sum, src) => sum + gzipBytes(readFileSync(join(DIST, src))), 0) };
  return { ...bytes, total: bytes.html + bytes.css + bytes.js };
}

test('the glossary and every term page, the results page and every table page load within 14 KB at first (HTML, CSS, eager JS; gzip)', () => {
  const pages = ALL_PAGES.filter((page) => /^\/(glosario|resultados)\/([a-z0-9-]+\/)?$/.test(page));
  expect(pages.filter((page) => page.startsWith('/glosario/')).length).toBeGreaterThan(40);
  expect(pages.filter((page) => page.startsWith('/resultados/')).length).toBeGreaterThan(15);
  const over: string[] = [];
  let largest = { page: '', bytes: 0 };
  for (const page of pages) {
    const { html, css, js, total } = firstLoadBytes(page);
    if (total > largest.bytes) largest = { page, bytes: total };
    if (total > 14 * KB) over.push(`${page}: ${formatBytes(total)} (HTML ${formatBytes(html)}, CSS ${formatBytes(css)}, JS ${formatBytes(js)})`);
  }
  test.info().annotations.push({ type: 'bytes', description: `largest first load: ${largest.page}, ${formatBytes(largest.bytes)} gzip` });
  expect(over, 'glossary and results pages over 14 KB at first load').toEqual([]);
});

test('manual pages stay within 14 KB of HTML (gzip)', () => {
  const manualPages = ALL_PAGES.filter((page) => /^\/manuales\/[^/]+\/$/.test(page) && !/^\/manuales\/(tipo|audiencia|componente|filtro)\//.test(page));
  expect(manualPages.length).toBeGreaterThanOrEqual(11);
  const over: string[] = [];
  for (const page of manualPages) {
    const bytes = gzipBytes(readFileSync(fileOf(page)));
    if (bytes > 14 * KB) over.push(`${page}: HTML ${formatBytes(bytes)} gzip`);
  }
  expect(over, 'manual pages over 14 KB of HTML').toEqual([]);
});

test('every page loads at most 17 KB of CSS (gzip)', () => {
  const over: string[] = [];
  let largest = { page: '', bytes: 0 };
  for (const page of ALL_PAGES) {
    const bytes = cssBytes(htmlOf(page));
    if (bytes > largest.bytes) largest = { page, bytes };
    if (bytes > 17 * KB) over.push(`${page}: CSS ${formatBytes(bytes)} gzip`);
  }
  test.info().annotations.push({ type: 'bytes', description: `most CSS: ${largest.page}, ${formatBytes(largest.bytes)} gzip` });
  expect(over, 'pages over 17 KB of CSS').toEqual([]);
});

test('the search page loads at most 30 KB of its own JavaScript before Pagefind', () => {
  const html = htmlOf(PAGE_TYPES.search);
  expect(scriptsOf(html).files.length + scriptsOf(html).inline.length).toBeGreaterThan(0);
  const bytes = scriptBytes(html);
  test.info().annotations.push({ type: 'bytes', description: `search page script: ${bytes} B gzip` });
  expect(bytes, `${PAGE_TYPES.search} own JavaScript, gzip`).toBeLessThanOrEqual(30 * KB);
});

// In the browser: what the islands really load once they hydrate.

/**
 * Records the gzip size of every script the page receives from now on, and of its inline scripts but the
 * print date line every page has (its own budget above).
 */
function recordScripts(page: Page) {
  const sizes: Promise<number>[] = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() === 'script') sizes.push(response.body().then(gzipBytes));
  });
  return async () => {
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((elements, printDate) => elements.map((e) => e.textContent ?? '').filter((text) => text !== printDate).join('\n'), PRINT_DATE_SCRIPT);
    const files = await Promise.all(sizes);
    return { files: files.length, bytes: files.reduce((a, b) => a + b, 0) + (inline ? gzipBytes(inline) : 0) };
  };
}

async function scrollThrough(page: Page) {
  for (let top = 0; top < (await page.evaluate(() => document.documentElement.scrollHeight)); top += 400) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
  }
}

test('the quiz page loads at most 15 KB of JavaScript (gzip), island and Preact included', async ({ page }) => {
  const total = recordScripts(page);
  await page.goto(PAGE_TYPES.module);
  await page.locator('#autoevaluacion').scrollIntoViewIfNeeded();
  await expect(page.locator('.quiz__progress-label')).toHaveText(/^Pregunta \d+ de \d+$/);
  await expect(page.locator('.quiz__pending')).toHaveCount(0);
  await scrollThrough(page);
  await page.waitForLoadState('networkidle');
  const { files, bytes } = await total();
  test.info().annotations.push({ type: 'bytes', description: `quiz page JavaScript: ${bytes} B gzip in ${files} files` });
  expect(files).toBeGreaterThan(0);
  expect(bytes, `${PAGE_TYPES.module} JavaScript, gzip`).toBeLessThanOrEqual(15 * KB);
});

test('the diagnostic page loads at most 100 KB of JavaScript (gzip), Chart.js included', async ({ page }) => {
  const total = recordScripts(page);
  await page.goto(PAGE_TYPES.diagnostic);
  await page.getByLabel('Municipio', { exact: true }).selectOption({ label: 'Quito' });
  await page.getByRole('button', { name: 'Empezar', exact: true }).click();
  await page.locator('.diagnostic__bar').getByRole('button', { name: 'Ver resultados' }).click();
  await expect(page.locator('.diagnostic__radar canvas')).toBeVisible();
  await scrollThrough(page);
  await page.waitForLoadState('networkidle');
  const { files, bytes } = await total();
  test.info().annotations.push({ type: 'bytes', description: `diagnostic page JavaScript: ${bytes} B gzip in ${files} files` });
  expect(files).toBeGreaterThan(0);
  expect(bytes, `${PAGE_TYPES.diagnostic} JavaScript, gzip`).toBeLessThanOrEqual(100 * KB);
});

test('the coordinators\' view: first load within 40 KB (HTML, CSS, eager JavaScript; gzip), and within 55 KB once its island is ready', async ({ page }) => {
  // The first load as `npm run bench` counts it: the page and what it loads by itself. The island waits for the
  // browser to be idle (client:idle), so the reader gets the page's text first.
  const html = htmlOf(PAGE_TYPES.diagnosticCoordination);
  expect(html, 'the island hydrates when the browser is idle').toContain('client="idle"');
  const linkedCss = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((match) => /href="([^"]+)"/.exec(match[0])![1]);
  const first =
    gzipBytes(html) +
    linkedCss.reduce((sum, href) => sum + gzipBytes(readFileSync(join(DIST, href))), 0) +
    scriptsOf(html).files.reduce((sum, src) => sum + gzipBytes(readFileSync(join(DIST, src))), 0);

  // Then everything, once the island answers: HTML, CSS and every script, Preact included.
  const responses: Promise<ResponseRecord>[] = [];
  page.on('response', (response: Response) => {
    const kind = resourceKind(response.request().resourceType(), response.headers()['content-type']);
    if (kind !== 'other') responses.push(response.body().then((body) => ({ url: response.url(), kind, raw: body.length, gzip: gzipBytes(body) })));
  });
  await page.goto(PAGE_TYPES.diagnosticCoordination);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Agregar los enlaces' })).toBeDisabled();
  await page.waitForLoadState('networkidle');
  const ready = summarizeResponses(await Promise.all(responses));
  test.info().annotations.push({
    type: 'bytes',
    description: `coordinators' view: first load ${formatBytes(first)} gzip; ready ${formatBytes(ready.pageGzip)} (HTML ${formatBytes(ready.html.gzip)}, CSS ${formatBytes(ready.css.gzip)}, JS ${formatBytes(ready.js.gzip)} in ${ready.js.requests} files)`,
  });
  expect(first, `${PAGE_TYPES.diagnosticCoordination} first load (HTML + CSS + eager JS), gzip`).toBeLessThanOrEqual(40 * KB);
  expect(ready.js.requests).toBeGreaterThan(0);
  expect(ready.pageGzip, `${PAGE_TYPES.diagnosticCoordination} with its island ready (HTML + CSS + JS), gzip`).toBeLessThanOrEqual(55 * KB);
});

test('a results table page loads at most 100 KB of JavaScript (gzip) with its chart drawn', async ({ page }) => {
  const total = recordScripts(page);
  await page.goto(PAGE_TYPES.resultTable);
  const charts = page.locator('.chart-box');
  expect(await charts.count()).toBeGreaterThan(0);
  for (const chart of await charts.all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.chart-box__pending')).toHaveCount(0);
  }
  await page.waitForLoadState('networkidle');
  const { files, bytes } = await total();
  test.info().annotations.push({ type: 'bytes', description: `results table page JavaScript: ${bytes} B gzip in ${files} files` });
  expect(files).toBeGreaterThan(0);
  expect(bytes, `${PAGE_TYPES.resultTable} JavaScript, gzip`).toBeLessThanOrEqual(100 * KB);
});

test('the word list for «¿Quiso decir…?» is at most 20 KB (gzip), and no page loads it by itself', () => {
  const bytes = gzipBytes(readFileSync(join(DIST, SEARCH_WORDS_URL)));
  test.info().annotations.push({ type: 'bytes', description: `${SEARCH_WORDS_URL}: ${formatBytes(bytes)} gzip` });
  expect(bytes).toBeLessThanOrEqual(20 * KB);
  // Fetched by the search page only when a search may have a misspelt word (src/scripts/search-page.ts), never linked or preloaded.
  expect(ALL_PAGES.filter((page) => htmlOf(page).includes(SEARCH_WORDS_URL))).toEqual([]);
});

test('the first search query transfers at most 150 KB', async ({ page }) => {
  await page.goto(PAGE_TYPES.search);
  await page.waitForLoadState('networkidle');
  // From here: what typing a query and waiting for its results costs (as a compressing server sends it).
  const transfers: Promise<{ url: string; bytes: number }>[] = [];
  page.on('response', (response) => {
    transfers.push(
      response
        .body()
        .then((body) => ({ url: new URL(response.url()).pathname, bytes: transferredBytes(body.length, gzipBytes(body)) }))
        .catch(() => ({ url: response.url(), bytes: 0 })),
    );
  });
  const input = page.locator('[data-search-root] input[type="search"]');
  await input.fill('gestión de casos');
  await input.press('Enter');
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const responses = await Promise.all(transfers);
  const bytes = responses.reduce((sum, response) => sum + response.bytes, 0);
  test.info().annotations.push({ type: 'bytes', description: `first search query: ${formatBytes(bytes)} in ${responses.length} responses` });
  expect(bytes, `first query on ${PAGE_TYPES.search}: ${responses.length} responses`).toBeLessThanOrEqual(150 * KB);
});
