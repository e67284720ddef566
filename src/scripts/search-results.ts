/**
 * The search itself, loaded by the search page's script (src/scripts/search-page.ts) when the reader
 * starts to search: loads Pagefind (only on this page), runs the query from the URL and the form,
 * renders filters and results a page at a time, and announces the count to screen readers. What to
 * search, how to order and what to say are decided in src/lib/search-query.ts.
 */
import {
  PAGEFIND_RANKING,
  SEARCH_FILTERS,
  SEARCH_PROMPT,
  SEARCH_FILTER_NAMES,
  analyseQuery,
  exactQuery,
  filterCounts,
  hasActiveFilters,
  highlightExcerpt,
  nextPage,
  noResultsMessage,
  parseSearchParams,
  pickSubResults,
  rankPage,
  resultStatus,
  toPagefindFilters,
  toSearchParams,
  onlyOtherForms,
  wholeWordsFirst,
  wordsWithoutMatch,
  withoutFilter,
  type FilterCounts,
  type SearchFilterName,
  type AnalysedQuery,
  type SearchState,
  type SubResult,
  unavailableSummary,
} from '../lib/search-query.ts';
import { SEARCH_NAMES_META, parseSearchNames } from '../lib/search-names.ts';
import { MIN_WORD_LENGTH, SEARCH_WORDS_URL, isListed, parseWordList, suggestQuery, type WordList } from '../lib/search-suggestion.ts';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string; [name: string]: string | undefined };
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
}

function element(tag: string, props: Record<string, unknown> = {}, children: (Node | string)[] = []): HTMLElement {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt of our own pages (text it escaped, with <mark> around matches). */
function excerptParagraph(html: string, className?: string): HTMLElement {
  const paragraph = element('p', className ? { className } : {});
  paragraph.innerHTML = highlightExcerpt(html);
  return paragraph;
}

function renderResult(result: PagefindResultData): HTMLElement {
  const title = result.meta.title ?? result.url;
  const kind = result.filters.tipo?.[0];
  const sections = pickSubResults(result.sub_results);
  return element('li', {}, [
    ...(kind ? [element('span', { className: 'card__eyebrow', textContent: kind })] : []),
    element('h2', {}, [element('a', { href: result.url, textContent: title })]),
    excerptParagraph(result.excerpt),
    ...(sections.length > 0
      ? [
          element(
            'ul',
            { className: 'search-sections' },
            sections.map((section) =>
              element('li', {}, [element('a', { href: section.url, textContent: section.title }), excerptParagraph(section.excerpt, 'search-sections__excerpt')]),
            ),
          ),
        ]
      : []),
  ]);
}

/**
 * Starts the search in the page's search root and runs the first search; text typed in the box
 * before this keeps its place and is searched. False when Pagefind could not load (search-page.ts says so).
 */
export async function startSearch(container: HTMLElement): Promise<boolean> {
  const form = container.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterBox = container.querySelector<HTMLElement>('[data-search-filters]')!;
  const filterPanel = container.querySelector<HTMLDetailsElement>('[data-search-filters-panel]')!;
  const status = container.querySelector<HTMLElement>('[data-search-status]')!;
  const empty = container.querySelector<HTMLElement>('[data-search-empty]')!;
  const list = container.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = container.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const suggestion = container.querySelector<HTMLElement>('[data-search-suggestion]')!;
  // Filters start open where there is room beside the results, folded on phones.
  const wide = window.matchMedia('(min-width: 56rem)');
  filterPanel.open = wide.matches;

  let state: SearchState = parseSearchParams(new URLSearchParams(location.search));
  if (state.query) input.value = state.query;

  const pagefindUrl = '/pagefind/pagefind.js';
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pagefind.options({
      excerptLength: 24,
      excerptEllipsis: '…',
      // The index is small: searching on the page spares the download of Pagefind's worker script.
      noWorker: true,
      ranking: PAGEFIND_RANKING,
    });
    await pagefind.init();
  } catch {
    return false;
  }

  // One checkbox per filter value, kept across searches (so focus stays put); values with no
  // results for the current search are hidden and named in a line of their own instead of «(0)».
  const options: { name: SearchFilterName; value: string; label: HTMLElement; checkbox: HTMLInputElement; count: HTMLElement }[] = [];
  const noneLines = new Map<SearchFilterName, HTMLElement>();
  const available = await pagefind.filters();
  for (const name of SEARCH_FILTER_NAMES) {
    const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, 'es'));
    if (values.length === 0) continue;
    const fieldset = element('fieldset', {}, [element('legend', { textContent: SEARCH_FILTERS[name] })]);
    for (const value of values) {
      const checkbox = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        name,
        value,
        checked: state.filters[name]?.includes(value) ?? false,
      });
      checkbox.addEventListener('change', () => {
        const chosen = options.filter((o) => o.name === name && o.checkbox.checked).map((o) => o.value);
        state = { ...state, filters: { ...state.filters, [name]: chosen } };
        void run({ keepResultsInView: true });
      });
      const count = element('span', { className: 'search-filters__count' });
      const label = element('label', {}, [checkbox, `${value} `, count]);
      options.push({ name, value, label, checkbox, count });
      fieldset.append(label);
    }
    const none = element('p', { className: 'search-filters__none', hidden: true });
    noneLines.set(name, none);
    fieldset.append(none);
    filterBox.append(fieldset);
  }

  function showCounts(counts: Record<string, Record<string, number>>) {
    for (const option of options) {
      const count = counts[option.name]?.[option.value] ?? 0;
      option.count.textContent = `(${count})`;
      option.label.hidden = count === 0 && !option.checkbox.checked && document.activeElement !== option.checkbox;
    }
    for (const [name, line] of noneLines) {
      const hidden = options.filter((o) => o.name === name && o.label.hidden).map((o) => o.value);
      line.hidden = hidden.length === 0;
      line.textContent = `Sin resultados para esta búsqueda: ${hidden.join(', ')}.`;
    }
  }
  showCounts(available);

  let generation = 0;
  let ordered: PagefindResult[] = [];
  let shown = 0;
  /** Results of this search whose page is not saved on the device (offline only). */
  let unavailable = 0;
  let analysed = analyseQuery(state.query);

  interface LoadedPage {
    ranked: (PagefindResultData & { title: string; names: string[] })[];
    end: number;
    unavailable: number;
  }

  /** Loads and ranks the page of `results` after the first `from`. */
  async function loadPage(results: PagefindResult[], from: number, query: AnalysedQuery): Promise<LoadedPage> {
    const { start, end } = nextPage(from, results.length);
    // Offline, the excerpt of a page that is not saved on the device cannot load: show the others.
    const settled = await Promise.allSettled(results.slice(start, end).map((result) => result.data()));
    const loaded = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const ranked = rankPage(
      loaded.map((data) => ({ ...data, title: data.meta.title ?? data.url, names: parseSearchNames(data.meta[SEARCH_NAMES_META]) })),
      query,
    );
    return { ranked, end, unavailable: settled.length - loaded.length };
  }

  /** Appends a loaded page of results and says how many are shown; returns the first new item. */
  function showPage(page: LoadedPage): HTMLElement | undefined {
    const items = page.ranked.map(renderResult);
    list.append(...items);
    shown = page.end;
    unavailable += page.unavailable;
    more.hidden = shown >= ordered.length;
    const missing = unavailableSummary(unavailable);
    status.textContent = resultStatus(shown, ordered.length, analysed.typed) + (missing ? ` ${missing}` : '');
    return items[0];
  }

  /** Loads, ranks and appends the next page of results; returns the first new item. */
  async function showMore(current: number): Promise<HTMLElement | undefined> {
    const page = await loadPage(ordered, shown, analysed);
    return current === generation ? showPage(page) : undefined;
  }

  // The word list for «¿Quiso decir…?», fetched the first time a search needs it (never on a search
  // that finds what was typed); offline or on error, searches simply go without a suggestion.
  let wordList: Promise<WordList | null> | undefined;
  const loadWordList = () =>
    (wordList ??= fetch(SEARCH_WORDS_URL)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then(parseWordList)
      .catch(() => null));

  /**
   * Of these words, those the index does not have: neither a listed word nor the start of one, and
   * not a form of an indexed word either (Pagefind's exact search matches the word's stem:
   * «gestionaremos» finds «gestión»). For such a word Pagefind falls back to the longest indexed word
   * it begins with («x» for «xenofovia»), so its results are not about it.
   */
  async function wordsNotIndexed(candidates: readonly string[], words: WordList): Promise<Set<string>> {
    const unknown = new Set<string>();
    for (const word of candidates) {
      if (word.length < MIN_WORD_LENGTH || isListed(word, words)) continue;
      const exact = await pagefind.search(`"${word}"`);
      if (exact && exact.results.length === 0) unknown.add(word);
    }
    return unknown;
  }

  function showSuggestion(text: string | undefined) {
    if (!text) {
      suggestion.replaceChildren();
      return;
    }
    const params = toSearchParams({ ...state, query: text });
    const link = element('a', { href: `?${params}`, textContent: text });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = text;
      state = { ...state, query: text };
      // The link goes away with the new results: the reader continues from the search box.
      input.focus();
      void run();
    });
    suggestion.replaceChildren('¿Quiso decir ', link, '?');
  }

  async function run({ keepResultsInView = false } = {}) {
    const current = ++generation;
    const params = toSearchParams(state);
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    const query = analyseQuery(state.query);
    const filtered = hasActiveFilters(state.filters);
    if (!state.query && !filtered) {
      analysed = query;
      ordered = [];
      shown = 0;
      unavailable = 0;
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      showCounts(available);
      status.textContent = SEARCH_PROMPT;
      showSuggestion(undefined);
      return;
    }
    const text = query.text || null;
    let counts: Record<string, Record<string, number>> = {};
    let found: PagefindResult[] = [];
    // Only stop words or single letters: nothing worth searching.
    if (!(state.query && !text)) {
      const filters = toPagefindFilters(state.filters);
      const search = await pagefind.search(text, { filters });
      const exact = exactQuery(query);
      const exactSearch = exact ? await pagefind.search(exact, { filters }) : null;
      const countsWithout: Partial<Record<SearchFilterName, FilterCounts>> = {};
      for (const name of SEARCH_FILTER_NAMES) {
        if (!state.filters[name]?.length) continue;
        const other = await pagefind.search(text, { filters: toPagefindFilters(withoutFilter(state.filters, name)) });
        if (other) countsWithout[name] = other.filters;
      }
      if (current !== generation || !search) return;
      found = wholeWordsFirst(search.results, exactSearch ? new Set(exactSearch.results.map((r) => r.id)) : null);
      counts = filterCounts(search.filters, countsWithout);
    }
    if (current !== generation) return;
    let firstPage = found.length > 0 ? await loadPage(found, 0, query) : undefined;
    if (current !== generation) return;
    // A search that finds nothing, or only other words than some of those typed, may have a misspelt word.
    let suggested: string | undefined;
    const unmatched = !firstPage
      ? query.words
      : onlyOtherForms(firstPage.ranked, query)
        ? wordsWithoutMatch(query, firstPage.ranked.map((result) => result.excerpt))
        : [];
    if (unmatched.some((word) => word.length >= MIN_WORD_LENGTH)) {
      const words = await loadWordList();
      if (current !== generation) return;
      const unknown = words ? await wordsNotIndexed(unmatched, words) : new Set<string>();
      if (current !== generation) return;
      if (words && unknown.size > 0) suggested = suggestQuery(query.typed, unknown, words);
      // No word of the query is in the index: what Pagefind found is about shorter words they begin.
      if (unknown.size === query.words.length) {
        found = [];
        firstPage = undefined;
        counts = filterCounts({}, {});
      }
    }
    // Replaced only now, so «Mostrar más» keeps working on the results shown while this search runs.
    analysed = query;
    ordered = found;
    shown = 0;
    unavailable = 0;
    showCounts(counts);
    list.replaceChildren();
    empty.hidden = ordered.length > 0;
    if (!firstPage) {
      more.hidden = true;
      status.textContent = noResultsMessage(analysed, filtered);
    } else {
      showPage(firstPage);
    }
    showSuggestion(suggested);
    // On phones the filters sit above the results: bring the outcome of a filter into view.
    const statusTop = status.getBoundingClientRect().top;
    if (keepResultsInView && !wide.matches && (statusTop < 0 || statusTop > window.innerHeight / 2)) {
      const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      status.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
    }
  }

  more.addEventListener('click', async () => {
    if (more.getAttribute('aria-disabled') === 'true') return;
    // A second click while the page loads would load it twice.
    more.setAttribute('aria-disabled', 'true');
    const first = await showMore(generation).finally(() => more.removeAttribute('aria-disabled'));
    // Keyboard and screen-reader users continue from the first new result.
    first?.querySelector<HTMLAnchorElement>('h2 a')?.focus();
  });

  let debounce: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      state = { ...state, query: input.value.trim() };
      void run();
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(debounce);
    state = { ...state, query: input.value.trim() };
    void run();
  });

  // What the reader typed while Pagefind loaded is searched now.
  state = { ...state, query: input.value.trim() };
  await run();
  return true;
}
