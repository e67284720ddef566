/**
 * Acronyms expanded at their first use on a page (CONTENT-STYLE.md: «Gobierno Autónomo
 * Descentralizado (GAD)» the first time, «GAD» afterwards). Pure: the page test hands it the text of
 * each built page's <main> and the glossary's acronyms (tests/unit/acronyms-pages.test.ts).
 *
 * The first use of an acronym (the acronym as a whole word, case-sensitive: «GETS» and «gadget» are
 * not uses of GET or GAD) is expanded when
 *   (a) it is the «(GET)» right after its expansion: «Grupo de Enlace Territorial (GET)»;
 *   (b) its expansion follows it in parentheses: «GET (Grupo de Enlace Territorial)»; the
 *       parentheses may hold more than the expansion (an <abbr title> read as «GET (title)»);
 *   (c) or the expansion stands in an earlier sentence of the page.
 * The expansion is the glossary term, compared without case or accents. Another form (a plural, a
 * feminine) counts only where the term spells it: «formadores/as» accepts «formadores/as»,
 * «formadores» and «formadoras»; «Gobiernos Autónomos Descentralizados» is not «Gobierno Autónomo
 * Descentralizado».
 */

export interface AcronymDefinition {
  /** The acronym as written: «GAD». */
  acronym: string;
  /** Its expansion, the glossary term: «Gobierno Autónomo Descentralizado». */
  expansion: string;
}

export interface UnexpandedAcronym extends AcronymDefinition {
  /** Where its first use starts in the text. */
  index: number;
  /** The text around the first use, to find it on the page. */
  excerpt: string;
}

const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
const BEFORE_WORD = `(?<!${WORD_CHAR})`;
const AFTER_WORD = `(?!${WORD_CHAR})`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Lower case without accents, one code unit for one code unit, so that an index in the folded text
 * is the same index in the original (a character whose folding would change the length stays as is).
 */
function foldSameLength(text: string): string {
  let folded = '';
  for (const char of text) {
    const plain = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded += plain.length === char.length ? plain : char;
  }
  return folded;
}

/** The forms a word of a term stands for: «formadores/as» is itself, «formadores» and «formadoras». */
function wordForms(word: string): string[] {
  const slash = /^(\p{L}+)\/(\p{L}+)$/u.exec(word);
  if (!slash) return [word];
  const [, base, ending] = slash as unknown as [string, string, string];
  const other = base.length > ending.length ? base.slice(0, base.length - ending.length) + ending : ending;
  return [word, base, other];
}

/** A pattern for the expansion as whole words, in folded text, any run of white space between words. */
function expansionPattern(expansion: string): string {
  const words = foldSameLength(expansion).trim().split(/\s+/).filter(Boolean);
  const body = words.map((word) => `(?:${wordForms(word).map(escapeRegExp).join('|')})`).join(String.raw`\s+`);
  return `${BEFORE_WORD}${body}${AFTER_WORD}`;
}

/** The first use of the acronym as a whole word, or -1. */
function firstUse(text: string, acronym: string): number {
  const match = new RegExp(`${BEFORE_WORD}${escapeRegExp(acronym)}${AFTER_WORD}`, 'u').exec(text);
  return match ? match.index : -1;
}

/** Where the sentence holding `index` starts: after a line break, or after . ! ? … followed by white space. */
function sentenceStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const char = text[i];
    if (char === '\n') return i + 1;
    if ((char === '.' || char === '!' || char === '?' || char === '…') && i + 1 < index && /\s/.test(text[i + 1] ?? '')) return i + 1;
  }
  return 0;
}

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 60);
  const end = Math.min(text.length, index + length + 60);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

function isExpandedAt(text: string, folded: string, index: number, { acronym, expansion }: AcronymDefinition): boolean {
  const pattern = expansionPattern(expansion);
  const after = text.slice(index + acronym.length);
  // (a) «Grupo de Enlace Territorial (GET)»
  if (new RegExp(String.raw`${pattern}\s*\(\s*$`, 'u').test(folded.slice(0, index)) && /^\s*\)/.test(after)) return true;
  // (b) «GET (Grupo de Enlace Territorial)»
  const parenthesis = /^\s*\(([^()]*)\)/.exec(after);
  if (parenthesis && new RegExp(pattern, 'u').test(foldSameLength(parenthesis[1] ?? ''))) return true;
  // (c) the expansion in an earlier sentence
  return new RegExp(pattern, 'u').test(folded.slice(0, sentenceStart(text, index)));
}

/** The acronyms used on the page whose first use is not expanded, in the order given, with where that use is. */
export function unexpandedAcronymUses(text: string, acronyms: readonly AcronymDefinition[]): UnexpandedAcronym[] {
  const folded = foldSameLength(text);
  const found: UnexpandedAcronym[] = [];
  for (const definition of acronyms) {
    const index = firstUse(text, definition.acronym);
    if (index < 0 || isExpandedAt(text, folded, index, definition)) continue;
    found.push({ ...definition, index, excerpt: excerptAround(text, index, definition.acronym.length) });
  }
  return found;
}

/** The acronyms used in a page's main text whose first use is not expanded. */
export function unexpandedAcronyms(text: string, acronyms: readonly AcronymDefinition[]): string[] {
  return unexpandedAcronymUses(text, acronyms).map((use) => use.acronym);
}

/** A piece of text: plain, or an acronym of the glossary to mark with its expansion. */
export type AcronymSegment = string | AcronymDefinition;

/**
 * The text cut where a glossary acronym stands as a whole word, for a component to render each one
 * as <abbr title="expansion">: short UI text and titles (a document's name as the report prints it,
 * «… para GAD») that cannot carry the expansion themselves.
 */
export function markAcronyms(text: string, acronyms: readonly AcronymDefinition[]): AcronymSegment[] {
  const known = [...acronyms].filter((a) => a.acronym).sort((a, b) => b.acronym.length - a.acronym.length);
  if (known.length === 0) return text ? [text] : [];
  const pattern = new RegExp(`${BEFORE_WORD}(?:${known.map((a) => escapeRegExp(a.acronym)).join('|')})${AFTER_WORD}`, 'gu');
  const segments: AcronymSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const definition = known.find((a) => a.acronym === match[0]);
    if (!definition) continue;
    if (match.index > last) segments.push(text.slice(last, match.index));
    segments.push(definition);
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}
