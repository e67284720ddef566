/**
 * The portal's service worker (bundled and given its precache list by scripts/build-sw.ts).
 * - Precached, served from the device first: the sections of src/lib/offline.ts (the course, En Marcha
 *   Digital, the trainer programme, the diagnostic, the glossary, search) with their CSS, JavaScript,
 *   images and search index, and the offline page.
 * - Any other page: network first (a copy is kept, so a page once read stays readable), then the kept
 *   copy, then the offline page, which lists what is available.
 * - Never kept: /admin/, the data downloads, source maps.
 * - A new version waits until the reader chooses «Actualizar» (or closes every tab of the portal):
 *   a page keeps the scripts it was built with while it is open.
 */
/// <reference lib="webworker" />
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import type { PrecacheEntry } from 'workbox-precaching';
import { CACHE_PREFIX, OFFLINE_PAGE, RUNTIME_CACHES, SKIP_WAITING_MESSAGE, isNeverCached } from '../lib/offline.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

setCacheNameDetails({ prefix: CACHE_PREFIX });
cleanupOutdatedCaches();
// Query strings never change a page of this static site: /buscar/?q=… is /buscar/, Pagefind's ?ts=… its entry file.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], cleanURLs: false });

const sameOrigin = (url: URL) => url.origin === self.location.origin && !isNeverCached(url.pathname);
const onlyComplete = new CacheableResponsePlugin({ statuses: [200] });

// A page outside the precache: the network, or after 5 s without an answer (a slow phone connection) the copy kept.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && sameOrigin(url),
  new NetworkFirst({ cacheName: RUNTIME_CACHES.pages, networkTimeoutSeconds: 5, plugins: [onlyComplete] }),
);
// Hashed bundles never change under the same name.
registerRoute(({ url }) => sameOrigin(url) && url.pathname.startsWith('/_astro/'), new CacheFirst({ cacheName: RUNTIME_CACHES.assets, plugins: [onlyComplete] }));
registerRoute(
  ({ request, url }) => sameOrigin(url) && request.destination === 'image',
  new StaleWhileRevalidate({ cacheName: RUNTIME_CACHES.assets, plugins: [onlyComplete] }),
);
// Search excerpts of pages outside the precache, once a search online has shown them.
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith('/pagefind/fragment/'),
  new CacheFirst({ cacheName: RUNTIME_CACHES.search, plugins: [onlyComplete] }),
);

// Neither the network nor the route's cache: any copy the portal kept (the course page's «Guardar» keeps
// pages the precache lacks), else, for a page, the offline page with the list of what is available.
setCatchHandler(async ({ request }) => {
  const kept = await caches.match(request, { ignoreSearch: true });
  if (kept) return kept;
  if (request.destination === 'document') return (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
  return Response.error();
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING_MESSAGE) void self.skipWaiting();
});
// The first version controls the page that installed it at once, so that page already works offline.
clientsClaim();
