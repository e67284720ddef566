/** The portal's HTTP headers: one declaration, written for Netlify/Cloudflare (_headers) and nginx. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_RULES, netlifyHeaders, nginxHeaders } from '../../src/lib/security-headers.ts';

const all = HEADER_RULES.find((rule) => rule.path === '/*')!.headers;

describe('security headers', () => {
  it('lock every page down: HSTS, nosniff, referrer, permissions, never framed', () => {
    expect(all['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Referrer-Policy']).toBe('same-origin');
    expect(all['Permissions-Policy']).toContain('geolocation=()');
    expect(all['Content-Security-Policy']).toBe("frame-ancestors 'none'");
    expect(all['X-Frame-Options']).toBe('DENY');
  });

  it('cache hashed assets for a year and keep the admin out of caches and indexes', () => {
    const headersOf = (path: string) => HEADER_RULES.find((rule) => rule.path === path)!.headers;
    expect(headersOf('/_astro/*')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersOf('/admin/*')).toMatchObject({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' });
    expect(headersOf('/sw.js')['Cache-Control']).toBe('no-cache');
  });

  it('never give one path two Cache-Control values (Netlify combines the headers of every matching rule)', () => {
    const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
    for (const path of ['/pagefind/fragment/es_1.pf_fragment', '/pagefind/pagefind.js', '/_astro/a.css', '/admin/index.html', '/sw.js']) {
      const values = HEADER_RULES.filter((rule) => matches(rule.path, path) && rule.headers['Cache-Control']);
      expect(values.length, path).toBeLessThanOrEqual(1);
    }
  });

  it('writes _headers in the Netlify / Cloudflare Pages format', () => {
    const text = netlifyHeaders();
    expect(text.startsWith("/*\n  Strict-Transport-Security: ")).toBe(true);
    expect(text).toContain("\n/admin/*\n  X-Robots-Tag: noindex, nofollow\n  Cache-Control: no-store\n");
  });

  it('deploy/nginx.conf carries exactly the same rules (regenerate it from nginxHeaders() when they change)', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    expect(conf).toContain(nginxHeaders());
    // nginx does not inherit add_header into a location that sets its own: every block repeats the page headers.
    expect(conf.match(/add_header X-Frame-Options "DENY" always;/g)?.length).toBe(HEADER_RULES.length);
  });
});
