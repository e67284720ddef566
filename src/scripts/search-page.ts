/**
 * The search page's behaviour: loads Pagefind (only on this page), runs the query from the URL and
 * the form, renders filters and results a page at a time, and announces the count to screen
 * readers. What to search, how to order and what to say are decided in src/lib/search-query.ts.
 */
import {
  SEARCH_FILTERS,
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
  wholeWordsFirst,
  withoutFilter,
  type FilterCounts,
  type SearchFilterName,
  type SearchState,
  type SubResult,
  unavailableSummary,
} from '../lib/search-query.ts';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string };
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

const root = document.querySelector<HTMLElement>('[data-search-root]');

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

async function start(container: HTMLElement) {
  const form = container.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterBox = container.querySelector<HTMLElement>('[data-search-filters]')!;
  const filterPanel = container.querySelector<HTMLDetailsElement>('[data-search-filters-panel]')!;
  const status = container.querySelector<HTMLElement>('[data-search-status]')!;
  const empty = container.querySelector<HTMLElement>('[data-search-empty]')!;
  const list = container.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = container.querySelector<HTMLButtonElement>('[data-search-more]')!;
  // Filters start open where there is room beside the results, folded on phones.
  const wide = window.matchMedia('(min-width: 56rem)');
  filterPanel.open = wide.matches;

  let state: SearchState = parseSearchParams(new URLSearchParams(location.search));
  input.value = state.query;

  const pagefindUrl = '/pagefind/pagefind.js';
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pagefind.options({
      excerptLength: 24,
      excerptEllipsis: '…',
      // The index is small: searching on the page spares the download of Pagefind's worker script.
      noWorker: true,
      ranking: {
        // Readers often type without accents: «genero» must not prefer «genera» to «género».
        diacriticSimilarity: 0,
        // Favour words of the query's length over longer words it begins («PAP» → «papel»).
        termSimilarity: 4,
      },
    });
    await pagefind.init();
  } catch {
    status.textContent = 'No se pudo cargar la búsqueda. Vuelva a intentarlo o navegue por las secciones.';
    return;
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

  /** Loads, ranks and appends the next page of results; returns the first new item. */
  async function showMore(current: number): Promise<HTMLElement | undefined> {
    const { start, end } = nextPage(shown, ordered.length);
    // Offline, the excerpt of a page that is not saved on the device cannot load: show the others.
    const settled = await Promise.allSettled(ordered.slice(start, end).map((result) => result.data()));
    if (current !== generation) return undefined;
    const loaded = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    unavailable += settled.length - loaded.length;
    const ranked = rankPage(
      loaded.map((data) => ({ ...data, title: data.meta.title ?? data.url })),
      analysed,
    );
    const items = ranked.map(renderResult);
    list.append(...items);
    shown = end;
    more.hidden = shown >= ordered.length;
    const missing = unavailableSummary(unavailable);
    status.textContent = resultStatus(shown, ordered.length, analysed.typed) + (missing ? ` ${missing}` : '');
    return items[0];
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
      status.textContent = 'Escriba lo que busca, por ejemplo «gestión de casos».';
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
    // Replaced only now, so «Mostrar más» keeps working on the results shown while this search runs.
    analysed = query;
    ordered = found;
    shown = 0;
    unavailable = 0;
    showCounts(counts);
    list.replaceChildren();
    empty.hidden = ordered.length > 0;
    if (ordered.length === 0) {
      more.hidden = true;
      status.textContent = noResultsMessage(analysed, filtered);
    } else {
      await showMore(current);
      if (current !== generation) return;
    }
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

  await run();
}

if (root) {
  document.documentElement.classList.add('js');
  void start(root);
}
