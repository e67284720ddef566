/**
 * What a first visit's offline precache costs a reader, as the build prints it (scripts/compress-dist.ts,
 * the step that knows each file's compressed sizes): pages, their CSS/JS/images, and the search index.
 */

/** One precached URL and its bytes: as built, and as the server sends it gzip and brotli. */
export interface PrecachedFile {
  url: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** The URLs of the precache list Workbox wrote into the service worker. */
export function precacheUrls(serviceWorker: string): string[] {
  return [...serviceWorker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);
}

/** Which part of the precache a URL belongs to. */
export function precacheGroup(url: string): 'pages' | 'search index' | 'CSS/JS/images' {
  if (url.startsWith('/pagefind/') || url.startsWith('/buscar/palabras')) return 'search index';
  if (url.endsWith('/') || url.endsWith('.html')) return 'pages';
  return 'CSS/JS/images';
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The report: the service worker's own size, then one line per group and the total. */
export function formatPrecacheCost(files: PrecachedFile[], worker: { sw: number; swGzip: number }): string {
  const line = (name: string, list: PrecachedFile[]) => {
    const sum = (key: 'raw' | 'gzip' | 'brotli') => list.reduce((total, file) => total + file[key], 0);
    return `  ${name.padEnd(14)} ${String(list.length).padStart(4)} files  ${kb(sum('raw')).padStart(10)} raw  ${kb(sum('gzip')).padStart(10)} gzip  ${kb(sum('brotli')).padStart(10)} brotli`;
  };
  const groups = (['pages', 'CSS/JS/images', 'search index'] as const).map((group) =>
    line(group, files.filter((file) => precacheGroup(file.url) === group)),
  );
  return [
    `Service worker: ${kb(worker.sw)} (${kb(worker.swGzip)} gzip); precache: ${files.length} URLs, what a first visit downloads for offline use:`,
    ...groups,
    line('total', files),
  ].join('\n');
}
