import { describe, expect, it } from 'vitest';
import { formatPrecacheCost, precacheGroup, precacheUrls } from '../../src/lib/precache-cost.ts';

describe('precache cost', () => {
  it('reads the URLs Workbox wrote into the service worker', () => {
    const sw = 'self.x([{"revision":"a1","url":"/curso/"},{"revision":null,"url":"/_astro/app.B1.js"},{"revision":"c","url":"/pagefind/pagefind.js"}])';
    expect(precacheUrls(sw)).toEqual(['/curso/', '/_astro/app.B1.js', '/pagefind/pagefind.js']);
  });

  it('groups pages, their assets and the search index', () => {
    expect(precacheGroup('/curso/')).toBe('pages');
    expect(precacheGroup('/sin-conexion/index.html')).toBe('pages');
    expect(precacheGroup('/_astro/a.css')).toBe('CSS/JS/images');
    expect(precacheGroup('/pagefind/index/es_1.pf_index')).toBe('search index');
    expect(precacheGroup('/buscar/palabras.txt')).toBe('search index');
  });

  it('sums each group and the total', () => {
    const report = formatPrecacheCost(
      [
        { url: '/curso/', raw: 2048, gzip: 1024, brotli: 512 },
        { url: '/glosario/', raw: 2048, gzip: 1024, brotli: 512 },
        { url: '/_astro/a.css', raw: 1024, gzip: 512, brotli: 256 },
      ],
      { sw: 4096, swGzip: 1024 },
    );
    expect(report).toMatch(/precache: 3 URLs/);
    expect(report).toMatch(/pages\s+2 files\s+4\.0 KB raw\s+2\.0 KB gzip\s+1\.0 KB brotli/);
    expect(report).toMatch(/CSS\/JS\/images\s+1 files\s+1\.0 KB raw/);
    expect(report).toMatch(/search index\s+0 files\s+0\.0 KB raw/);
    expect(report).toMatch(/total\s+3 files\s+5\.0 KB raw\s+2\.5 KB gzip\s+1\.3 KB brotli/);
  });
});
