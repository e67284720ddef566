/**
 * The built pages and the text a reader reads in them, for the tests that read dist/
 * (tests/unit/acronyms-pages.test.ts). The HTML is parsed with html-validate's parser, a direct
 * dependency (the e2e HTML check uses it).
 *
 * What counts as the page's text: everything a reader reads in <main>, including blocks that are
 * marked data-pagefind-ignore but are content (the glossary's terms, «Contenido relacionado», the
 * diagnostic's answer lines and «Notas y evidencias del GAD»): they are left out of the search index
 * so as not to duplicate search records, not because readers skip them. What does not count:
 * - <nav> elements: breadcrumbs (src/components/Breadcrumbs.astro), the table of contents
 *   (TableOfContents.astro), the pager (PrevNext.astro), the glossary's A–Z bar and the catalogue
 *   filters. They repeat the page's own title and headings before the reader reaches them, or name
 *   other pages; the page's first use is in its title or body. Breadcrumbs and pager carry no
 *   data-pagefind-ignore (the brief thought they did), so <nav> is what tells them apart.
 * - elements with `hidden` (the search-title copy of the h1 in BaseLayout.astro), <script>, <style>,
 *   <template> and <svg>: no reader sees them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, StaticConfigLoader, type DOMNode, type HtmlElement } from 'html-validate';

export const DIST = 'dist';

/** Paths of the pages in dist/sitemap-*.xml and of every trainer guide. */
export function builtPages(dist = DIST): string[] {
  const paths = new Set<string>();
  for (const name of readdirSync(dist).filter((n) => /^sitemap-.*\.xml$/.test(n))) {
    for (const [, loc] of readFileSync(join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const path = new URL(loc ?? '').pathname;
      if (!path.endsWith('.xml')) paths.add(path);
    }
  }
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'index.html' && entry.parentPath.endsWith('guia-facilitador')) {
      paths.add(`/${entry.parentPath.slice(dist.length + 1).split('\\').join('/')}/`);
    }
  }
  return [...paths].sort();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const SKIPPED = new Set(['nav', 'script', 'style', 'template', 'svg']);
const BLOCKS = new Set(
  'address article aside blockquote br caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);

function isElement(node: DOMNode): node is HtmlElement {
  return node.nodeType === 1;
}

/** The text a reader reads in an element, in reading order, a line break between blocks; an <abbr title> reads «GAD (title)». */
export function readingText(element: HtmlElement): string {
  let text = '';
  const walk = (node: DOMNode) => {
    if (!isElement(node)) {
      text += decodeEntities(node.textContent);
      return;
    }
    if (SKIPPED.has(node.tagName) || node.hasAttribute('hidden')) return;
    const block = BLOCKS.has(node.tagName);
    if (block) text += '\n';
    node.childNodes.forEach(walk);
    const title = node.tagName === 'abbr' ? node.getAttribute('title')?.value : undefined;
    if (typeof title === 'string' && title.trim()) text += ` (${decodeEntities(title)})`;
    if (block) text += '\n';
  };
  walk(element);
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The text of the <main> of a built page (its path as in the sitemap: /glosario/), or undefined when it has none. */
export async function mainTextOf(path: string, dist = DIST): Promise<string | undefined> {
  parser ??= new Parser(await new StaticConfigLoader().getConfigFor('inline'));
  const main = parser.parseHtml(readFileSync(join(dist, path, 'index.html'), 'utf8')).querySelector('main');
  return main ? readingText(main) : undefined;
}
let parser: Parser | undefined;
