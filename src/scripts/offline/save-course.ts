/**
 * «Guardar para usar sin conexión» on the course page: makes sure every page of the course (modules,
 * trainer guides, quizzes, En Marcha Digital) is kept on this device, with a progress bar, then says
 * how much space the portal uses. Hidden where the browser cannot keep pages (no service worker or
 * Cache API) and without JavaScript.
 *
 * The service worker precaches these pages when it installs: while it installs, the bar follows the
 * pages as they arrive; once it is active, any page still missing is fetched and kept (the worker
 * falls back to any kept copy). What is already saved stays saved when something fails.
 * The page hands over the list of pages, the worker's URL and the cache name (src/lib/offline.ts) as
 * data attributes, so this script shares no module with the registration script.
 */
import { saveMessages } from '../../lib/offline-messages.ts';
import { formatBytes } from '../../lib/format.ts';

const root = document.querySelector<HTMLElement>('[data-offline-save]');

class InstallFailed extends Error {}

const isQuotaError = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isKept = async (url: string) => (await caches.match(url, { ignoreSearch: true })) !== undefined;

async function countKept(urls: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const url of urls) if (!(await isKept(url))) missing.push(url);
  return missing;
}

function start(container: HTMLElement) {
  const urls = JSON.parse(container.dataset.pages ?? '[]') as string[];
  const serviceWorkerUrl = container.dataset.serviceWorker!;
  const pagesCache = container.dataset.cache!;
  const button = container.querySelector<HTMLButtonElement>('[data-offline-save-start]')!;
  const progressBox = container.querySelector<HTMLElement>('[data-offline-save-progress]')!;
  const bar = container.querySelector<HTMLProgressElement>('progress')!;
  const count = container.querySelector<HTMLElement>('[data-offline-save-count]')!;
  const status = container.querySelector<HTMLElement>('[data-offline-save-status]')!;
  const total = urls.length;
  let done = 0;

  const showProgress = (kept: number) => {
    if (kept === done && count.textContent) return;
    done = kept;
    bar.value = kept;
    count.textContent = saveMessages.progress(kept, total);
  };
  const say = (text: string, isError = false) => {
    status.textContent = text;
    status.classList.toggle('offline-save__status--error', isError);
  };

  async function save() {
    button.disabled = true;
    progressBox.hidden = false;
    say(saveMessages.waiting);
    const registration =
      (await navigator.serviceWorker.getRegistration('/')) ?? (await navigator.serviceWorker.register(serviceWorkerUrl, { scope: '/' }));
    // First installation: the worker is fetching everything; follow the course's pages as they arrive.
    // Right after registering, the registration exists before its worker does (the script is still
    // being fetched): that is waited for. A failed first installation clears the registration.
    while (!registration.active) {
      const worker = registration.installing ?? registration.waiting;
      if (worker?.state === 'redundant') throw new InstallFailed();
      if (!worker && !(await navigator.serviceWorker.getRegistration('/'))) throw new InstallFailed();
      showProgress(total - (await countKept(urls)).length);
      const changed = new Promise((resolve) =>
        worker ? worker.addEventListener('statechange', resolve, { once: true }) : registration.addEventListener('updatefound', resolve, { once: true }),
      );
      await Promise.race([changed, sleep(500)]);
    }
    const missing = await countKept(urls);
    showProgress(total - missing.length);
    if (missing.length > 0) {
      const cache = await caches.open(pagesCache);
      for (const url of missing) {
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        await cache.put(url, response);
        showProgress(done + 1);
      }
    }
    // Ask the browser to keep these files even when space runs low (a choice the reader just made).
    await navigator.storage?.persist?.().catch(() => false);
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    say(saveMessages.done(total, estimate?.usage !== undefined ? formatBytes(estimate.usage) : null));
    button.disabled = false;
  }

  button.addEventListener('click', () => {
    save().catch(async (error: unknown) => {
      const kept = total - (await countKept(urls).catch(() => urls)).length;
      showProgress(kept);
      if (isQuotaError(error)) say(saveMessages.quota(kept, total), true);
      else if (!navigator.onLine || error instanceof TypeError) say(saveMessages.offline(kept, total), true);
      else say(saveMessages.failed(kept, total), true);
      button.textContent = saveMessages.retry;
      button.disabled = false;
    });
  });
  container.hidden = false;
}

if (root && 'serviceWorker' in navigator && 'caches' in window) start(root);
