/**
 * The built site served by the real nginx with the project's own deploy/nginx.conf (root and port
 * changed, nothing else): the headers readers and browsers get, as declared in
 * src/lib/security-headers.ts, compression from the build's .br/.gz files, MIME types, and a service
 * worker that is never answered from file times. `.ci/run` installs nginx; without it this file skips.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { headersFor } from '../../src/lib/security-headers.ts';
import { DIST } from './site.ts';
import { NGINX, startNginx, type NginxServer } from '../support/nginx-server.ts';

test.skip(!NGINX, 'nginx is not installed (.ci/run installs it)');
test.describe.configure({ mode: 'serial' });

let server: NginxServer;
let origin = '';

test.beforeAll(async () => {
  // Copying dist/ and starting nginx: a few seconds, more on a loaded machine.
  test.setTimeout(120_000);
  // nginx serves the .br and .gz files the nginx deploy writes after the build (`npm test` does it too).
  expect(existsSync(join(DIST, 'index.html.br')), 'dist/ has .br and .gz files: run `npm run build:compress` after `npm run build`').toBe(true);
  server = await startNginx((site) => {
    // One uploaded photo, and what the build refuses as if it had reached the server anyway: the header must still disarm it.
    mkdirSync(join(site, 'imagenes'), { recursive: true });
    copyFileSync('public/imagen-para-compartir.png', join(site, 'imagenes/foto.png'));
    copyFileSync('tests/fixtures/hostile/media/script.svg', join(site, 'imagenes/script.svg'));
    copyFileSync('tests/fixtures/hostile/media/onload.svg', join(site, 'imagenes/onload.svg'));
  });
  origin = server.origin;
});

test.afterAll(() => server?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'manual' });

/** The headers nginx sent, for the names the declaration uses. */
function declaredPart(response: Response, path: string): Record<string, string> {
  return Object.fromEntries(Object.keys(headersFor(path)).map((name) => [name, response.headers.get(name) ?? '(missing)']));
}

const astroCss = () => readdirSync(join(DIST, '_astro')).find((name) => name.endsWith('.css'))!;
const decapBundle = () => `/admin/decap/${readdirSync(join(DIST, 'admin/decap'))[0]}/decap-cms.js`;
const csv = () => `/resultados/datos/${readdirSync(join(DIST, 'resultados/datos')).find((name) => name.endsWith('.csv'))}`;

test('every kind of file gets exactly the headers declared in security-headers.ts', async () => {
  const paths = ['/', '/manuales/gestion-de-casos/', `/_astro/${astroCss()}`, '/pagefind/pagefind.js', '/sw.js', '/imagenes/foto.png', csv(), '/manifest.webmanifest', '/admin/', decapBundle()];
  for (const path of paths) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(declaredPart(response, path), path).toEqual(headersFor(path));
  }
});

test('pages revalidate on every visit, so a deploy reaches returning readers; hashed assets are kept a year', async () => {
  const page = await get('/manuales/');
  expect(page.headers.get('cache-control')).toBe('no-cache');
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const etag = page.headers.get('etag');
  expect(etag).toBeTruthy();
  expect((await get('/manuales/', { 'if-none-match': etag! })).status).toBe(304);
  expect((await get(`/_astro/${astroCss()}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test('the service worker is always sent in full: no ETag or Last-Modified from file times', async () => {
  const worker = await get('/sw.js');
  expect(worker.headers.get('cache-control')).toBe('no-cache');
  expect(worker.headers.get('etag')).toBeNull();
  expect(worker.headers.get('last-modified')).toBeNull();
  const conditional = await get('/sw.js', { 'if-modified-since': new Date(Date.now() + 86_400_000).toUTCString(), 'if-none-match': '*' });
  expect(conditional.status).toBe(200);
  expect((await conditional.text()).length).toBeGreaterThan(1000);
});

test('an uploaded image is served as an image, in a sandbox that runs nothing', async () => {
  const image = await get('/imagenes/foto.png');
  expect(image.headers.get('content-type')).toBe('image/png');
  expect(image.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'");
  expect(image.headers.get('x-content-type-options')).toBe('nosniff');
});

test('an SVG with a script, opened on its own, runs nothing: no request, no dialog, no storage', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  for (const name of ['script.svg', 'onload.svg']) {
    const response = await page.goto(`${origin}/imagenes/${name}`);
    expect(response?.headers()['content-security-policy']).toContain('sandbox');
    await expect(page.locator('svg')).toBeAttached();
  }
  expect(requests.map((url) => new URL(url).pathname)).toEqual(['/imagenes/script.svg', '/imagenes/onload.svg']);
  expect(dialogs).toBe(0);
});

test('CSV downloads and the web app manifest have their MIME types', async () => {
  expect((await get(csv())).headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect((await get('/manifest.webmanifest')).headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
});

test('text is sent as the build compressed it (brotli, else gzip), with Vary: Accept-Encoding', async () => {
  for (const [path, file] of [
    ['/', 'index.html'],
    [`/_astro/${astroCss()}`, `_astro/${astroCss()}`],
  ]) {
    const brotli = await get(path, { 'accept-encoding': 'gzip, br' });
    expect(brotli.headers.get('content-encoding'), path).toBe('br');
    expect(brotli.headers.get('vary'), path).toContain('Accept-Encoding');
    // The file the build wrote, sent as it is (fetch decompresses the body; the length is the file's).
    expect(Number(brotli.headers.get('content-length')), path).toBe(statSync(join(DIST, `${file}.br`)).size);
    expect(Buffer.from(await brotli.arrayBuffer()).equals(readFileSync(join(DIST, file))), path).toBe(true);
    const gzip = await get(path, { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding'), path).toBe('gzip');
    expect(Number(gzip.headers.get('content-length')), path).toBe(statSync(join(DIST, `${file}.gz`)).size);
  }
});

test('a missing page answers 404 with the portal\'s page and the same headers as any page', async () => {
  const missing = await get('/esta-pagina-no-existe/');
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain('<html lang="es"');
  expect(declaredPart(missing, '/esta-pagina-no-existe/')).toEqual(headersFor('/esta-pagina-no-existe/'));
});

test('the admin lets the login popup talk back, and Decap\'s bundle is cached by version', async () => {
  const admin = await get('/admin/');
  expect(admin.headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
  expect(admin.headers.get('cache-control')).toBe('private, no-cache');
  expect(await admin.text()).toContain(`<script src="${decapBundle()}"></script>`);
  expect((await get(decapBundle())).headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
  expect((await get('/')).headers.get('cross-origin-opener-policy')).toBe('same-origin');
});
