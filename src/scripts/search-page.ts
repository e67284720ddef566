/**
 * The search page's behaviour: loads Pagefind (only on this page), runs the query from the URL and
 * the form, renders filters and results, and announces the count to screen readers.
 */
import {
  SEARCH_FILTERS,
  SEARCH_FILTER_NAMES,
  parseSearchParams,
  resultSummary,
  toPagefindFilters,
  toSearchParams,
  unavailableSummary,
  type SearchState,
} from '../lib/search-query.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[]; filters: Record<string, Record<string, number>> } | null>;
}

const RESULTS_PAGE_SIZE = 20;
const root = document.querySelector<HTMLElement>('[data-search-root]');

function element(tag: string, props: Record<string, unknown> = {}, children: (Node | string)[] = []): HTMLElement {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function start(container: HTMLElement) {
  const form = container.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterBox = container.querySelector<HTMLElement>('[data-search-filters]')!;
  const filterPanel = container.querySelector<HTMLDetailsElement>('[data-search-filters-panel]')!;
  // Filters start open where there is room beside the results, folded on phones.
  filterPanel.open = window.matchMedia('(min-width: 56rem)').matches;
  const countLabels: { name: string; value: string; label: HTMLElement }[] = [];
  const status = container.querySelector<HTMLElement>('[data-search-status]')!;
  const list = container.querySelector<HTMLOListElement>('[data-search-results]')!;

  let state: SearchState = parseSearchParams(new URLSearchParams(location.search));
  input.value = state.query;

  const pagefindUrl = '/pagefind/pagefind.js';
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
  } catch {
    status.textContent = 'No se pudo cargar la búsqueda. Vuelva a intentarlo o navegue por las secciones.';
    return;
  }

  const available = await pagefind.filters();
  renderFilters(available);

  function renderFilters(counts: Record<string, Record<string, number>>) {
    filterBox.replaceChildren();
    for (const name of SEARCH_FILTER_NAMES) {
      const values = Object.keys(counts[name] ?? {}).sort((a, b) => a.localeCompare(b, 'es'));
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
          const chosen = [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((c) => c.value);
          state = { ...state, filters: { ...state.filters, [name]: chosen } };
          void run();
        });
        const count = element('span', { textContent: `(${counts[name][value]})` });
        countLabels.push({ name, value, label: count });
        fieldset.append(element('label', {}, [checkbox, `${value} `, count]));
      }
      filterBox.append(fieldset);
    }
  }

  /** Shows, beside each filter value, how many results the current search would have with it. */
  function updateCounts(counts: Record<string, Record<string, number>>) {
    for (const { name, value, label } of countLabels) label.textContent = `(${counts[name]?.[value] ?? 0})`;
  }

  let generation = 0;
  async function run() {
    const current = ++generation;
    const params = toSearchParams(state);
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    const hasFilters = Object.values(state.filters).some((values) => values && values.length > 0);
    if (!state.query && !hasFilters) {
      list.replaceChildren();
      status.textContent = 'Escriba lo que busca, por ejemplo «gestión de casos».';
      return;
    }
    const search = await pagefind.search(state.query || null, { filters: toPagefindFilters(state.filters) });
    if (current !== generation || !search) return;
    updateCounts(search.filters);
    // Offline, the excerpt of a page that is not saved on the device cannot load: show the others.
    const loaded = await Promise.allSettled(search.results.slice(0, RESULTS_PAGE_SIZE).map((result) => result.data()));
    if (current !== generation) return;
    const results = loaded.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    list.replaceChildren(
      ...results.map((result) => {
        const excerpt = element('p');
        excerpt.innerHTML = result.excerpt; // Pagefind's excerpt of our own pages, with <mark> around matches.
        const kind = result.filters.tipo?.[0];
        return element('li', {}, [
          ...(kind ? [element('span', { className: 'card__eyebrow', textContent: kind })] : []),
          element('h2', {}, [element('a', { href: result.url, textContent: result.meta.title ?? result.url })]),
          excerpt,
        ]);
      }),
    );
    const total = search.results.length;
    const unavailable = unavailableSummary(loaded.length - results.length);
    status.textContent =
      resultSummary(total, state.query) + (total > RESULTS_PAGE_SIZE ? `; se muestran los primeros ${RESULTS_PAGE_SIZE}` : '') + (unavailable ? `. ${unavailable}` : '');
  }

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
