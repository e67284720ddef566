/**
 * What a reader reads on a built page, for the readability measure: the text of its `<main>`, as
 * blocks (a paragraph, heading, list item, table cell, term or definition is a block; a sentence
 * never runs across two), and the kind of page a path is, with the INFLESZ target of that kind
 * (CONTENT-STYLE.md), and the per-type summary `npm run bench` prints. Pure: HTML in, text and
 * numbers out (a small tokenizer for the HTML Astro writes: quoted attributes, closed elements; no DOM).
 *
 * Left out of the main text (read from src/layouts and src/components):
 * - navigation: every `<nav>` (breadcrumbs, table of contents «En esta página», previous/next
 *   pager, the glossary's A–Z bar);
 * - what `data-pagefind-ignore` marks as navigation or page furniture: «Contenido relacionado»
 *   (RelatedContent), «Última actualización» (LastUpdated), the diagnostic paper's «Para avanzar»
 *   links, its answer boxes and its «Notas y evidencias del GAD» line, and the quiz island, whose
 *   questions the page prints again in full in «Ver todas las preguntas juntas» (kept). The
 *   glossary's letter sections also carry the attribute (each term is a search record of its own)
 *   but are the page's content: a `<section>` other than «Contenido relacionado» is kept;
 * - what is not on screen: `hidden` and `aria-hidden="true"` elements, scripts, styles, templates,
 *   SVG and canvas, form controls (buttons, selects, text areas), and `.visually-hidden` text: the
 *   context screen readers get («(funcionarios/as)» after a column header, « de «título»» after each
 *   «CSV» link), which would turn a short visible line into a long one;
 * - «ver nota» markers (links to a note about the report): a pointer, not part of the sentence.
 * Kept: the page header (title, summary, facts), callouts, tables, the trainer-guide section of a
 * module page, and `<noscript>` text.
 */

import { median, renderTable } from './bench.ts';
import { readability, type Readability } from './readability.ts';
import { MARKER_TEXT } from './report-notes.ts';
import { NOTES_PATH } from './taxonomy.ts';

export type PageType = 'participant' | 'trainer' | 'manual' | 'practice' | 'campaign' | 'results' | 'other';

export const PAGE_TYPE_LABELS: Record<PageType, string> = {
  participant: 'Participant (module pages)',
  trainer: 'Trainer (guides, trainers’ course, diagnostic facilitation)',
  manual: 'Manuals',
  practice: 'Good practices',
  campaign: 'Campaign',
  results: 'Results',
  other: 'Other',
};

/** INFLESZ targets (CONTENT-STYLE.md): participant pages 65 or more, manuals and practices 55 or more. */
export const READABILITY_TARGETS: Partial<Record<PageType, number>> = { participant: 65, manual: 55, practice: 55 };
/** No page below this score. */
export const READABILITY_FLOOR = 50;

const COURSE_MODULE = /^\/aprende-trabaja-emprende\/(?:en-marcha-digital\/)?(?!evaluacion-)[a-z0-9-]+\/$/;

/**
 * The kind of page at a path: participant pages are the module pages of Aprende, Trabaja y Emprende
 * and of En Marcha Digital (not their course index pages nor the course evaluations, which are
 * «other»); trainer pages are every `/guia-facilitador/` page, the sessions of the trainers'
 * course (Formación de formadores, whose readers are trainers) and the diagnostic's facilitation
 * guide (for whoever runs the GET's meetings); manuals and practices are their
 * detail pages (not the lists, facets or filters); campaign is `/campana/` and its pages; results is
 * `/resultados/`, each table's page and the municipality pages with their figures.
 */
export function pageType(path: string): PageType {
  const clean = path.endsWith('/') ? path : `${path}/`;
  if (clean.endsWith('/guia-facilitador/') || clean === '/diagnostico/guia-de-facilitacion/') return 'trainer';
  if (/^\/formacion-de-formadores\/[a-z0-9-]+\/$/.test(clean)) return 'trainer';
  if (COURSE_MODULE.test(clean) && clean !== '/aprende-trabaja-emprende/en-marcha-digital/') return 'participant';
  if (/^\/manuales\/[a-z0-9-]+\/$/.test(clean)) return 'manual';
  if (/^\/buenas-practicas\/(?!filtro\/)[a-z0-9-]+\/$/.test(clean)) return 'practice';
  if (clean.startsWith('/campana/')) return 'campaign';
  if (/^\/resultados\/(?!datos\/)([a-z0-9-]+\/)?$/.test(clean) || /^\/municipios\/[a-z0-9-]+\/$/.test(clean)) return 'results';
  return 'other';
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is not HTML: skipped to their end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title']);
/** Elements that start and end a block of text (a sentence never crosses one). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'label', 'legend', 'li', 'main', 'ol', 'option',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'astro-island', 'noscript',
]);
const UNREAD = new Set(['nav', 'script', 'style', 'template', 'svg', 'canvas', 'button', 'select', 'textarea', 'iframe', 'object']);

type Attributes = Map<string, string>;

/** Whether an element and all it holds stay out of the main text (see the module comment). */
function isLeftOut(tag: string, attributes: Attributes): boolean {
  if (UNREAD.has(tag) || attributes.has('hidden') || attributes.get('aria-hidden') === 'true') return true;
  const classes = (attributes.get('class') ?? '').split(/\s+/);
  if (classes.includes('visually-hidden')) return true;
  if (!attributes.has('data-pagefind-ignore')) return false;
  return !(tag === 'section' && !classes.includes('related'));
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', hellip: '…', ndash: '–', mdash: '—',
  iexcl: '¡', iquest: '¿', ordm: 'º', ordf: 'ª', deg: '°', middot: '·', shy: '',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const ATTRIBUTE = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

/**
 * The text of the page's `<main>` as blocks, whitespace collapsed, empty blocks dropped; the whole
 * document when it has no `<main>`.
 */
export function mainText(html: string): string[] {
  const open = html.search(/<main[\s>]/i);
  const close = html.lastIndexOf('</main>');
  const source = open >= 0 && close > open ? html.slice(open, close + '</main>'.length) : html;

  const lower = source.toLowerCase();
  const blocks: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    buffer = '';
  };
  /** Open elements, innermost last, each with whether it is left out; a link to a note, with where its text starts. */
  const stack: { tag: string; leftOut: boolean; markerFrom?: number }[] = [];
  const leftOut = () => stack.length > 0 && stack[stack.length - 1].leftOut;

  let index = 0;
  while (index < source.length) {
    const lt = source.indexOf('<', index);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > index && !leftOut()) buffer += decodeEntities(source.slice(index, textEnd));
    if (lt === -1) break;
    index = lt;

    if (source.startsWith('<!--', index)) {
      const end = source.indexOf('-->', index + 4);
      index = end === -1 ? source.length : end + 3;
      continue;
    }
    if (source.startsWith('<!', index) || source.startsWith('<?', index)) {
      const end = source.indexOf('>', index);
      index = end === -1 ? source.length : end + 1;
      continue;
    }
    const closing = /^<\/([a-zA-Z][\w:-]*)\s*>/.exec(source.slice(index, index + 200));
    if (closing) {
      const tag = closing[1].toLowerCase();
      const at = stack.map((entry) => entry.tag).lastIndexOf(tag);
      if (at >= 0) {
        const { markerFrom } = stack[at];
        // A «ver nota» marker points at a note: it is not part of the sentence it follows.
        if (markerFrom !== undefined && buffer.slice(markerFrom).trim() === MARKER_TEXT) buffer = buffer.slice(0, markerFrom);
        if (BLOCK.has(tag) && !stack[at].leftOut) flush();
        stack.length = at;
      }
      index += closing[0].length;
      continue;
    }
    const opening = /^<([a-zA-Z][\w:-]*)/.exec(source.slice(index, index + 100));
    if (!opening) {
      // A lone «<» in text.
      if (!leftOut()) buffer += '<';
      index += 1;
      continue;
    }
    const tag = opening[1].toLowerCase();
    let position = index + opening[0].length;
    const attributes: Attributes = new Map();
    for (;;) {
      ATTRIBUTE.lastIndex = position;
      const match = ATTRIBUTE.exec(source);
      if (!match) break;
      attributes.set(match[1].toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
      position = ATTRIBUTE.lastIndex;
    }
    const end = source.indexOf('>', position);
    if (end === -1) break;
    const selfClosing = source[end - 1] === '/';
    index = end + 1;

    const isLeftOutHere = leftOut() || isLeftOut(tag, attributes);
    if (BLOCK.has(tag) && !isLeftOutHere) flush();
    if (RAW.has(tag)) {
      const endTag = lower.indexOf(`</${tag}`, index);
      const after = endTag === -1 ? source.length : source.indexOf('>', endTag) + 1;
      if (!isLeftOutHere && tag === 'title') buffer += decodeEntities(source.slice(index, endTag === -1 ? source.length : endTag));
      index = after;
      continue;
    }
    if (VOID.has(tag) || selfClosing) {
      if (tag === 'img' && !isLeftOutHere) buffer += ' ';
      continue;
    }
    const toNote = tag === 'a' && (attributes.get('href') ?? '').startsWith(NOTES_PATH);
    stack.push({ tag, leftOut: isLeftOutHere, ...(toNote && { markerFrom: buffer.length }) });
  }
  flush();
  return blocks;
}

export const PAGE_TYPES: readonly PageType[] = ['participant', 'trainer', 'manual', 'practice', 'campaign', 'results', 'other'];

export interface PageReadability extends Readability {
  path: string;
  type: PageType;
}

/** The readability of a built page's main text. */
export function measurePage(path: string, html: string): PageReadability {
  return { path, type: pageType(path), ...readability(mainText(html)) };
}

export interface PageTypeReadability {
  type: PageType;
  pages: number;
  median: number | null;
  /** The page with the lowest score. */
  min: PageReadability | null;
  target: number | null;
  /** Pages below the type's target (0 when it has none). */
  belowTarget: number;
  belowFloor: number;
}

const below = (page: PageReadability, score: number | null | undefined) => typeof score === 'number' && page.score !== null && page.score < score;

/** Median, minimum and pages below target and floor, per page type (types with no page left out). */
export function summarizeReadability(pages: readonly PageReadability[]): PageTypeReadability[] {
  return PAGE_TYPES.flatMap((type) => {
    const ofType = pages.filter((page) => page.type === type);
    if (ofType.length === 0) return [];
    const scored = ofType.filter((page) => page.score !== null);
    const min = scored.reduce<PageReadability | null>((lowest, page) => (lowest === null || page.score! < lowest.score! ? page : lowest), null);
    const target = READABILITY_TARGETS[type] ?? null;
    return [
      {
        type,
        pages: ofType.length,
        median: median(ofType.map((page) => page.score)),
        min,
        target,
        belowTarget: ofType.filter((page) => below(page, target)).length,
        belowFloor: ofType.filter((page) => below(page, READABILITY_FLOOR)).length,
      },
    ];
  });
}

/** Pages under the floor, lowest first. */
export function pagesBelowFloor(pages: readonly PageReadability[]): PageReadability[] {
  return pages.filter((page) => below(page, READABILITY_FLOOR)).sort((a, b) => a.score! - b.score!);
}

/** A score with one decimal, «–» when there is none. */
export const scoreText = (value: number | null | undefined) => (typeof value === 'number' ? value.toFixed(1) : '–');

/**
 * The readability report as `npm run bench` and the readability test print it: a row per page type
 * (median, minimum and its page, target, pages below target and below the floor), then the pages below
 * the floor, lowest first.
 */
export function formatReadability(pages: readonly PageReadability[], byType: readonly PageTypeReadability[] = summarizeReadability(pages)): string {
  const table = renderTable(
    ['Page type', 'Pages', 'Median', 'Min', 'Lowest page', 'Target', 'Below target', `Below ${READABILITY_FLOOR}`],
    byType.map((row) => [
      PAGE_TYPE_LABELS[row.type],
      String(row.pages),
      scoreText(row.median),
      scoreText(row.min?.score),
      row.min?.path ?? '–',
      row.target === null ? '–' : `≥ ${row.target}`,
      row.target === null ? '–' : String(row.belowTarget),
      String(row.belowFloor),
    ]),
    ['left', 'right', 'right', 'right', 'left', 'right', 'right', 'right'],
  );
  const below = pagesBelowFloor(pages);
  return `${table}\nPages below ${READABILITY_FLOOR}: ${below.length}${below.map((page) => `\n  ${scoreText(page.score)}  ${page.level}  ${page.type}  ${page.path}`).join('')}`;
}
