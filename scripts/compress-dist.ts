/**
 * Writes a .gz and a .br next to every text file of the built site, so nginx serves them as they are
 * (gzip_static, brotli_static in deploy/nginx.conf) at the best compression, instead of compressing
 * on every request. The last step of `npm run build`, after the service worker. Skips /admin/ (for
 * editors only; compressed on the fly) and Pagefind's index files (compressed already).
 *
 * Env: DIST (dist).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const DIST = process.env.DIST ?? 'dist';
const TEXT = /\.(html|css|js|mjs|json|svg|csv|xml|txt|webmanifest|wasm)$/;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && TEXT.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name))
  .filter((path) => !path.startsWith(join(DIST, 'admin')));

let raw = 0;
let compressed = 0;
await Promise.all(
  files.map(async (path) => {
    const content = await readFile(path);
    const [gzipped, brotlied] = await Promise.all([
      gz(content, { level: 9 }),
      brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    ]);
    await Promise.all([writeFile(`${path}.gz`, gzipped), writeFile(`${path}.br`, brotlied)]);
    raw += content.length;
    compressed += brotlied.length;
  }),
);
console.log(`compress-dist: ${files.length} files, ${(raw / 1024).toFixed(0)} KB → ${(compressed / 1024).toFixed(0)} KB brotli (.gz and .br written beside each)`);
