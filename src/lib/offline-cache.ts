/**
 * The names the service worker and the pages share (src/lib/offline.ts re-exports them). Kept apart,
 * without imports, so the registration script that pages inline stays a few hundred bytes.
 */

/** The page the service worker shows for a page that is neither saved nor reachable. */
export const OFFLINE_PAGE = '/sin-conexion/';
export const SERVICE_WORKER_URL = '/sw.js';

/** Every cache of the portal starts with this prefix (Workbox's precache too), so the privacy page can erase them all. */
export const CACHE_PREFIX = 'integra';
export const RUNTIME_CACHES = {
  /** Pages read with connection outside the precached sections. */
  pages: `${CACHE_PREFIX}-paginas`,
  /** Hashed CSS/JavaScript and images of those pages. */
  assets: `${CACHE_PREFIX}-recursos`,
  /** Search results' page excerpts (Pagefind fragments) of pages outside the precached sections. */
  search: `${CACHE_PREFIX}-busqueda`,
} as const;

/** The message a page sends a waiting service worker when the reader chooses «Actualizar». */
export const SKIP_WAITING_MESSAGE = 'SKIP_WAITING';
