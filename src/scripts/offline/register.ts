/**
 * Registers the portal's service worker once the page is idle, and says when a new version of the
 * portal is ready, with an «Actualizar» button (a polite live region fixed at the bottom of the
 * window, so nothing on the page moves). Only pages that already load JavaScript include it
 * (components/OfflineSupport.astro); every other page stays free of scripts.
 */
import { SERVICE_WORKER_URL, SKIP_WAITING_MESSAGE } from '../../lib/offline-cache.ts';

let reloading = false;

/** The live region exists, empty and out of sight, before there is anything to say. */
function createNotice() {
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  const text = Object.assign(document.createElement('p'), { className: 'update-notice__text' });
  text.setAttribute('role', 'status');
  const update = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: 'Actualizar', hidden: true });
  const later = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'button button--secondary',
    textContent: 'Ahora no',
    hidden: true,
  });
  notice.append(text, update, later);
  document.body.append(notice);
  const show = (visible: boolean) => {
    notice.classList.toggle('update-notice--visible', visible);
    update.hidden = !visible;
    later.hidden = !visible;
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

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const offerUpdate = createNotice();
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  // After the page has loaded and the browser is idle: registering never competes with reading.
  const start = () => {
    // Offline on a first visit, or blocked by the browser: the page keeps working as it did.
    const run = () => void register(offerUpdate).catch(() => undefined);
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 5000 });
    else setTimeout(run, 1000);
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
