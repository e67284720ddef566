/**
 * Writes a .gz and a .br next to every text file of the built site, so nginx serves them as they are
 * (gzip_static, brotli_static in deploy/nginx.conf), compressed harder than on the fly, instead of compressing
 * on every request. Skips /admin/ (for editors only; compressed on the fly) and Pagefind's index files
 * (compressed already).
 *
 * Run after `npm run build` where a plain static host serves the site (README, «Deploy»); `npm test` runs it
 * too, since it serves dist/ through nginx. Cloudflare Pages compresses what it serves and has no use for them.
 *
 * Brotli (BROTLI_QUALITY) is most of the compression time, and most files are the same from
 * one build to the next (a published text changes a page or two): the compressed bytes are kept by the
 * SHA-256 of the file in COMPRESS_CACHE (node_modules/.cache/integra-compress), and an entry unused for
 * CACHE_DAYS days is removed. Same input, same bytes: the build stays reproducible.
 *
 * When dist/sw.js exists it also prints what a first visit's precache costs a reader (gzip and brotli,
 * as the server sends them), from the sizes it has at hand.
 *
 * Env: DIST (dist), COMPRESS_CACHE.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { SERVICE_WORKER_URL } from '../src/lib/offline-cache.ts';
import { fileOfUrl } from '../src/lib/offline.ts';
import { formatPrecacheCost, precacheUrls } from '../src/lib/precache-cost.ts';

const DIST = process.env.DIST ?? 'dist';
const CACHE = process.env.COMPRESS_CACHE ?? join('node_modules', '.cache', 'integra-compress');
const CACHE_DAYS = 14;
/**
 * Brotli quality 10, not 11 (the best): on this site's files 11 gives 1.9 % fewer bytes for 2.7 times the
 * time (7.1 MB of text: 1.85 MB in 5.2 s at 10, 1.81 MB in 13.9 s at 11, one core); a cold build of
 * 1,000 pages spent most of its time there.
 */
const BROTLI_QUALITY = 10;
const GZIP_LEVEL = 9;
/** Cache entries are named by content hash and settings: a change of settings never serves old bytes. */
const BROTLI_KIND = `br${BROTLI_QUALITY}`;
const GZIP_KIND = `gz${GZIP_LEVEL}`;
const TEXT = /\.(html|css|js|mjs|json|svg|csv|xml|txt|webmanifest|wasm)$/;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && TEXT.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name))
  .filter((path) => !path.startsWith(join(DIST, 'admin')));

/** A compressed copy from the cache, or made and put there. */
async function cached(hash: string, kind: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(CACHE, `${hash}.${kind}`);
  try {
    const bytes = await readFile(file);
    const now = new Date();
    utimesSync(file, now, now); // used: kept another CACHE_DAYS days
    return bytes;
  } catch {
    const bytes = await make();
    await writeFile(file, bytes);
    return bytes;
  }
}

mkdirSync(CACHE, { recursive: true });
let fromCache = 0;
await Promise.all(
  files.map(async (path) => {
    const content = await readFile(path);
    const hash = createHash('sha256').update(content).digest('hex');
    if (existsSync(join(CACHE, `${hash}.${BROTLI_KIND}`)) && existsSync(join(CACHE, `${hash}.${GZIP_KIND}`))) fromCache++;
    const [gzipped, brotlied] = await Promise.all([
      cached(hash, GZIP_KIND, () => gz(content, { level: GZIP_LEVEL })),
      cached(hash, BROTLI_KIND, () =>
        brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
      ),
    ]);
    await Promise.all([writeFile(`${path}.gz`, gzipped), writeFile(`${path}.br`, brotlied)]);
  }),
);

// Cache entries not used for CACHE_DAYS days go (the cache would otherwise keep every page ever built).
const oldest = Date.now() - CACHE_DAYS * 24 * 3600 * 1000;
await Promise.all(
  readdirSync(CACHE).map(async (name) => {
    const path = join(CACHE, name);
    if ((await stat(path)).mtimeMs < oldest) await rm(path, { force: true });
  }),
);
console.log(`compress-dist: ${files.length} files, ${fromCache} of them from the cache`);

// What a first visit's precache costs, once the service worker is there.
const sw = join(DIST, SERVICE_WORKER_URL.slice(1));
if (existsSync(sw)) {
  const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : undefined);
  const urls = precacheUrls(readFileSync(sw, 'utf8'));
  console.log(
    formatPrecacheCost(
      urls.map((url) => {
        const file = join(DIST, fileOfUrl(url));
        const raw = statSync(file).size;
        // Pagefind's index and WebAssembly are gzip already: a server sends them as they are.
        return { url, raw, gzip: sizeOf(`${file}.gz`) ?? raw, brotli: sizeOf(`${file}.br`) ?? raw };
      }),
      { sw: statSync(sw).size, swGzip: statSync(`${sw}.gz`).size },
    ),
  );
}
