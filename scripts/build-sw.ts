/**
 * Writes dist/sw.js, the service worker, with Workbox (workbox-build's injectManifest). The last step
 * of `npm run build`: it runs after Pagefind, so the search index can be precached.
 *
 * What it precaches comes from src/lib/offline.ts: the built pages of the offline sections and the
 * offline page, every CSS/JS/image file those pages load (following the bundles' imports, so the
 * diagnostic's chart loaded on demand is there too), and what Pagefind needs to search offline (its
 * core, index and filters, and the excerpts of the precached pages), with the word list «¿Quiso decir…?»
 * reads when a query finds nothing. It refuses to precache /admin/,
 * the data downloads or a source map, and fails if /sin-conexion/ does not list exactly the precached
 * pages. What the precache costs a first visit is printed by scripts/compress-dist.ts, which has the
 * compressed sizes at hand.
 *
 * Env: DIST (dist), SW_DEST (where to write it, DIST/sw.js; `npm start`'s rebuilder writes it beside the
 * served site and renames it into place).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { injectManifest } from 'workbox-build';
import {
  OFFLINE_PAGE,
  SERVICE_WORKER_URL,
  bundleAssetUrls,
  fileOfUrl,
  isNeverCached,
  isOfflinePage,
  pageAssetUrls,
  pagefindCoreFiles,
  pagefindFragmentUrl,
  urlOfFile,
  type PagefindEntry,
} from '../src/lib/offline.ts';
import { SEARCH_WORDS_URL } from '../src/lib/search-suggestion.ts';
import { precacheUrls } from '../src/lib/precache-cost.ts';

const DIST = process.env.DIST ?? 'dist';
const SW_SOURCE = 'src/service-worker/sw.ts';

const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length + 1).replace(/\\/g, '/'));
const builtFiles = new Set(files);
const fail = (message: string): never => {
  console.error(`build-sw: ${message}`);
  process.exit(1);
};

// 1. The pages.
const pages = files.filter((file) => file.endsWith('index.html') && isOfflinePage(urlOfFile(file)));
if (!pages.some((file) => urlOfFile(file) === OFFLINE_PAGE)) fail(`${OFFLINE_PAGE} was not built`);

// 2. Everything they load, following imports inside bundles.
const assets = new Set<string>();
const queue = pages.flatMap((file) => pageAssetUrls(readFileSync(join(DIST, file), 'utf8')).map((url) => ({ url, from: file })));
while (queue.length > 0) {
  const { url, from } = queue.shift()!;
  const file = fileOfUrl(url);
  if (!builtFiles.has(file)) fail(`${from} loads ${url}, which is not in ${DIST}/`);
  if (assets.has(file)) continue;
  assets.add(file);
  if (/\.(m?js|css)$/.test(file)) {
    for (const next of bundleAssetUrls(readFileSync(join(DIST, file), 'utf8'), url)) queue.push({ url: next, from: file });
  }
}

// 3. Search: Pagefind's core, index and filters, and the excerpts of the precached pages.
const entryFile = join(DIST, 'pagefind/pagefind-entry.json');
if (!existsSync(entryFile)) fail('no Pagefind index in dist/pagefind/: run this after `pagefind --site dist`');
const pagefind = pagefindCoreFiles(JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry, files);
const fragments = files.filter((file) => file.startsWith('pagefind/fragment/'));
const offlineFragments = fragments.filter((file) => {
  const url = pagefindFragmentUrl(gunzipSync(readFileSync(join(DIST, file))).toString('utf8'));
  if (!url) fail(`cannot read the page of the Pagefind fragment ${file}`);
  return isOfflinePage(new URL(url!, 'https://portal.invalid').pathname);
});

// The suggestions' word list (scripts/build-search-index.ts writes it beside the index).
const searchWords = SEARCH_WORDS_URL.slice(1);
if (!files.includes(searchWords)) fail(`no ${SEARCH_WORDS_URL} in ${DIST}/: run this after scripts/build-search-index.ts`);

const precache = [...pages, ...assets, ...pagefind, ...offlineFragments, searchWords];
const refused = precache.filter((file) => isNeverCached(urlOfFile(file)));
if (refused.length > 0) fail(`refusing to precache ${refused.join(', ')}`);

// 4. The offline page lists exactly the precached pages.
const offlineHtml = readFileSync(join(DIST, OFFLINE_PAGE, 'index.html'), 'utf8');
const listed = new Set(
  [...offlineHtml.matchAll(/<a\b[^>]*\bdata-offline-link\b[^>]*>/g)].map((match) => /\bhref="([^"#?]+)"/.exec(match[0])?.[1] ?? ''),
);
if (listed.size === 0) fail(`${OFFLINE_PAGE} lists no page (links marked data-offline-link)`);
const precachedPages = new Set(pages.map(urlOfFile).filter((url) => url !== OFFLINE_PAGE));
const notListed = [...precachedPages].filter((url) => !listed.has(url));
const notPrecached = [...listed].filter((url) => !precachedPages.has(url));
if (notListed.length > 0 || notPrecached.length > 0) {
  fail(
    `${OFFLINE_PAGE} and the precache differ (both come from src/lib/offline.ts and src/content.ts offlinePages()).` +
      (notListed.length ? `\n  precached but not listed: ${notListed.join(', ')}` : '') +
      (notPrecached.length ? `\n  listed but not precached: ${notPrecached.join(', ')}` : ''),
  );
}

// 5. The service worker: bundle the source, then let Workbox inject the precache list.
const work = mkdtempSync(join(tmpdir(), 'integra-sw-'));
const bundled = join(work, 'sw.js');
buildSync({
  entryPoints: [SW_SOURCE],
  outfile: bundled,
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});
const swDest = process.env.SW_DEST ?? join(DIST, SERVICE_WORKER_URL.slice(1));
const { count, warnings } = await injectManifest({
  swSrc: bundled,
  swDest,
  globDirectory: DIST,
  globPatterns: precache,
  globIgnores: [],
  // Hashed names: fetched once and kept until they leave the list.
  dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/,
  manifestTransforms: [async (entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: urlOfFile(entry.url) })), warnings: [] })],
});
rmSync(work, { recursive: true, force: true });
for (const warning of warnings) console.warn(`build-sw: ${warning}`);
if (count !== precache.length) fail(`Workbox precaches ${count} files, expected ${precache.length}`);
// What the worker really got: the list as written into sw.js.
const injected = precacheUrls(readFileSync(swDest, 'utf8'));
if (injected.length !== count) fail(`sw.js lists ${injected.length} URLs, Workbox said ${count}`);
if (injected.some(isNeverCached)) fail(`a refused URL reached sw.js: ${injected.filter(isNeverCached).join(', ')}`);

console.log(`Service worker ${SERVICE_WORKER_URL}: precache: ${count} URLs (scripts/compress-dist.ts prints what they cost a first visit)`);
