/**
 * The search page's pure logic: its state in the URL (?q=…&tipo=…&audiencia=…&zona=…, so a search
 * can be shared, bookmarked and reached from the plain GET forms of every page), what of a query is
 * sent to Pagefind, how the results Pagefind returns are ordered, paged and highlighted, and the
 * counts and messages shown around them. The page script (src/scripts/search-results.ts) only renders.
 */

import { SEARCH_NAMES_META } from './search-names.ts';

export const SEARCH_FILTERS = {
  tipo: 'Tipo de contenido',
  audiencia: 'Audiencia',
  zona: 'Zona',
  componente: 'Componente',
} as const;
/** The values of the `tipo` search filter: what kind of page a result is. */
export const CONTENT_TYPES = {
  manual: 'Manual o guía',
  modulo: 'Módulo de capacitación',
  sesion: 'Sesión de formación de formadores',
  evaluacion: 'Evaluación',
  municipio: 'Municipio',
  practica: 'Buena práctica',
  campana: 'Campaña Pro-Integración',
  resultados: 'Resultados',
  diagnostico: 'Autodiagnóstico del GAD',
  glosario: 'Glosario',
} as const;

export type SearchFilterName = keyof typeof SEARCH_FILTERS;
export const SEARCH_FILTER_NAMES = Object.keys(SEARCH_FILTERS) as SearchFilterName[];

/** Results shown at first, and added by each «Mostrar más resultados». */
export const RESULTS_PAGE_SIZE = 8;
/** Sections of a page listed under its result, at most. */
export const MAX_SUB_RESULTS = 3;

export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterName, string[]>>;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTER_NAMES) {
    const values = params.getAll(name).filter((value) => value.trim() !== '');
    if (values.length > 0) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of SEARCH_FILTER_NAMES) {
    for (const value of state.filters[name] ?? []) params.append(name, value);
  }
  return params;
}

export function hasActiveFilters(filters: SearchState['filters']): boolean {
  return Object.values(filters).some((values) => values && values.length > 0);
}

/** Pagefind's filter argument: values of one filter are alternatives (any), filters combine (all). */
export function toPagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values && values.length > 0)
      .map(([name, values]) => [name, { any: values! }]),
  );
}

// --- Queries ---------------------------------------------------------------------------------

/**
 * Spanish words too common to search for: articles, prepositions, conjunctions, pronouns. They are
 * left out of what is sent to Pagefind (every page has them, and Pagefind would also match every
 * word they begin: «de» → «desarrollo»), and never highlighted.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a al ante bajo con contra de del desde durante e el en entre es esa ese eso esta este esto hacia hasta ' +
    'la las le les lo los me mi mis mas muy ni no nos o os para pero por que se si sin sobre su sus ' +
    'te tu tus u un una unas uno unos y ya cual como cuando donde quien ha han hay ser son fue era'
  ).split(' '),
);

/** Lower case without accents: «Género» → «genero». Pagefind searches the same way. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** The words of a text, in order, as typed (letters and digits; «(PAP).» → «PAP»). */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** An acronym as typed: two to six capital letters («PAP», «GET», «GAD»). */
function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word);
}

/** Words worth searching: no stop words (an acronym never is one) and no single letters. */
function isSignificant(word: string): boolean {
  if (isAcronym(word)) return true;
  const folded = foldText(word);
  if (STOP_WORDS.has(folded)) return false;
  return folded.length > 1 || /\d/.test(folded);
}

export interface AnalysedQuery {
  /** What the visitor typed, trimmed. */
  typed: string;
  /** The significant words, folded: what results are matched and ranked on. */
  words: string[];
  /** The text sent to Pagefind (the significant words), empty when nothing is left to search. */
  text: string;
  /** The acronym typed in capitals, when the query is one («CEO»). */
  acronym?: string;
  /**
   * One short word (three letters at most) or an acronym: Pagefind matches every word it begins
   * («PAP» → «papel»), so results that contain the word itself come first.
   */
  wholeWordFirst: boolean;
}

export function analyseQuery(typed: string): AnalysedQuery {
  const trimmed = typed.trim();
  const significant = wordsOf(trimmed).filter(isSignificant);
  const words = significant.map(foldText);
  const single = significant.length === 1 ? significant[0] : undefined;
  return {
    typed: trimmed,
    words,
    text: words.join(' '),
    acronym: single && isAcronym(single) ? single : undefined,
    wholeWordFirst: single !== undefined && (isAcronym(single) || words[0].length <= 3),
  };
}

/** Pagefind's exact search for one word: a quoted query matches the word, not the words it begins. */
export function exactQuery(query: AnalysedQuery): string | null {
  return query.wholeWordFirst ? `"${query.words[0]}"` : null;
}

// --- Ranking ---------------------------------------------------------------------------------

/** Puts the results Pagefind found as whole words first, each group in Pagefind's order. */
export function wholeWordsFirst<T extends { id: string }>(results: readonly T[], exactIds: ReadonlySet<string> | null): T[] {
  if (!exactIds || exactIds.size === 0) return [...results];
  return [...results.filter((r) => exactIds.has(r.id)), ...results.filter((r) => !exactIds.has(r.id))];
}

/**
 * Pagefind's ranking options (`pagefind.options({ ranking })`). A page's other names
 * (src/lib/search-names.ts) weigh as much as its title, so the page is among the first results
 * Pagefind returns for them, where `rankPage` can put it first.
 */
export const PAGEFIND_RANKING = {
  // Readers often type without accents: «genero» must not prefer «genera» to «género».
  diacriticSimilarity: 0,
  // Favour words of the query's length over longer words it begins («PAP» → «papel»).
  termSimilarity: 4,
  metaWeights: { title: 5, [SEARCH_NAMES_META]: 10 },
};

/** What ranking needs of a loaded result. */
export interface RankedResult {
  url: string;
  title: string;
  /** The page's indexed text (Pagefind's `content`). */
  content: string;
  /** Other names readers search the page by (src/lib/search-names.ts). */
  names?: readonly string[];
}

/** A glossary term's own record (see scripts/build-search-index.ts), rather than a page. */
export function isGlossaryTerm(url: string): boolean {
  return /^\/glosario\/[a-z0-9-]+\/$/.test(url);
}

/**
 * The title spells the acronym out: «Primeros auxilios psicológicos (PAP)», or words whose initials
 * make it, stop words aside: «Coaching y Encuentro de Oportunidades» for CEO. Two-letter initials
 * match too many titles by chance, so those need the «(UE)» form.
 */
export function titleSpellsOut(title: string, acronym: string): boolean {
  if (title.includes(`(${acronym})`)) return true;
  if (acronym.length < 3) return false;
  const initials = wordsOf(title)
    .filter((word) => !STOP_WORDS.has(foldText(word)))
    .map((word) => foldText(word).charAt(0))
    .join('');
  return initials.includes(foldText(acronym));
}

/** Whether the query is one of the page's other names, stop words and accents aside: «diagnostico» for «diagnóstico». */
export function queryIsName(names: readonly string[], query: AnalysedQuery): boolean {
  const typed = query.words.join(' ');
  return typed !== '' && names.some((name) => analyseQuery(name).words.join(' ') === typed);
}

/**
 * How well a loaded result matches, best first:
 * 0. the query names the page: an acronym its title spells out, or one of its other names;
 * 1. the title, or the page's other names, have every query word;
 * 2. the text has every query word, as a whole word (accents aside);
 * 3. Pagefind matched other forms only: longer words the query begins («genera» for «genero»,
 *    «papel» for «PAP») or words of the same stem.
 */
export function matchTier(result: RankedResult, query: AnalysedQuery): number {
  const names = result.names ?? [];
  if (query.acronym && titleSpellsOut(result.title, query.acronym)) return 0;
  if (queryIsName(names, query)) return 0;
  const hasAll = (text: string) => {
    const words = new Set(wordsOf(foldText(text)));
    return query.words.every((word) => words.has(word));
  };
  if (hasAll(result.title) || hasAll(names.join(' '))) return 1;
  if (hasAll(result.content)) return 2;
  return 3;
}

/**
 * Whether Pagefind matched only other words than those typed in every result: tier 3 throughout. A
 * word may then be misspelt (src/lib/search-suggestion.ts); or Pagefind found its other forms.
 */
export function onlyOtherForms(results: readonly RankedResult[], query: AnalysedQuery): boolean {
  return results.every((result) => matchTier(result, query) === 3);
}

/** The words Pagefind marked in an excerpt as matches, folded. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((match) => wordsOf(foldText(match[1])));
}

/**
 * The query's words that no excerpt marks, not even as the start of a longer word («migra» in
 * «migración»): those Pagefind may have replaced by a shorter word they begin (when the index lacks
 * them) or by another form of the same stem.
 */
export function wordsWithoutMatch(query: AnalysedQuery, excerpts: readonly string[]): string[] {
  const marked = excerpts.flatMap(markedWords);
  return query.words.filter((word) => !marked.some((match) => match.startsWith(word)));
}

/** How much of the title is the query: 1 for «Durán» searching «duran», 1/5 for «Catastro de emprendimientos de Durán». */
export function titleFocus(title: string, query: AnalysedQuery): number {
  const titleWords = wordsOf(title).filter(isSignificant);
  return titleWords.length === 0 ? 0 : Math.min(1, query.words.length / titleWords.length);
}

/**
 * Orders one page of loaded results (Pagefind's order in, best first out): by match tier; within a
 * tier, pages before glossary definitions (a guide about «gestión de casos» before the term's
 * definition); among titles with every query word, titles that start with the query, then titles
 * that are most about it; Pagefind's order otherwise. Stable, so equal results keep Pagefind's order.
 */
export function rankPage<T extends RankedResult>(results: readonly T[], query: AnalysedQuery): T[] {
  const keyed = results.map((result, index) => {
    const tier = matchTier(result, query);
    const titleWords = wordsOf(foldText(result.title)).filter(isSignificant);
    const startsWithQuery = tier === 1 && query.words.every((word, i) => titleWords[i] === word);
    return {
      result,
      key: [tier, isGlossaryTerm(result.url) ? 1 : 0, tier === 1 && !startsWithQuery ? 1 : 0, tier === 1 ? -titleFocus(result.title, query) : 0, index],
    };
  });
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
    return 0;
  });
  return keyed.map(({ result }) => result);
}

// --- Showing results ------------------------------------------------------------------------

/** A section of a page that matched (Pagefind's `sub_results`). */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Present when the section starts at a heading with an id; absent for the text before any. */
  anchor?: { location: number };
  weighted_locations: { balanced_score: number }[];
}

/**
 * The sections to list under a result: those that start at a heading (so they link to it), the
 * most matches first, at most `max`, shown in the page's order.
 */
export function pickSubResults<T extends SubResult>(subResults: readonly T[], max = MAX_SUB_RESULTS): T[] {
  const score = (sub: T) => sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  return subResults
    .filter((sub) => sub.anchor && sub.url.includes('#'))
    .map((sub, index) => ({ sub, index, score: score(sub) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.sub.anchor!.location - b.sub.anchor!.location)
    .map(({ sub }) => sub);
}

/**
 * Pagefind's excerpt with highlighting only on words that mean something: a short query such as
 * «pa» also matches «para», which is not worth marking.
 */
export function highlightExcerpt(excerpt: string): string {
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (whole, text: string) => {
    const words = wordsOf(text);
    return words.length > 0 && words.every((word) => STOP_WORDS.has(foldText(word))) ? text : whole;
  });
}

/** The next slice of results to show after `shown` of `total`. */
export function nextPage(shown: number, total: number, size = RESULTS_PAGE_SIZE): { start: number; end: number } {
  const start = Math.min(shown, total);
  return { start, end: Math.min(start + size, total) };
}

const spanishNumber = new Intl.NumberFormat('es-EC');

/** "1 resultado", "12 resultados", with the query quoted. */
export function resultSummary(count: number, query: string): string {
  const noun = count === 1 ? 'resultado' : 'resultados';
  return query ? `${spanishNumber.format(count)} ${noun} para «${query}»` : `${spanishNumber.format(count)} ${noun}`;
}

/** The live status: how many results there are and, when not all are shown yet, how many are. */
export function resultStatus(shown: number, total: number, query: string): string {
  const summary = resultSummary(total, query);
  return shown < total ? `${summary}; se muestran ${spanishNumber.format(shown)}.` : `${summary}.`;
}

/** The status before anything is searched: in the page's HTML, and again when the box is emptied. */
export const SEARCH_PROMPT = 'Escriba lo que busca, por ejemplo «gestión de casos».';

/** Why nothing is listed, in the visitor's words. */
export function noResultsMessage(query: AnalysedQuery, filtered: boolean): string {
  if (query.typed && query.words.length === 0) {
    const letters = wordsOf(query.typed).every((word) => word.length === 1);
    return letters
      ? `No encontramos «${query.typed}»: escriba al menos dos letras.`
      : `No encontramos «${query.typed}»: es una palabra demasiado común. Pruebe con otra más precisa.`;
  }
  const what = query.typed ? `«${query.typed}»` : 'resultados';
  return filtered ? `No encontramos ${what} con los filtros elegidos.` : `No encontramos ${what}.`;
}

// --- Filter counts ---------------------------------------------------------------------------

export type FilterCounts = Record<string, Record<string, number>>;

/** The filters without one of them: a filter's own counts are what each value would give alone. */
export function withoutFilter(filters: SearchState['filters'], name: SearchFilterName): SearchState['filters'] {
  const { [name]: _dropped, ...rest } = filters;
  return rest;
}

/**
 * Counts beside each filter value. Pagefind counts with every chosen filter applied, so a filter
 * with a value chosen would show 0 for its other values; that filter's counts come instead from
 * the same search without it (`countsWithout[name]`), as its values are alternatives.
 */
export function filterCounts(
  counts: FilterCounts,
  countsWithout: Partial<Record<SearchFilterName, FilterCounts>>,
): Record<SearchFilterName, Record<string, number>> {
  return Object.fromEntries(SEARCH_FILTER_NAMES.map((name) => [name, (countsWithout[name] ?? counts)[name] ?? {}])) as Record<
    SearchFilterName,
    Record<string, number>
  >;
}

/** Offline, results whose page is not saved on the device cannot be shown: say so instead of hiding it. */
export function unavailableSummary(count: number): string {
  if (count === 0) return '';
  return count === 1
    ? '1 resultado no se puede mostrar sin conexión: su página no está guardada en este dispositivo.'
    : `${count} resultados no se pueden mostrar sin conexión: sus páginas no están guardadas en este dispositivo.`;
}
