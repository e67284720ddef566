/** Facts about the built site the browser tests share: its pages, read from the real sitemap. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';

export const DIST = join(import.meta.dirname, '../../dist');

/** Every built .html file under `dir` (default dist/), leaving out folders with the names in `skip`. */
export function builtHtmlFiles(skip: readonly string[] = [], dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : builtHtmlFiles(skip, path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The page path of a built .html file: dist/manuales/index.html → "/manuales/"; dist/404.html → "/404.html". */
export const pathOfBuiltFile = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '')}`;

/** The paths of the built pages (outside /admin/) whose HTML holds any of `texts`, e.g. a marker an island or chart leaves; each file read once. */
export const builtPagesContaining = (...texts: string[]) =>
  builtHtmlFiles(['admin'])
    .filter((file) => {
      const html = readFileSync(file, 'utf8');
      return texts.some((text) => html.includes(text));
    })
    .map(pathOfBuiltFile);

/** Every path the sitemap lists, e.g. "/manuales/gestion-de-casos/". */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error('No sitemap in dist/: run `npm run build` before the browser tests');
  return files.flatMap((file) =>
    [...readFileSync(join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname),
  );
}

/** Each results table's own page (/resultados/<id>/), from the sitemap. */
export const resultPages = () => sitemapPaths().filter((path) => /^\/resultados\/(?!datos\/)[a-z0-9-]+\/$/.test(path));

/** Each glossary term's own page (/glosario/<id>/), from the sitemap. */
export const glossaryTermPages = () => sitemapPaths().filter((path) => /^\/glosario\/[a-z0-9-]+\/$/.test(path));

/** One page of each type, for checks that need not run on every page. */
export const PAGE_TYPES = {
  home: '/',
  manualList: '/manuales/',
  manualFacet: '/manuales/audiencia/facilitador/',
  manual: '/manuales/gestion-de-casos/',
  module: '/aprende-trabaja-emprende/bienvenida-y-screening/',
  trainerGuide: '/aprende-trabaja-emprende/bienvenida-y-screening/guia-facilitador/',
  municipioList: '/municipios/',
  municipio: '/municipios/quito/',
  practiceList: '/buenas-practicas/',
  practiceFilter: '/buenas-practicas/filtro/gobernabilidad/el-oro/',
  practice: '/buenas-practicas/duran-catastro-de-emprendimientos/',
  campaign: '/campana/',
  campaignPage: '/campana/resultados-de-la-campana/',
  results: '/resultados/',
  // The heaviest table page: a chart, its table and two notes about the report in full.
  resultTable: '/resultados/funcionarios-capacitados-medios-de-vida/',
  diagnostic: '/diagnostico/',
  diagnosticPaper: '/diagnostico/cuestionario/',
  diagnosticCoordination: '/diagnostico/municipios/',
  diagnosticGuide: '/diagnostico/guia-de-facilitacion/',
  glossary: '/glosario/',
  // The heaviest term page: its definition and a note about the report in full.
  glossaryTerm: '/glosario/get/',
  search: '/buscar/',
  offline: '/sin-conexion/',
  notFound: '/esta-pagina-no-existe/',
} as const;

/** Pages that have an island or a page script (the trainer guides' print button). */
const PAGES_WITH_SCRIPTS = new Set(['module', 'trainerGuide', 'diagnosticGuide', 'search', 'resultTable', 'diagnostic', 'diagnosticCoordination']);

/** The page types `npm run bench` measures: one of each kind of page a reader meets. */
export const BENCH_PAGE_TYPES = [
  'home',
  'manualList',
  'manual',
  'module',
  'trainerGuide',
  'diagnostic',
  'practiceList',
  'practice',
  'campaign',
  'results',
  'resultTable',
  'municipio',
  'glossary',
  'glossaryTerm',
  'search',
  'notFound',
] as const satisfies readonly (keyof typeof PAGE_TYPES)[];

/** Pages that have no island or page script (every page has one inline script, PAGE_SCRIPT). */
export const PAGES_WITHOUT_SCRIPTS = Object.entries(PAGE_TYPES)
  .filter(([type]) => !PAGES_WITH_SCRIPTS.has(type))
  .map(([, path]) => path);

/** Where the CMS tests' decap-server saves: a fresh copy of src/content made when the servers start. */
/** Named by this checkout: two checkouts testing on one machine must not reset each other's copy. */
export const CMS_REPO = process.env.CMS_TEST_REPO ?? join(tmpdir(), `integra-cms-e2e-${createHash('sha256').update(import.meta.dirname).digest('hex').slice(0, 10)}`);
