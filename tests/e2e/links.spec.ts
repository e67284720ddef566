/** Every internal link and anchor in the built HTML resolves to a page and an element id. */
import { test, expect } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, builtHtmlFiles } from './site.ts';


const pageOf = (file: string) => '/' + relative(DIST, file).replace(/index\.html$/, '').replace(/\.html$/, '/');

test('the built site has no broken internal links or anchors', () => {
  const files = builtHtmlFiles(['pagefind']);
  const idsByPage = new Map<string, Set<string>>();
  const html = new Map<string, string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    html.set(pageOf(file), source);
    idsByPage.set(pageOf(file), new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  const broken: string[] = [];
  let checked = 0;
  for (const [page, source] of html) {
    for (const [, href] of source.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (/^(https?:|mailto:|tel:)/.test(href)) {
        // The contact page lists the programme's own channels, as the report prints them; elsewhere the portal links only to itself.
        if (page !== '/contacto/') broken.push(`${page}: external link ${href} (the portal links only to itself, except on /contacto/)`);
        continue;
      }
      const url = new URL(href.replaceAll('&amp;', '&'), `http://site${page}`);
      const target = url.pathname;
      checked++;
      const isFile = existsSync(join(DIST, target)) && !target.endsWith('/');
      if (!idsByPage.has(target) && !isFile) {
        broken.push(`${page}: ${href} → no page ${target}`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !idsByPage.get(target)?.has(anchor)) broken.push(`${page}: ${href} → no element #${anchor} on ${target}`);
    }
  }
  expect(checked).toBeGreaterThan(500);
  expect(broken).toEqual([]);
});
