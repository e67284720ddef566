/**
 * Every HTML file of the built site is valid HTML and its text has no typographic slips.
 * - Validity: html-validate with its recommended rules (`.htmlvalidate.mjs` says what is relaxed and why), plus nothing
 *   after `</html>`. One framework exception, narrowly allowed: README, «Known validator exceptions».
 * - Text of each page's <main>, read as a reader gets it (block elements apart, inline elements joined): no digit glued
 *   to a word («en3 zonas»), no link glued to the text around it («secciones:<a>»), no space before punctuation
 *   («inclusiva .»).
 * - Search excerpts (the Pagefind index): no two words glued across elements («CursoFormación»).
 * Reads dist/ only: run `npm run build` first.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HtmlValidate, StaticConfigLoader, type Message } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { DIST, builtHtmlFiles } from './site.ts';


const pageOf = (file: string) => relative(DIST, file);
const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/**
 * Astro writes this <style> into <body> just before a page's first island, and no setting moves it to <head>
 * (withastro/astro#10308). html-validate reports any <style> in <body>; the Nu checker accepts one that is the first
 * child of its parent, which is why every island starts its own element.
 */
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

function isAstroIslandStyle(source: string, message: Message): boolean {
  if (message.ruleId !== 'element-permitted-content' || (message.context as { child?: string } | undefined)?.child !== '<style>') return false;
  const start = message.offset - 1; // the message points at the tag name, after "<"
  // Right after its parent's start tag (not after a void element's): the parent's first child.
  const before = source.slice(Math.max(0, start - 500), start);
  return source.startsWith(ASTRO_ISLAND_STYLE, start) && /<(?!(?:area|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b)[a-z][^<>]*>\s*$/.test(before);
}

const files = existsSync(DIST) ? builtHtmlFiles() : [];
const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));

test('dist/ holds the built site', () => {
  expect(files.length, 'HTML files in dist/ (run `npm run build` first)').toBeGreaterThan(150);
  expect(files.map(pageOf)).toEqual(expect.arrayContaining(['index.html', '404.html', 'admin/index.html', 'buscar/index.html']));
});

for (const file of files) {
  test(`${pageOf(file)} is valid HTML`, async () => {
    const source = readFileSync(file, 'utf8');
    const report = await validator.validateString(source, file);
    const errors: string[] = [];
    let islandStyles = 0;
    for (const message of report.results.flatMap((result) => result.messages)) {
      if (isAstroIslandStyle(source, message) && ++islandStyles === 1) continue;
      errors.push(`${pageOf(file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    const end = source.lastIndexOf('</html>');
    if (end === -1 || source.slice(end + '</html>'.length).trim() !== '') {
      errors.push(`${pageOf(file)}:${lineAt(source, end)}: content-after-html: nothing may follow </html> (a page <script> belongs inside its layout)`);
    }
    expect(errors, 'HTML validation errors (page:line:column rule: message)').toEqual([]);
  });
}

// Elements a reader sees apart from their neighbours (their own line, a cell, a control); every other tag joins its text.
const SEPARATE = new Set(
  'address article aside blockquote br button caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr img input label legend li main nav ol option p pre section select summary svg table tbody td textarea tfoot th thead tr ul'.split(
    ' ',
  ),
);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of a page's <main> as a reader gets it, with the source offset of every character, and where each link starts and ends. */
function readableText(source: string) {
  const start = source.indexOf('<main');
  const end = source.indexOf('</main>');
  let text = '';
  const offsets: number[] = [];
  const links: { start: number; end: number; offset: number; footnote: boolean }[] = [];
  const push = (chars: string, offset: number) => {
    text += chars;
    for (let i = 0; i < chars.length; i++) offsets.push(offset);
  };
  const token = /<!--[\s\S]*?-->|<(script|style|template)\b[\s\S]*?<\/\1>|<(\/?)([a-zA-Z][\w-]*)([^>]*)>|&(#?\w+);|[^<&]+|[<&]/g;
  token.lastIndex = start;
  for (let match = token.exec(source); match && match.index < end; match = token.exec(source)) {
    const [whole, raw, closing, tag, attributes, entity] = match;
    if (whole.startsWith('<!--') || raw) continue;
    if (tag) {
      const name = tag.toLowerCase();
      if (name === 'a' && !closing) links.push({ start: text.length, end: -1, offset: match.index, footnote: /class="note-ref"/.test(attributes) });
      else if (name === 'a') links[links.length - 1].end = text.length;
      else if (SEPARATE.has(name)) push('\n', match.index);
    } else if (entity) {
      const char = entity.startsWith('#')
        ? String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)))
        : (ENTITIES[entity] ?? whole);
      push(char, match.index);
    } else push(whole.replace(/\s+/g, ' '), match.index);
  }
  return { text, offsets, links };
}

// Tokens where a digit touches a letter on purpose: the report's quarter «(T1)» and paper sizes.
const GLUED_DIGIT_ALLOWED = new Set(['T1', 'A3', 'A4']);
/** A colour's hex code, «#163F7A», as the campaign palette prints it: digits and letters together by design. */
const isHexColour = (text: string, index: number, token: string) => text.charAt(index - 1) === '#' && /^[0-9a-f]{6}$/i.test(token);

test('the text of every page has no glued words, glued links or spaces before punctuation', () => {
  const slips: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes('<main')) continue;
    const { text, offsets, links } = readableText(source);
    const report = (index: number, kind: string, excerpt: string) =>
      slips.push(`${pageOf(file)}:${lineAt(source, offsets[index])}: ${kind}: «${excerpt.replace(/\s+/g, ' ').trim()}»`);
    const around = (index: number) => text.slice(Math.max(0, index - 25), index + 25);
    for (const match of text.matchAll(/[\p{L}\p{N}]*(?:\p{L}\p{N}|\p{N}\p{L})[\p{L}\p{N}]*/gu)) {
      if (!GLUED_DIGIT_ALLOWED.has(match[0]) && !isHexColour(text, match.index, match[0])) report(match.index, 'digit glued to a word', around(match.index));
    }
    for (const link of links) {
      // A footnote marker («[1]») sits right after its word by design.
      if (!link.footnote && /[\p{L}\p{N},.;:!?»)]/u.test(text.charAt(link.start - 1))) report(link.start, 'no space before a link', around(link.start));
      if (link.end > 0 && /[\p{L}\p{N}(«¿¡]/u.test(text.charAt(link.end))) report(link.end, 'no space after a link', around(link.end));
    }
    for (const match of text.matchAll(/[^\s] +[.,;:](?=\s|$)/gu)) report(match.index + 1, 'space before punctuation', around(match.index));
    for (const match of text.matchAll(/[(«¿¡] +\S/gu)) report(match.index, 'space after an opening sign', around(match.index));
  }
  expect(slips, 'typographic slips (page:line: kind: text)').toEqual([]);
});

// Proper names written in camel case, as their owners write them, and the kilobyte as file sizes print it («4,7 kB»).
const CAMEL_CASE_NAMES = new Set(['CorpoAmbato', 'JavaScript', 'LinkedIn', 'WhatsApp', 'YouTube', 'localStorage', 'odsIntegra', 'kB']);

test('search excerpts do not glue words across elements', () => {
  const fragments = readdirSync(join(DIST, 'pagefind', 'fragment'));
  expect(fragments.length, 'Pagefind fragments (run `npm run build` first)').toBeGreaterThan(50);
  const glued: string[] = [];
  for (const name of fragments) {
    const json = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', name))).toString('utf8').replace(/^pagefind_dcd/, '');
    const { url, content } = JSON.parse(json) as { url: string; content: string };
    for (const match of content.matchAll(/[\p{L}\p{N}]*(?:\p{Ll}\p{Lu}|\p{L}\p{N}|\p{N}\p{L})[\p{L}\p{N}]*/gu)) {
      if (GLUED_DIGIT_ALLOWED.has(match[0]) || CAMEL_CASE_NAMES.has(match[0]) || isHexColour(content, match.index, match[0])) continue;
      glued.push(`${url}: «${content.slice(Math.max(0, match.index - 25), match.index + match[0].length + 25)}»`);
    }
  }
  expect(glued, 'words glued in search excerpts (url: excerpt)').toEqual([]);
});
