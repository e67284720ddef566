/**
 * Registers the portal's service worker once the page is idle, and says when a new version of the
 * portal is ready, with an «Actualizar» button (a polite live region fixed at the bottom of the
 * window, so nothing on the page moves). Only pages that already load JavaScript include it
 * (components/OfflineSupport.astro); every other page stays free of scripts.
 */
import { SERVICE_WORKER_URL, SKIP_WAITING_MESSAGE } from '../../lib/offline-cache.ts';

let reloading = false;

/** Wires the notice that OfflineSupport.astro renders; returns how to offer an update. */
function createNotice(notice: HTMLElement) {
  // In the accessibility tree from now on, so the live region is there before it has anything to say.
  notice.hidden = false;
  const text = notice.querySelector('p')!;
  const [update, later] = notice.querySelectorAll('button');
  const show = (visible: boolean) => {
    notice.classList.toggle('update-notice--visible', visible);
    update.hidden = later.hidden = !visible;
  };
  let waiting: ServiceWorker | undefined;
  update.addEventListener('click', () => {
    reloading = true;
    text.textContent = 'Actualizando…';
    update.disabled = true;
    waiting?.postMessage({ type: SKIP_WAITING_MESSAGE });
    // The new version takes over and the page reloads (controllerchange); if it already had, reload anyway.
    setTimeout(() => location.reload(), 3000);
  });
  later.addEventListener('click', () => {
    show(false);
    text.textContent = '';
  });
  return (worker: ServiceWorker) => {
    waiting = worker;
    text.textContent = 'Hay una versión nueva del portal.';
    show(true);
  };
}

async function register(offerUpdate: (worker: ServiceWorker) => void) {
  const registration = await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
  // Only an update is news: the first installation has no page that it replaces.
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
    });
  });
}

const notice = document.querySelector<HTMLElement>('[data-update-notice]');
if ('serviceWorker' in navigator && import.meta.env.PROD && notice) {
  const offerUpdate = createNotice(notice);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  // A second after the page has loaded (a module script always runs before «load»): registering never competes with reading.
  // Offline on a first visit, or blocked by the browser: the page keeps working as it did.
  addEventListener('load', () => setTimeout(() => void register(offerUpdate).catch(() => undefined), 1000), { once: true });
}
