/**
 * The names readers type for the portal's tools and the main page of each section, when the page's
 * title does not say them: «diagnóstico» for the «Autodiagnóstico del GAD», «cifras» for the results,
 * «cuestionarios» for the course's self-assessments. BaseLayout writes them into the page as Pagefind
 * metadata (`SEARCH_NAMES_META`), which Pagefind searches and ranks with `SEARCH_RANKING.metaWeights`,
 * and the search page ranks a result whose name is the query first (search-query.ts `matchTier`).
 * A content entry carries its own names in its `searchNames` field (manuals).
 *
 * Each name must find its page first: tests/e2e/search.spec.ts searches every one. A name that is
 * already a word of another page's title (say «xenofobia», the glossary term) would push that page
 * down: leave those out.
 */

/** Pagefind metadata key of a page's other names. */
export const SEARCH_NAMES_META = 'nombres';
/** How the names are joined in the metadata (never part of a name). */
export const SEARCH_NAMES_SEPARATOR = ' | ';

/** Other names of the portal's own pages (not content entries), by path. */
export const PAGE_SEARCH_NAMES: Readonly<Record<string, readonly string[]>> = {
  '/manuales/': ['manuales', 'guías', 'metodologías', 'documentos', 'publicaciones'],
  '/aprende-trabaja-emprende/': [
    'curso',
    'talleres de empleo',
    'talleres de emprendimiento',
    'capacitación',
    'módulos',
    'autoevaluaciones',
    'cuestionarios',
    'test',
    'quiz',
  ],
  '/aprende-trabaja-emprende/evaluacion-inicial-y-final/': ['examen', 'prueba inicial', 'prueba final'],
  '/formacion-de-formadores/': ['formador de formadores', 'formación de facilitadores', 'capacitar a facilitadores'],
  '/diagnostico/': [
    'diagnóstico',
    'diagnóstico del GAD',
    'diagnóstico del municipio',
    'autoevaluación del GAD',
    'autoevaluación del municipio',
    'gobernanza migratoria',
  ],
  '/diagnostico/cuestionario/': ['diagnóstico en papel', 'imprimir el diagnóstico'],
  '/diagnostico/metodologia/': ['cómo se calcula el puntaje', 'metodología del diagnóstico'],
  '/buenas-practicas/': ['buenas prácticas', 'experiencias municipales', 'casos de éxito'],
  '/campana/': ['campaña', 'campaña de comunicación', 'kit de campaña', 'materiales de campaña'],
  '/resultados/': ['resultados', 'cifras', 'indicadores', 'estadísticas', 'metas', 'logros'],
  '/municipios/': ['municipios', 'cantones', 'ciudades', 'gobiernos municipales'],
  '/glosario/': ['glosario', 'términos', 'definiciones', 'siglas', 'diccionario', 'qué significa'],
  '/notas-sobre-el-informe/': ['notas', 'erratas', 'errores del informe', 'cifras que no coinciden'],
};

/**
 * Marks the list of pages on a section's main page (the manuals, the municipalities): each listed
 * page is a result of its own, so scripts/build-search-index.ts leaves the list out of the section
 * page's record (Pagefind's `excludeSelectors`), which is then found by its title and names. Not
 * `data-pagefind-ignore`: that marks page furniture, which the readability measure leaves out too.
 */
export const SECTION_LIST_SELECTOR = '[data-search-section-list]';

/** Names as Pagefind metadata: one string. */
export function searchNamesMeta(names: readonly string[]): string {
  return names.map((name) => name.trim()).filter(Boolean).join(SEARCH_NAMES_SEPARATOR);
}

/** The names in a page's metadata (its inverse). */
export function parseSearchNames(meta: string | undefined): string[] {
  return (meta ?? '').split(SEARCH_NAMES_SEPARATOR).map((name) => name.trim()).filter(Boolean);
}
