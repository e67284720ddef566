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
 * pages. It prints how many bytes a first visit's precache transfers (gzip and brotli, as a server
 * that compresses would send them).
 *
 * Env: DIST (dist), SW_DEST (where to write it, DIST/sw.js; `npm start`'s rebuilder writes it beside the
 * served site and renames it into place). --no-size-report skips the compressed sizes (most of the time
 * this step takes: brotli at its best over every precached file), which only a person reading the build needs.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { injectManifest } from 'workbox-build';
import {
  OFFLINE_PAGE,
  SERVICE_WORKER_URL,
  bundleAssetUrls,
  isNeverCached,
  isOfflinePage,
  pageAssetUrls,
  pagefindCoreFiles,
  pagefindFragmentUrl,
  urlOfFile,
  type PagefindEntry,
} from '../src/lib/offline.ts';
import { SEARCH_WORDS_URL } from '../src/lib/search-suggestion.ts';

const DIST = process.env.DIST ?? 'dist';
const SW_SOURCE = 'src/service-worker/sw.ts';

const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length + 1).replace(/\\/g, '/'));
const fileOfUrl = new Map(files.map((file) => [urlOfFile(file), file]));
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
  const file = fileOfUrl.get(url);
  if (!file) fail(`${from} loads ${url}, which is not in ${DIST}/`);
  if (assets.has(file!)) continue;
  assets.add(file!);
  if (/\.(m?js|css)$/.test(file!)) {
    for (const next of bundleAssetUrls(readFileSync(join(DIST, file!), 'utf8'), url)) queue.push({ url: next, from: file! });
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
const injected = [...readFileSync(swDest, 'utf8').matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);
if (injected.length !== count) fail(`sw.js lists ${injected.length} URLs, Workbox said ${count}`);
if (injected.some(isNeverCached)) fail(`a refused URL reached sw.js: ${injected.filter(isNeverCached).join(', ')}`);

if (process.argv.includes('--no-size-report')) {
  console.log(`Service worker ${SERVICE_WORKER_URL}: precache: ${count} URLs`);
  process.exit(0);
}

// 6. What it costs a reader: the bytes of the first-visit precache, compressed as a server would send them.
const sizes = precache.map((file) => {
  const body = readFileSync(join(DIST, file));
  // Pagefind's index and WebAssembly files are gzip already: a server sends them as they are.
  const compressed = /\.(pf_index|pf_fragment|pf_filter|pf_meta|pagefind)$/.test(file);
  return {
    file,
    raw: body.length,
    gzip: compressed ? body.length : gzipSync(body, { level: 9 }).length,
    brotli: compressed ? body.length : brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const sum = (list: typeof sizes, key: 'raw' | 'gzip' | 'brotli') => list.reduce((total, size) => total + size[key], 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const groups: [string, typeof sizes][] = [
  ['pages', sizes.filter((size) => size.file.endsWith('.html'))],
  ['CSS/JS/images', sizes.filter((size) => assets.has(size.file))],
  ['search index', sizes.filter((size) => size.file.startsWith('pagefind/') || size.file === searchWords)],
];
const sw = readFileSync(swDest);
console.log(`\nService worker ${SERVICE_WORKER_URL}: ${kb(sw.length)} (${kb(gzipSync(sw, { level: 9 }).length)} gzip); precache: ${count} URLs`);
for (const [name, list] of groups) {
  console.log(`  ${name.padEnd(14)} ${String(list.length).padStart(4)} files  ${kb(sum(list, 'raw')).padStart(10)} raw  ${kb(sum(list, 'gzip')).padStart(10)} gzip  ${kb(sum(list, 'brotli')).padStart(10)} brotli`);
}
console.log(`  ${'total'.padEnd(14)} ${String(count).padStart(4)} files  ${kb(sum(sizes, 'raw')).padStart(10)} raw  ${kb(sum(sizes, 'gzip')).padStart(10)} gzip  ${kb(sum(sizes, 'brotli')).padStart(10)} brotli`);
