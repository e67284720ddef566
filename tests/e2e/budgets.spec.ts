/**
 * Byte budgets of the built site, from DESIGN's quality bars. Sizes are stable, time is not: the
 * timings and Lighthouse scores are in `npm run bench`. Gzip sizes are computed here (level 9), since
 * the preview server does not compress; a failure names the page and its bytes.
 */
import { test, expect, type Page, type Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FIRST_LOAD_TARGET,
  KB,
  SEARCH_VISIT_QUERIES,
  SEARCH_VISIT_TARGET,
  formatBytes,
  gzipBytes,
  resourceKind,
  summarizeResponses,
  transferredBytes,
  type ResponseRecord,
} from '../../src/lib/bench.ts';
import { DIST, PAGE_TYPES, sitemapPaths } from './site.ts';
import { SEARCH_WORDS_URL } from '../../src/lib/search-suggestion.ts';
import { PAGE_SCRIPT } from '../../src/lib/site.ts';

/** The built file of a page path: "/" → dist/index.html; the not-found page is dist/404.html. */
const fileOf = (page: string) => (page === '/404.html' ? join(DIST, '404.html') : join(DIST, page, 'index.html'));
const htmlOf = (page: string) => readFileSync(fileOf(page), 'utf8');
/** Gzip bytes of built files (URLs of the site, as pages link them), each counted as it is sent. */
const gzipOfFiles = (urls: Iterable<string>) => [...urls].reduce((sum, url) => sum + gzipBytes(readFileSync(join(DIST, url))), 0);
/** Every page of the sitemap, and the not-found page. */
const ALL_PAGES = [...sitemapPaths(), '/404.html'];

/**
 * The JavaScript a page's HTML loads by itself: external scripts (read from dist/) and inline ones.
 * The inline script every page carries (PAGE_SCRIPT: the `js` mark and the print date) is counted apart, in `pageScript`.
 */
function scriptsOf(html: string): { files: string[]; inline: string[]; pageScript: number } {
  const files: string[] = [];
  const inline: string[] = [];
  let pageScript = 0;
  for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) files.push(src);
    else if (body === PAGE_SCRIPT) pageScript++;
    else if (!/type="application\/(ld\+)?json"/.test(attributes)) inline.push(body);
  }
  return { files, inline, pageScript };
}

/** Gzip bytes of a page's own scripts: each file as it is sent, the inline ones together. */
function scriptBytes(html: string): number {
  const { files, inline } = scriptsOf(html);
  return gzipOfFiles(files) + (inline.length ? gzipBytes(inline.join('\n')) : 0);
}

/** The screen stylesheets a page links (paper's, media="print", never holds up the screen and is not among them). */
function screenStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .filter((match) => !/\smedia="print"/.test(match[0]))
    .map((match) => /href="([^"]+)"/.exec(match[0])![1]);
}

/** Gzip bytes of the CSS a page's HTML loads for the screen: each linked stylesheet, plus inline <style> blocks. */
function cssBytes(html: string): number {
  const linked = screenStylesheets(html);
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  return gzipOfFiles(linked) + (inline.length ? gzipBytes(inline.join('\n')) : 0);
}

/**
 * Pages with no island that still run a small script of their own, each on purpose; every other
 * page without an island must have no script at all.
 */
const PAGE_SCRIPTS: { pages: RegExp; purpose: string; maxGzip: number }[] = [
  { pages: /^\/resultados\/[a-z0-9-]+\/$|^\/campana\//, purpose: "a results chart's loader: Chart.js only when the chart scrolls into view", maxGzip: 1 * KB },
  { pages: /^\/buscar\/$/, purpose: 'the search page loads the search when the reader starts to search (its own budgets below)', maxGzip: 2 * KB },
  {
    pages: /^\/aprende-trabaja-emprende\/(en-marcha-digital\/)?[^/]+\/$/,
    purpose: "a module page's quiz loader (QuizStart.astro), which fetches the island and its questions when the reader reaches the quiz, and the offline support",
    maxGzip: 2 * KB,
  },
  { pages: /^\/privacidad\/$/, purpose: "the privacy page's «erase this device's data» button", maxGzip: 2 * KB },
  { pages: /\/guia-facilitador\/$/, purpose: "a trainer guide's print button, shown only where it works", maxGzip: 1 * KB },
  { pages: /^\/diagnostico\/guia-de-facilitacion\/$/, purpose: "the diagnostic facilitation guide's print button, as a trainer guide's", maxGzip: 1 * KB },
];

test('every page carries its inline script (the `js` mark, the print date) once, within 512 B (gzip)', () => {
  expect(gzipBytes(PAGE_SCRIPT)).toBeLessThanOrEqual(512);
  const wrong = ALL_PAGES.filter((page) => scriptsOf(htmlOf(page)).pageScript !== 1);
  expect(wrong, 'pages without the inline script, or with it twice').toEqual([]);
});

test('pages without an island load no JavaScript but the inline script every page has, except the page scripts declared here, each within its budget', () => {
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

/** Pages of these sections held to another first load, and why. */
const FIRST_LOAD_EXCEPTIONS: Record<string, number> = {
  // Every definition on one page, opened on request to read straight through or print: what it weighs today, held so it cannot grow.
  '/glosario/completo/': 15 * KB,
};

test('the glossary and every term page, the results page and every table page load within 14 KB at first (HTML, CSS, eager JS; gzip), the complete glossary within 15 KB', () => {
  const pages = ALL_PAGES.filter((page) => /^\/(glosario|resultados)\/([a-z0-9-]+\/)?$/.test(page));
  expect(pages.filter((page) => page.startsWith('/glosario/')).length).toBeGreaterThan(40);
  expect(pages.filter((page) => page.startsWith('/resultados/')).length).toBeGreaterThan(15);
  const over: string[] = [];
  let largest = { page: '', bytes: 0 };
  for (const page of pages) {
    const { html, css, js, total } = firstLoadBytes(htmlOf(page));
    if (total > largest.bytes) largest = { page, bytes: total };
    if (total > (FIRST_LOAD_EXCEPTIONS[page] ?? 14 * KB)) over.push(`${page}: ${formatBytes(total)} (HTML ${formatBytes(html)}, CSS ${formatBytes(css)}, JS ${formatBytes(js)})`);
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

test("every page links paper's stylesheet once, for print only, after its screen styles", () => {
  const wrong: string[] = [];
  for (const page of ALL_PAGES) {
    const html = htmlOf(page);
    const print = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*\smedia="print"[^>]*>/g)];
    if (print.length !== 1) {
      wrong.push(`${page}: ${print.length} print stylesheets`);
      continue;
    }
    // Later in the document wins on paper: every screen rule must come before it.
    const lastScreen = Math.max(
      ...[...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>|<style\b/g)].filter((match) => !/media="print"/.test(match[0])).map((match) => match.index),
    );
    if (lastScreen > print[0].index) wrong.push(`${page}: a screen stylesheet comes after paper's`);
  }
  expect(wrong).toEqual([]);
});

test('the stylesheet every page shares stays within 4 KB gzip', () => {
  const perPage = ALL_PAGES.map((page) => new Set(screenStylesheets(htmlOf(page))));
  const shared = [...perPage[0]].filter((href) => perPage.every((set) => set.has(href)));
  expect(shared.length, 'one stylesheet linked by every page').toBe(1);
  const bytes = gzipBytes(readFileSync(join(DIST, shared[0])));
  test.info().annotations.push({ type: 'bytes', description: `${shared[0]}: ${formatBytes(bytes)} gzip` });
  expect(bytes, `${shared[0]} gzip`).toBeLessThanOrEqual(4 * KB);
});

/**
 * The scripts a module script loads before it runs: its static imports, and theirs ("./x.js" beside it). Not
 * its dynamic import()s, which wait for the page to ask (a module page's quiz island, when the reader reaches it).
 */
function eagerModules(src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(DIST, src), 'utf8');
  for (const [, specifier] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+)["']/g)) {
    eagerModules(new URL(specifier, `https://portal.invalid${src}`).pathname, seen);
  }
  return seen;
}

/** A page's first load as `npm run bench` counts it: HTML, the CSS it links, its scripts with their static imports (gzip). */
function firstLoadBytes(html: string): { html: number; css: number; js: number; total: number } {
  const htmlBytes = gzipBytes(html);
  const css = gzipOfFiles(screenStylesheets(html));
  const modules = new Set<string>();
  for (const src of scriptsOf(html).files) eagerModules(src, modules);
  const js = gzipOfFiles(modules);
  return { html: htmlBytes, css, js, total: htmlBytes + css + js };
}

/**
 * Every module (and trainer-programme session) page and every trainer guide, from the sitemap, within its
 * first-load budget: HTML, CSS and first-paint JavaScript, gzip; and within a budget for what is the page's
 * own (HTML and JavaScript), the shared stylesheet aside (held within 4 KB above). A module page's quiz loads its questions and island when the reader reaches it (not
 * counted here: «the quiz page loads at most 15 KB of JavaScript» below). A trainer guide is one printable
 * document whose step-by-step notes and materials trainers print together: its budget is what it weighs
 * today, held so it cannot grow.
 */
const FIRST_LOAD_BUDGETS: { kind: string; pages: RegExp; maxGzip: number; maxOwnGzip: number; atLeast: number }[] = [
  {
    kind: 'module page',
    pages: /^\/(aprende-trabaja-emprende\/(en-marcha-digital\/)?|formacion-de-formadores\/)(?!en-marcha-digital\/|evaluacion-)[^/]+\/$/,
    // Issue #22's aim: the first round trip.
    maxGzip: FIRST_LOAD_TARGET,
    maxOwnGzip: 10 * KB,
    atLeast: 28,
  },
  { kind: 'trainer guide', pages: /\/guia-facilitador\/$/, maxGzip: 22.25 * KB, maxOwnGzip: 18.75 * KB, atLeast: 28 },
];

for (const { kind, pages, maxGzip, maxOwnGzip, atLeast } of FIRST_LOAD_BUDGETS) {
  test(`every ${kind} loads at most ${formatBytes(maxGzip)} first, ${formatBytes(maxOwnGzip)} of it its own (HTML, CSS, first-paint JavaScript; gzip)`, () => {
    const matching = ALL_PAGES.filter((page) => pages.test(page));
    expect(matching.length, `${kind}s in the sitemap`).toBeGreaterThanOrEqual(atLeast);
    const over: string[] = [];
    let largest = { page: '', bytes: 0 };
    for (const page of matching) {
      const bytes = firstLoadBytes(htmlOf(page));
      if (bytes.total > largest.bytes) largest = { page, bytes: bytes.total };
      if (bytes.total > maxGzip || bytes.html + bytes.js > maxOwnGzip) {
        over.push(`${page}: ${formatBytes(bytes.total)} (HTML ${formatBytes(bytes.html)}, CSS ${formatBytes(bytes.css)}, JS ${formatBytes(bytes.js)})`);
      }
    }
    test.info().annotations.push({ type: 'bytes', description: `${matching.length} ${kind}s; largest first load: ${largest.page}, ${formatBytes(largest.bytes)} gzip` });
    expect(over, `${kind}s over ${formatBytes(maxGzip)} first load or ${formatBytes(maxOwnGzip)} of HTML and JavaScript`).toEqual([]);
  });
}

test('the search page loads at most 2 KB of its own JavaScript (gzip); the search itself loads when the reader starts', () => {
  const html = htmlOf(PAGE_TYPES.search);
  expect(scriptsOf(html).files.length + scriptsOf(html).inline.length).toBeGreaterThan(0);
  const bytes = scriptBytes(html);
  test.info().annotations.push({ type: 'bytes', description: `search page script: ${bytes} B gzip` });
  expect(bytes, `${PAGE_TYPES.search} own JavaScript, gzip`).toBeLessThanOrEqual(2 * KB);
});

// In the browser: what the islands really load once they hydrate.

/**
 * Records the gzip size of every script the page receives from now on, and of its inline scripts but the
 * inline script every page has (its own budget above).
 */
function recordScripts(page: Page) {
  const sizes: Promise<number>[] = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() === 'script') sizes.push(response.body().then(gzipBytes));
  });
  return async () => {
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((elements, pageScript) => elements.map((e) => e.textContent ?? '').filter((text) => text !== pageScript).join('\n'), PAGE_SCRIPT);
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

/**
 * The JavaScript an island's first paint needs: its component and renderer modules and every module they
 * import statically, each counted once. What they load with import() comes later, when asked for.
 */
function islandStaticModules(islandTag: string): string[] {
  const queue = [...islandTag.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)].map((match) => match[1]);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(DIST, url), 'utf8');
    // `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; not `import("./x.js")`.
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(new URL(match[1], `https://portal.invalid${url}`).pathname);
  }
  return [...seen];
}

/**
 * The diagnostic's first load, as its HTML asks for it: the page, its CSS, its scripts and its client:load island's
 * modules. 36.25 KB: today's weight (36.1 KB, with the Spanish file picker) and a little room; #22's aim is 40 KB.
 */
const DIAGNOSTIC_FIRST_LOAD = 36.25 * KB;

test('the diagnostic: first load within 36.25 KB (HTML, CSS, first-paint JavaScript; gzip); the questionnaire and results come when opened', async ({ page }) => {
  const html = htmlOf(PAGE_TYPES.diagnostic);
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((match) => match[0]);
  expect(islands, 'the diagnostic has one island, which starts on load').toHaveLength(1);
  expect(islands[0]).toContain('client="load"');
  const modules = islandStaticModules(islands[0]);
  // Inline styles and scripts are in the HTML's bytes; files are counted as they are sent.
  const parts = { html: gzipBytes(html), css: gzipOfFiles(screenStylesheets(html)), scripts: gzipOfFiles(scriptsOf(html).files), island: gzipOfFiles(modules) };
  const first = parts.html + parts.css + parts.scripts + parts.island;
  const detail = `HTML ${formatBytes(parts.html)}, CSS ${formatBytes(parts.css)}, page scripts ${formatBytes(parts.scripts)}, island ${formatBytes(parts.island)} in ${modules.length} modules`;
  test.info().annotations.push({ type: 'bytes', description: `diagnostic first load: ${formatBytes(first)} gzip (${detail})` });
  expect(first, `${PAGE_TYPES.diagnostic} first load, gzip: ${detail}`).toBeLessThanOrEqual(DIAGNOSTIC_FIRST_LOAD);

  // In the browser: the list of assessments is ready without the questionnaire's code, stylesheet or texts…
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(PAGE_TYPES.diagnostic);
  await expect(page.getByRole('heading', { level: 2, name: 'Sus autodiagnósticos' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const workspace = (urls: string[]) => urls.filter((url) => /\/(Questionnaire|Results|workspace)\.[^/]+\.(js|css)$/.test(url));
  expect(workspace(requested), 'loaded before the questionnaire was opened').toEqual([]);
  // …which come when an assessment is started.
  await page.getByLabel('Municipio', { exact: true }).selectOption({ label: 'Quito' });
  await page.getByRole('button', { name: 'Empezar', exact: true }).click();
  await expect(page.locator('fieldset.diagnostic__indicator').first()).toBeVisible();
  expect(workspace(requested).map((url) => url.replace(/\.[^/.]+\.(js|css)$/, '.$1')).sort()).toEqual(['/_astro/Questionnaire.js', '/_astro/Results.js', '/_astro/workspace.css']);
  expect(requested).toContain('/diagnostico/instrumento.json');
});

test('the coordinators\' view: first load within 25 KB (HTML, CSS, eager JavaScript; gzip), and within 50.5 KB once its island is ready', async ({ page }) => {
  // The first load as `npm run bench` counts it: the page and what it loads by itself. The island waits for the
  // browser to be idle (client:idle), so the reader gets the page's text first.
  const html = htmlOf(PAGE_TYPES.diagnosticCoordination);
  expect(html, 'the island hydrates when the browser is idle').toContain('client="idle"');
  const first = gzipBytes(html) + gzipOfFiles(screenStylesheets(html)) + gzipOfFiles(scriptsOf(html).files);

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
  expect(first, `${PAGE_TYPES.diagnosticCoordination} first load (HTML + CSS + eager JS), gzip`).toBeLessThanOrEqual(25 * KB);
  expect(ready.js.requests).toBeGreaterThan(0);
  // 50.5 KB: today's weight (50.2 KB, with the Spanish file picker) and a little room.
  expect(ready.pageGzip, `${PAGE_TYPES.diagnosticCoordination} with its island ready (HTML + CSS + JS), gzip`).toBeLessThanOrEqual(50.5 * KB);
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
  // Fetched by the search page only when a search may have a misspelt word (src/scripts/search-results.ts), never linked or preloaded.
  expect(ALL_PAGES.filter((page) => htmlOf(page).includes(SEARCH_WORDS_URL))).toEqual([]);
});

/** Records every response of the page from now on, as `npm run bench` counts them: raw, gzip, and as a compressing server sends it. */
function recordResponses(page: Page) {
  const records: Promise<ResponseRecord>[] = [];
  page.on('response', (response: Response) => {
    const kind = resourceKind(response.request().resourceType(), response.headers()['content-type']);
    records.push(
      response
        .body()
        .then((body) => ({ url: new URL(response.url()).pathname, kind, raw: body.length, gzip: gzipBytes(body) }))
        .catch(() => ({ url: new URL(response.url()).pathname, kind, raw: 0, gzip: 0 })),
    );
  });
  return () => Promise.all(records);
}

test('the search page\'s first load is within 14 KB (HTML, CSS, JavaScript; gzip), with nothing of Pagefind until the reader starts to search', async ({ page }) => {
  const responses = recordResponses(page);
  await page.goto(PAGE_TYPES.search);
  await page.waitForLoadState('networkidle');
  const first = await responses();
  const load = summarizeResponses(first);
  test.info().annotations.push({
    type: 'bytes',
    description: `search page first load: ${formatBytes(load.pageGzip)} gzip (HTML ${formatBytes(load.html.gzip)}, CSS ${formatBytes(load.css.gzip)}, JS ${formatBytes(load.js.gzip)} in ${load.js.requests} files)`,
  });
  expect(first.filter((response) => response.url.startsWith('/pagefind/')).map((response) => response.url), 'Pagefind files in the first load').toEqual([]);
  expect(load.pageGzip, `${PAGE_TYPES.search} first load (HTML + CSS + JS), gzip`).toBeLessThanOrEqual(FIRST_LOAD_TARGET);
  // The reader's first move towards searching starts loading it.
  const engine = page.waitForResponse((response) => new URL(response.url()).pathname === '/pagefind/pagefind.js');
  await page.getByRole('searchbox', { name: 'Qué busca' }).focus();
  await engine;
});

for (const query of SEARCH_VISIT_QUERIES) {
  test(`a whole search visit for «${query}» transfers at most 150 KB: the page, Pagefind, its index and the results shown`, async ({ page }) => {
    // From opening the page to the query's results, as a compressing server sends each response.
    const responses = recordResponses(page);
    await page.goto(PAGE_TYPES.search);
    await page.waitForLoadState('networkidle');
    const input = page.getByRole('searchbox', { name: 'Qué busca' });
    await input.fill(query);
    await input.press('Enter');
    await expect(page.locator('[data-search-status]')).toContainText(`para «${query}»`);
    await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const visit = await responses();
    const bytes = visit.reduce((sum, response) => sum + transferredBytes(response.raw, response.gzip), 0);
    const pagefind = visit.filter((response) => response.url.startsWith('/pagefind/'));
    const pagefindBytes = pagefind.reduce((sum, response) => sum + transferredBytes(response.raw, response.gzip), 0);
    const description = `search visit «${query}»: ${formatBytes(bytes)} in ${visit.length} responses, of which Pagefind ${formatBytes(pagefindBytes)} in ${pagefind.length}`;
    test.info().annotations.push({ type: 'bytes', description });
    expect(bytes, description).toBeLessThanOrEqual(SEARCH_VISIT_TARGET);
  });
}
