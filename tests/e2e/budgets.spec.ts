/** Byte budgets of the built site (gzip), from DESIGN's quality bars. */
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, PAGE_TYPES } from './site.ts';

const KB = 1024;
const gzipBytes = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const htmlOf = (page: string) => join(DIST, page, 'index.html');

test('manual pages stay within 14 KB of HTML and load at most 17 KB of CSS and no JavaScript', () => {
  const manualPages = readdirSync(join(DIST, 'manuales'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['tipo', 'audiencia', 'componente', 'filtro'].includes(entry.name))
    .map((entry) => `/manuales/${entry.name}/`);
  expect(manualPages.length).toBeGreaterThanOrEqual(11);
  for (const page of manualPages) {
    const html = readFileSync(htmlOf(page), 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => gzipBytes(join(DIST, m[1])));
    const cssBytes = css.reduce((a, b) => a + b, 0);
    const htmlBytes = gzipBytes(htmlOf(page));
    test.info().annotations.push({ type: 'bytes', description: `${page}: HTML ${htmlBytes} B, CSS ${cssBytes} B gzip` });
    expect(htmlBytes, `${page} HTML gzip`).toBeLessThanOrEqual(14 * KB);
    expect(cssBytes, `${page} CSS gzip`).toBeLessThanOrEqual(17 * KB);
    expect(html, `${page} has no script`).not.toMatch(/<script/);
  }
});

test('the search page loads at most 30 KB of its own JavaScript before Pagefind', () => {
  const html = readFileSync(htmlOf(PAGE_TYPES.search), 'utf8');
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, inline]) => {
    const src = /src="([^"]+)"/.exec(attributes)?.[1];
    return src ? readFileSync(join(DIST, src), 'utf8') : inline;
  });
  expect(scripts.length).toBeGreaterThan(0);
  const bytes = gzipSync(scripts.join('\n'), { level: 9 }).length;
  test.info().annotations.push({ type: 'bytes', description: `search page script: ${bytes} B gzip` });
  expect(bytes).toBeLessThanOrEqual(30 * KB);
});
