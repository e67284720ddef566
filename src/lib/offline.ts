/**
 * What the portal keeps on the device for use without connection, in one place:
 * - `scripts/build-sw.ts` precaches the built pages of these sections (plus the CSS, JavaScript and
 *   images they load, and the search index they need) and nothing else;
 * - the `/sin-conexion/` page lists the same pages, with links (the build fails if the two differ);
 * - the course page's «Guardar para usar sin conexión» button checks the course's pages.
 * Pure: no DOM, no file system, so the service worker, the pages and the build script share it.
 */
import { COURSES } from './courses.ts';
import { OFFLINE_PAGE } from './offline-cache.ts';

export { CACHE_PREFIX, OFFLINE_PAGE, RUNTIME_CACHES, SERVICE_WORKER_URL, SKIP_WAITING_MESSAGE } from './offline-cache.ts';

export type OfflineSectionId = 'curso' | 'en-marcha-digital' | 'formadores' | 'diagnostico' | 'glosario' | 'buscar';

export interface OfflineSection {
  id: OfflineSectionId;
  title: string;
  /** The section's page; every page under this path belongs to the section. */
  href: string;
  /** What a reader finds there without connection. */
  description: string;
}

/** Order is the order of the /sin-conexion/ page. */
export const OFFLINE_SECTIONS: readonly OfflineSection[] = [
  {
    id: 'curso',
    title: COURSES['aprende-trabaja-emprende'].label,
    href: COURSES['aprende-trabaja-emprende'].href,
    description: 'Los módulos con su guía para facilitadores, sus materiales y su autoevaluación, y las evaluaciones del curso.',
  },
  {
    id: 'en-marcha-digital',
    title: COURSES['en-marcha-digital'].label,
    href: COURSES['en-marcha-digital'].href,
    description: 'Los módulos para digitalizar un negocio, con su guía para facilitadores y su autoevaluación.',
  },
  {
    id: 'formadores',
    title: COURSES['formacion-de-formadores'].label,
    href: COURSES['formacion-de-formadores'].href,
    description: 'El programa de 40 horas: sus sesiones y la guía de cada una.',
  },
  {
    id: 'diagnostico',
    title: 'Autodiagnóstico del GAD',
    href: '/diagnostico/',
    description: 'La herramienta, su metodología, el cuestionario y la hoja de respuestas para imprimir, y la vista de varios municipios. Las respuestas se guardan en este dispositivo.',
  },
  { id: 'glosario', title: 'Glosario', href: '/glosario/', description: 'Los términos y siglas del programa.' },
  {
    id: 'buscar',
    title: 'Buscar',
    href: '/buscar/',
    description: 'La búsqueda en todo el portal. Sin conexión, muestra las páginas que están guardadas.',
  },
];

/** The sections the course page's «Guardar para usar sin conexión» button saves. */
export const COURSE_SECTIONS: readonly OfflineSectionId[] = ['curso', 'en-marcha-digital'];

/** The section a page belongs to: the one with the longest path that contains it. */
export function offlineSectionOf(pathname: string): OfflineSection | undefined {
  return OFFLINE_SECTIONS.filter((section) => pathname.startsWith(section.href)).sort((a, b) => b.href.length - a.href.length)[0];
}

/** Paths that are never kept by the service worker, whatever else says so: the CMS, the data downloads, source maps. */
export function isNeverCached(pathname: string): boolean {
  return pathname.startsWith('/admin/') || pathname === '/admin' || pathname.startsWith('/resultados/datos/') || pathname.endsWith('.map');
}

/** True for the pages the service worker precaches: the sections above and the offline page itself. */
export function isOfflinePage(pathname: string): boolean {
  if (isNeverCached(pathname)) return false;
  return pathname === OFFLINE_PAGE || offlineSectionOf(pathname) !== undefined;
}

/** A built file's URL: "glosario/index.html" → "/glosario/", "_astro/a.js" → "/_astro/a.js". */
export function urlOfFile(file: string): string {
  const path = `/${file.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The built file of a URL, relative to the site folder (urlOfFile's inverse): "/a/" → "a/index.html". */
export function fileOfUrl(url: string): string {
  const path = url.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export interface OfflinePage {
  href: string;
  title: string;
  /** Further pages that belong to this one, such as a module's printable guide. */
  children?: { href: string; title: string }[];
}

export interface OfflineSectionPages {
  section: OfflineSection;
  pages: OfflinePage[];
}

/** Pages grouped by section, in the order of OFFLINE_SECTIONS; a page that is not kept offline is an error. */
export function groupBySection(pages: readonly OfflinePage[]): OfflineSectionPages[] {
  const groups = OFFLINE_SECTIONS.map((section) => ({ section, pages: [] as OfflinePage[] }));
  for (const page of pages) {
    for (const href of [page.href, ...(page.children ?? []).map((child) => child.href)]) {
      if (!isOfflinePage(href)) throw new Error(`${href} is listed as available offline, but the service worker does not precache it`);
    }
    const section = offlineSectionOf(page.href)!;
    groups.find((group) => group.section.id === section.id)!.pages.push(page);
  }
  return groups.filter((group) => group.pages.length > 0);
}

/** Every URL of the grouped pages, children included, in order. */
export function offlineUrls(pages: readonly OfflinePage[]): string[] {
  return pages.flatMap((page) => [page.href, ...(page.children ?? []).map((child) => child.href)]);
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * The same-origin files a built page loads: stylesheets, scripts, module preloads and prefetched data, the
 * islands' modules, images and icons, and the data its scripts fetch when the reader gets there (named in a
 * `data-src` attribute, as a module page's quiz names its questions). Links to other pages are not files it loads.
 */
export function pageAssetUrls(html: string): string[] {
  const found: string[] = [];
  // Astro's bundles, wherever they are named: <link>, <script src>, an island's component-url, an inline import.
  for (const match of html.matchAll(/["'(](\/_astro\/[^"'()?#\s]+)/g)) found.push(match[1]);
  for (const match of html.matchAll(/\sdata-src="([^"]+)"/g)) found.push(match[1]);
  for (const match of html.matchAll(/<(?:img|source|script)\b[^>]*?\s(?:src|srcset)="([^"]+)"/g)) {
    for (const candidate of match[1].split(',')) found.push(candidate.trim().split(/\s+/)[0]);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\brel="([^"]+)"/.exec(match[0])?.[1] ?? '';
    const href = /\bhref="([^"]+)"/.exec(match[0])?.[1];
    if (href && /\b(stylesheet|modulepreload|preload|prefetch|icon)\b/.test(rel)) found.push(href);
  }
  return unique(found.filter((url) => url.startsWith('/') && !url.startsWith('//')).map((url) => url.split(/[?#]/)[0]));
}

/**
 * The files a bundled script or stylesheet loads, resolved against its own URL: static and dynamic
 * imports ("./x.js"), Vite's preload lists ("_astro/x.js"), and CSS url(…).
 */
export function bundleAssetUrls(code: string, fileUrl: string): string[] {
  const base = new URL(fileUrl, 'https://portal.invalid/');
  const specifiers: string[] = [];
  for (const match of code.matchAll(/["'`](\.{1,2}\/[^"'`\s]+\.(?:js|mjs|css))["'`]/g)) specifiers.push(match[1]);
  for (const match of code.matchAll(/["'`](\/?_astro\/[^"'`\s]+\.(?:js|mjs|css))["'`]/g)) specifiers.push(match[1].startsWith('/') ? match[1] : `/${match[1]}`);
  for (const match of code.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) if (!match[1].startsWith('data:')) specifiers.push(match[1]);
  return unique(
    specifiers
      .map((specifier) => new URL(specifier, base))
      .filter((url) => url.origin === base.origin)
      .map((url) => url.pathname),
  );
}

/** Pagefind's entry file: which index and WebAssembly each language uses. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * The Pagefind files search needs to run offline (paths relative to the site root): its API and
 * worker, the WebAssembly of the site's languages, the entry and metadata, every index and filter
 * chunk. Not its prebuilt UIs (the search page has its own) nor other languages' WebAssembly.
 * Page excerpts (fragments) are chosen by page, with `isOfflinePage`.
 */
export function pagefindCoreFiles(entry: PagefindEntry, files: readonly string[]): string[] {
  const wasm = new Set(Object.values(entry.languages).map((language) => `pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`));
  const metas = new Set(Object.values(entry.languages).map((language) => `pagefind/pagefind.${language.hash}.pf_meta`));
  return files.filter(
    (file) =>
      ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json'].includes(file) ||
      wasm.has(file) ||
      metas.has(file) ||
      /^pagefind\/(index\/[^/]+\.pf_index|filter\/[^/]+\.pf_filter)$/.test(file),
  );
}

/** The URL of the page a Pagefind fragment describes (the fragment's text once gunzipped: "pagefind_dcd" and JSON). */
export function pagefindFragmentUrl(fragment: string): string | undefined {
  const json = fragment.startsWith('pagefind_dcd') ? fragment.slice('pagefind_dcd'.length) : fragment;
  try {
    const url = (JSON.parse(json) as { url?: unknown }).url;
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The URLs of the pages (children included) that belong to the given sections, e.g. the course's for «Guardar». */
export function urlsOfSections(pages: readonly OfflinePage[], sections: readonly OfflineSectionId[]): string[] {
  return offlineUrls(pages.filter((page) => sections.includes(offlineSectionOf(page.href)?.id as OfflineSectionId)));
}
