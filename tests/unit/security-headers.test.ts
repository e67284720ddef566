/** The portal's HTTP headers: one declaration, written for Cloudflare Pages (_headers) and nginx. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_RULES, headersFor, nginxConfig, pagesHeaders } from '../../src/lib/security-headers.ts';
import { interpretPagesHeaders } from '../support/pages-headers.ts';

/** One path of every kind the portal serves. */
export const SAMPLE_PATHS = [
  '/',
  '/manuales/gestion-de-casos/',
  '/_astro/index.abc123.css',
  '/pagefind/pagefind.js',
  '/pagefind/fragment/es_1.pf_fragment',
  '/sw.js',
  '/imagenes/foto.jpg',
  '/resultados/datos/participantes.csv',
  '/manifest.webmanifest',
  '/admin/',
  '/admin/decap/0123456789ab/decap-cms.js',
];

describe('security headers', () => {
  it('lock every page down: HSTS, nosniff, referrer, permissions, never framed', () => {
    const page = headersFor('/manuales/');
    expect(page['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Referrer-Policy']).toBe('same-origin');
    expect(page['Permissions-Policy']).toContain('geolocation=()');
    expect(page['Content-Security-Policy']).toBe("frame-ancestors 'none'");
    expect(page['X-Frame-Options']).toBe('DENY');
    expect(page['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  it('pages and unhashed files revalidate on every visit; hashed ones are kept a year', () => {
    for (const path of ['/', '/manuales/', '/pagefind/pagefind.js', '/sw.js', '/manifest.webmanifest', '/resultados/datos/a.csv', '/imagenes/a.jpg']) {
      expect(headersFor(path)['Cache-Control'], path).toBe('no-cache');
    }
    for (const path of ['/_astro/a.css', '/pagefind/fragment/a.pf_fragment', '/pagefind/index/a.pf_index']) {
      expect(headersFor(path)['Cache-Control'], path).toBe('public, max-age=31536000, immutable');
    }
  });

  it('uploaded images are sandboxed documents that can run nothing when opened on their own', () => {
    expect(headersFor('/imagenes/foto.svg')['Content-Security-Policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'");
  });

  it('the admin lets the GitHub login popup talk back, stays out of shared caches and indexes, and caches Decap by version', () => {
    expect(headersFor('/admin/')).toMatchObject({
      'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
      'X-Robots-Tag': 'noindex, nofollow',
      'Cache-Control': 'private, no-cache',
    });
    expect(headersFor('/admin/decap/0123456789ab/decap-cms.js')['Cache-Control']).toBe('private, max-age=31536000, immutable');
    expect(headersFor('/admin/decap/0123456789ab/decap-cms.js')['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
  });

  it('_headers gives every path exactly the headers declared, read as Cloudflare Pages reads it (detach, then set)', () => {
    const text = pagesHeaders();
    expect(text.startsWith('/*\n  Strict-Transport-Security: ')).toBe(true);
    expect(text).toContain('\n/admin/*\n  X-Robots-Tag: noindex, nofollow\n  ! Cache-Control\n  Cache-Control: private, no-cache\n  ! Cross-Origin-Opener-Policy\n');
    for (const path of SAMPLE_PATHS) expect(interpretPagesHeaders(text, path), path).toEqual(headersFor(path));
  });

  it('deploy/nginx.conf is generated from the same rules (npm run write:nginx), every location with every header', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConfig());
    // nginx does not inherit add_header into a location that sets its own: every block repeats the page headers.
    expect(nginxConfig().match(/add_header X-Frame-Options "DENY" always;/g)?.length).toBe(HEADER_RULES.length);
    expect(nginxConfig()).toMatch(/location = \/sw\.js \{\n    etag off;\n    if_modified_since off;\n    add_header Last-Modified "";\n/);
  });
});
