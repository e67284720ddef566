/**
 * Offline for trainers, in a real browser against the built site with its real service worker: one
 * visit to the course page, then without connection a module's quiz, search, the diagnostic and the
 * offline page for anything else; «Guardar para usar sin conexión», updates, the manifest, and the
 * privacy page's erase button. Each test has its own browser context, so its own service worker.
 *
 * Screenshots of the offline page and of a module opened offline (360 and 1280 px) are written to
 * $OFFLINE_SHOTS when it is set, e.g. OFFLINE_SHOTS=/tmp/offline-shots.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DIST } from './site.ts';
import { OFFLINE_PAGE, isNeverCached, isOfflinePage } from '../../src/lib/offline.ts';

const COURSE = '/aprende-trabaja-emprende/';
const MODULE = '/aprende-trabaja-emprende/capital-semilla/';
const MANUAL = '/manuales/gestion-de-casos/';
const SHOTS = process.env.OFFLINE_SHOTS;

/** The URLs the built service worker precaches, as written into dist/sw.js. */
const precached = () => [...readFileSync(join(DIST, 'sw.js'), 'utf8').matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);

/** Until the worker has installed (precache complete), activated and controls this page. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

async function expectNoAxeViolations(page: Page, state: string) {
  expect(await axeViolations(page), `axe: ${state}`).toEqual([]);
}

async function screenshot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test.setTimeout(90_000);

  test('after one visit to the course page: a new module and its quiz, search, the diagnostic, and the offline page for the rest', async ({ page, context }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(COURSE);
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // A module never opened before, served by the service worker, and its quiz.
    const response = await page.goto(MODULE);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toHaveText('Capital Semilla: prepara tu postulación');
    await page.locator('#autoevaluacion').scrollIntoViewIfNeeded();
    await expect(page.locator('.quiz__pending')).toHaveCount(0);
    const quiz = parse(readFileSync('src/content/cuestionarios/modulo-10-capital-semilla.yaml', 'utf8')) as {
      questions: { options: { id: string; correct: boolean; feedback: string }[] }[];
    };
    const right = quiz.questions[0].options.find((option) => option.correct)!;
    await page.locator(`.quiz__question input[value="${right.id}"]`).check();
    await page.getByRole('button', { name: 'Comprobar respuesta' }).click();
    await expect(page.locator('.quiz__feedback')).toContainText('Correcto');
    await expect(page.locator('.quiz__feedback')).toContainText(right.feedback.slice(0, 30));
    await screenshot(page, 'modulo-sin-conexion');

    // Search: the index is on the device; results whose page is kept are shown, and only those.
    await page.goto('/buscar/?q=semilla');
    await expect(page.locator('[data-search-status]')).toContainText('resultados para «semilla»');
    const links = page.locator('.search-results h2 a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(MODULE);
    for (const href of hrefs) expect(isOfflinePage(href), `${href} is kept offline`).toBe(true);
    await expect(page.locator('[data-search-status]')).toContainText(/no se puede(n)? mostrar sin conexión/);
    // A misspelt word still gets its «¿Quiso decir…?»: the word list is kept on the device too.
    await page.goto('/buscar/?q=xenofovia');
    await expect(page.locator('[data-search-suggestion]')).toHaveText('¿Quiso decir xenofobia?');

    // The diagnostic: an answer saved offline is still there after a reload.
    await page.goto('/diagnostico/');
    const form = page.locator('details.diagnostic__new');
    if (!(await form.evaluate((details) => (details as HTMLDetailsElement).open))) await form.locator('summary').click();
    await page.getByLabel('Municipio', { exact: true }).selectOption({ label: 'Ambato' });
    await page.getByLabel('Nombre del autodiagnóstico').fill('Taller sin señal');
    await page.getByRole('button', { name: 'Empezar', exact: true }).click();
    const firstIndicator = page.locator('fieldset.diagnostic__indicator').first();
    await firstIndicator.getByRole('radio', { name: 'Parcial', exact: true }).check();
    await page.reload();
    await page.getByRole('button', { name: 'Continuar «Taller sin señal»' }).click();
    await expect(page.locator('fieldset.diagnostic__indicator').first().getByRole('radio', { name: 'Parcial', exact: true })).toBeChecked();

    // A page outside the list, never visited: the offline page, with the list of what works.
    await page.goto(MANUAL);
    await expect(page).toHaveURL(MANUAL);
    await expect(page.locator('h1')).toHaveText('Sin conexión');
    const listed = page.locator('[data-offline-link]');
    const pages = precached().filter((url) => url.endsWith('/') && url !== OFFLINE_PAGE);
    await expect(listed).toHaveCount(pages.length);
    expect((await listed.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).sort()).toEqual(pages.sort());
    await expectNoAxeViolations(page, 'offline page served offline');
    await screenshot(page, 'sin-conexion');
    await page.locator('#contenido').getByRole('link', { name: 'Glosario', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('Glosario');
    // Each term has its own page, kept with the glossary.
    await page.locator('#contenido').getByRole('link', { name: 'Coaching y Encuentro de Oportunidades (CEO)' }).click();
    await expect(page.locator('h1')).toHaveText('Coaching y Encuentro de Oportunidades (CEO)');

    // Back online: the manual itself. Chromium lifts the offline emulation from the service worker a moment after
    // the page (a loaded CI machine saw the offline page once), so the reader's move is repeated until it holds: a reload.
    await context.setOffline(false);
    await expect(async () => {
      await page.goto(MANUAL);
      await expect(page.locator('h1')).toContainText('gestión de casos', { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });

  test('a page read once with connection stays readable offline', async ({ page, context }) => {
    await page.goto('/diagnostico/');
    await waitForServiceWorker(page);
    await page.goto(MANUAL);
    await expect(page.locator('h1')).toContainText('gestión de casos');
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toContainText('gestión de casos');
    // The screen stylesheet and paper's (media="print") both came from the cache: each has its rules.
    await expect(page.locator('link[rel="stylesheet"]:not([media])')).toHaveCount(1);
    await expect(page.locator('link[rel="stylesheet"][media="print"]')).toHaveCount(1);
    await expect
      .poll(() => page.$$eval('link[rel="stylesheet"]', (links) => links.map((link) => ((link as HTMLLinkElement).sheet?.cssRules.length ?? 0) > 0)))
      .toEqual([true, true]);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
  });

  test('«Guardar para usar sin conexión» saves the course with a progress bar, says the space used, and keeps what it saved when it fails', async ({ page, context }) => {
    await page.goto(COURSE);
    const section = page.locator('[data-offline-save]');
    const button = section.getByRole('button', { name: 'Guardar para usar sin conexión' });
    const status = section.getByRole('status');
    const total = JSON.parse((await section.getAttribute('data-pages'))!).length as number;
    expect(total).toBeGreaterThanOrEqual(40);

    // Right away, while the worker is still installing: the bar follows the pages as they are saved.
    await button.click();
    await expect(status).toHaveText(
      new RegExp(`^Listo: las ${total} páginas del curso están guardadas en este dispositivo y funcionan sin conexión\\. El portal ocupa \\d+(,\\d)? (kB|MB) en este dispositivo\\.$`),
      { timeout: 60_000 },
    );
    await expect(section.locator('progress')).toHaveJSProperty('value', total);
    await expect(section.locator('[data-offline-save-count]')).toHaveText(`${total} de ${total} páginas`);
    await expect(section.locator('[data-offline-save-count]')).toHaveAttribute('aria-live', 'polite');
    await expectNoAxeViolations(page, 'course saved');

    // One page lost from the device, and no connection: a Spanish error, nothing else lost.
    const lost = '/aprende-trabaja-emprende/testing-lab/';
    const forget = (url: string) =>
      page.evaluate(async (path) => {
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) if (new URL(request.url).pathname === path) await cache.delete(request);
        }
      }, url);
    await forget(lost);
    await context.setOffline(true);
    await button.click();
    await expect(status).toHaveText(
      `No hay conexión a internet. Quedaron guardadas ${total - 1} de ${total} páginas y se conservan. Vuelva a intentarlo cuando tenga conexión.`,
    );
    await expect(section.getByRole('button', { name: 'Volver a intentar' })).toBeEnabled();

    // A full device: the same, with its own message.
    await context.setOffline(false);
    await page.evaluate(() => {
      Cache.prototype.put = () => Promise.reject(new DOMException('lleno', 'QuotaExceededError'));
    });
    await section.getByRole('button', { name: 'Volver a intentar' }).click();
    await expect(status).toHaveText(
      `No queda espacio libre en este dispositivo. Quedaron guardadas ${total - 1} de ${total} páginas y se conservan. Libere espacio y vuelva a intentarlo.`,
    );

    // With connection and space again, the missing page is saved and opens offline.
    await page.reload();
    await page.locator('[data-offline-save]').getByRole('button', { name: 'Guardar para usar sin conexión' }).click();
    await expect(page.locator('[data-offline-save]').getByRole('status')).toContainText(`Listo: las ${total} páginas`);
    await context.setOffline(true);
    await page.goto(lost);
    await expect(page.locator('h1')).toHaveText(/Testing Lab/);
  });

  test('a new deploy is announced with «Actualizar», without moving the page, and picked up on reload', async ({ page }) => {
    await page.goto(COURSE);
    await waitForServiceWorker(page);
    const heading = page.locator('h1');
    const before = await heading.boundingBox();
    // A new deploy, as the browser sees it: a new worker script for the same scope, installed while this page
    // is open. (The query string changes the script's URL, so the browser installs it; the server ignores it.)
    await page.evaluate(() => navigator.serviceWorker.register('/sw.js?nueva-version', { scope: '/' }));
    const notice = page.getByRole('status').filter({ hasText: 'Hay una versión nueva del portal.' });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('button', { name: 'Actualizar' })).toBeVisible();
    expect(await heading.boundingBox()).toEqual(before);
    expect(await page.locator('.update-notice').evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    await expectNoAxeViolations(page, 'update notice');

    // «Actualizar»: the new version takes over and the page reloads under it.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Actualizar' }).click()]);
    await waitForServiceWorker(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js\?nueva-version$/);
  });

  test('/sw.js and the manifest request nothing off the origin; the precache never holds /admin/, data downloads or source maps', async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const offOrigin: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) offOrigin.push(request.url());
    });
    await page.goto(COURSE);
    await waitForServiceWorker(page);
    await page.goto('/diagnostico/');
    await page.goto('/buscar/?q=gestion');
    await expect(page.locator('[data-search-status]')).toContainText('resultados');

    const urls = precached();
    expect(urls.length).toBeGreaterThan(60);
    for (const url of urls) {
      expect(url, 'precached URLs are paths on this site').toMatch(/^\/(?!\/)/);
      expect(isNeverCached(url), url).toBe(false);
      expect(url).not.toMatch(/^\/admin/);
    }
    expect(urls).toContain(OFFLINE_PAGE);
    expect(urls).toContain('/pagefind/pagefind.js');
    // The pages are exactly the offline sections' (src/lib/offline.ts).
    for (const url of urls.filter((u) => u.endsWith('/'))) expect(isOfflinePage(url), url).toBe(true);

    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBe('/manifest.webmanifest');
    const manifest = (await (await page.request.get(manifestHref!)).json()) as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Integra — Portal de conocimiento', short_name: 'Integra', lang: 'es', start_url: '/', display: 'standalone' });
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color);
    for (const icon of manifest.icons) {
      expect(new URL(icon.src, origin).origin).toBe(origin);
      const png = await (await page.request.get(icon.src)).body();
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    expect(offOrigin).toEqual([]);
  });

  test('the privacy page\'s button also removes the service worker and everything it kept', async ({ page, context }) => {
    await page.goto(COURSE);
    await waitForServiceWorker(page);
    await page.goto('/privacidad/');
    await expect(page.locator('[data-offline-summary]')).toContainText(/^Para usar sin conexión, este portal tiene \d+ archivos guardados/);
    await page.getByRole('button', { name: 'Borrar todo lo que este portal guardó aquí' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Se borraron las páginas guardadas para usar sin conexión.' })).toBeVisible();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('integra')))).toEqual([]);
    await expect(page.locator('[data-offline-summary]')).toBeHidden();
    // Nothing is served offline any more.
    await context.setOffline(true);
    await expect(page.goto('/glosario/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});
