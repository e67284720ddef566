/**
 * The search page's state in its URL (?q=…&tipo=…&audiencia=…&zona=…), so a search can be shared,
 * bookmarked and reached from the plain GET forms of every page.
 */

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

/** Pagefind's filter argument: values of one filter are alternatives (any), filters combine (all). */
export function toPagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values && values.length > 0)
      .map(([name, values]) => [name, { any: values! }]),
  );
}

/** "1 resultado", "12 resultados", with the query quoted. */
export function resultSummary(count: number, query: string): string {
  const noun = count === 1 ? 'resultado' : 'resultados';
  return query ? `${count} ${noun} para «${query}»` : `${count} ${noun}`;
}

/** Offline, results whose page is not saved on the device cannot be shown: say so instead of hiding it. */
export function unavailableSummary(count: number): string {
  if (count === 0) return '';
  return count === 1
    ? '1 resultado no se puede mostrar sin conexión: su página no está guardada en este dispositivo.'
    : `${count} resultados no se pueden mostrar sin conexión: sus páginas no están guardadas en este dispositivo.`;
}
