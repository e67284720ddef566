/**
 * `npm start`'s rebuild after «Publicar» (scripts/site-rebuilder.ts), on a throwaway copy of the working
 * tree running `serve.ts --watch` (scripts/lib/start-copy.ts) on the ports after TEST_PORT and
 * DECAP_PORT: a change published in the real Decap shows on the served page and in the search words,
 * and the admin says so; a change that fails the content check is never served, its code never runs,
 * and the admin shows why. How fast is the bench's business (`npm run bench`, «publish to visible»);
 * here every wait is on a condition, as long as a full rebuild takes on a loaded two-core machine.
 */
import { test, expect, type Page } from '@playwright/test';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCopyFile, startCopy, type StartCopy } from '../../scripts/lib/start-copy.ts';

const PORT = Number(process.env.TEST_PORT ?? 4329) + 1;
const DECAP_PORT = Number(process.env.DECAP_PORT ?? 8081) + 1;
/** A rebuild (check, Astro, search index, service worker) on a busy machine, with room to spare. */
const REBUILD_TIMEOUT = 8 * 60_000;
const ENTRY = 'manuales/gestion-de-casos.mdx';
const PAGE = '/manuales/gestion-de-casos/';

test.describe.configure({ mode: 'serial', timeout: 20 * 60_000 });

let copy: StartCopy;
test.beforeAll(async () => {
  test.setTimeout(5 * 60_000);
  copy = await startCopy({ port: PORT, decapPort: DECAP_PORT });
});
test.afterAll(async () => {
  await copy?.stop();
});

const statusBar = (page: Page) => page.locator('.integra-publish-status');
const servedPage = async () => (await fetch(copy.origin + PAGE, { cache: 'no-store' })).text();

async function openEntry(page: Page) {
  await page.goto(`${copy.origin}/admin/#/collections/manuales/entries/gestion-de-casos`);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  const summary = page.getByLabel('Resumen', { exact: true }).first();
  await expect(summary).not.toHaveValue('', { timeout: 60_000 });
  return summary;
}

test('a summary published in the admin shows on the served page and in the search words, and the admin says when', async ({ page }) => {
  const summary = await openEntry(page);
  const before = await summary.inputValue();
  // A word no page has, so its arrival in the search words proves the index was rebuilt from the new page.
  const changed = `${before.replace(/\.$/, '')}, revisado con el equipo de Zamuritalandia.`;
  await summary.fill(changed);
  await page.getByRole('button', { name: /^Publicar/ }).first().click();
  await page.getByText('Publicar ahora').click();
  await expect(page.getByText('Entrada guardada')).toBeVisible({ timeout: 60_000 });
  expect(readCopyFile(copy, ENTRY)).toContain('Zamuritalandia');

  // Until the rebuild is over the admin says what is under way, politely; then that it is done.
  await expect(statusBar(page)).toHaveAttribute('role', 'status');
  await expect(statusBar(page)).toHaveText(/^Portal actualizado a las \d\d:\d\d \(en \d+,\d s\): lo publicado ya se ve en el sitio\.$/, { timeout: REBUILD_TIMEOUT });
  await expect(statusBar(page)).toHaveAttribute('role', 'status');
  expect(await servedPage()).toContain('revisado con el equipo de Zamuritalandia.');
  // The search's word list is read from the new index's own fragments (a name keeps its capital).
  const words = await (await fetch(`${copy.origin}/buscar/palabras.txt`, { cache: 'no-store' })).text();
  expect(words.split('\n')).toContain('Zamuritalandia');
  // The admin's index of entries is the new content's too (it reads titles and references from it).
  const index = await (await fetch(`${copy.origin}/admin/content-index.json`, { cache: 'no-store' })).json();
  expect(JSON.stringify(index)).toContain('gestion-de-casos');
});

test('content that fails the check is never served and its code never runs: the previous page stays, and the admin says why', async ({ page }) => {
  await openEntry(page);
  await expect(statusBar(page)).toHaveText(/Portal actualizado/, { timeout: REBUILD_TIMEOUT });
  const previous = await servedPage();
  // A hand edit outside the admin (the admin refuses this before saving): an MDX export that would
  // write a file if Astro ever ran it.
  const marker = join(tmpdir(), `integra-publish-ran-${process.pid}`);
  rmSync(marker, { force: true });
  const source = readCopyFile(copy, ENTRY);
  writeFileSync(
    copy.contentFile(ENTRY),
    `${source.trimEnd()}\n\nexport const ran = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\n\nTexto nuevo que no debe publicarse.\n`,
  );

  const bar = statusBar(page);
  await expect(bar).toHaveAttribute('data-state', 'failed', { timeout: REBUILD_TIMEOUT });
  await expect(bar).toHaveAttribute('role', 'alert');
  await expect(bar).toHaveText(/^El portal no se pudo actualizar a las \d\d:\d\d: sigue mostrando la versión anterior\. Motivo: .*gestion-de-casos\.mdx:\d+/s);
  expect(await servedPage()).toBe(previous);
  expect(existsSync(marker)).toBe(false);

  // Put right, it publishes again.
  writeFileSync(copy.contentFile(ENTRY), source.replace('revisado con el equipo', 'revisado otra vez con el equipo'));
  await expect(bar).toHaveText(/^Portal actualizado a las/, { timeout: REBUILD_TIMEOUT });
  expect(await servedPage()).toContain('revisado otra vez con el equipo de Zamuritalandia.');
  expect(existsSync(marker)).toBe(false);
});

test('a figure changed in the results table editor shows in the served table page and its chart', async ({ page }) => {
  const file = 'resultados/ocupacion-plena.yaml';
  const row = (figure: string) => new RegExp(`Diciembre de 2021\\s*</th>\\s*<td class="number">${figure} %</td>`);
  const results = async () => (await fetch(`${copy.origin}/resultados/ocupacion-plena/`, { cache: 'no-store' })).text();
  expect(await results()).toMatch(row('33,9'));

  await page.goto(`${copy.origin}/admin/#/collections/resultados/entries/ocupacion-plena`);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  const table = page.getByRole('table', { name: /^Filas y cifras de la tabla/ });
  const figure = table.getByRole('textbox', { name: 'Diciembre de 2021, Porcentaje de la población económicamente activa', exact: true });
  await expect(figure).toHaveValue('33,9', { timeout: 60_000 });
  await figure.fill('34,1');
  const publishedAt = Date.now();
  await page.getByRole('button', { name: /^Publicar/ }).first().click();
  await page.getByText('Publicar ahora').click();
  await expect(page.getByText('Entrada guardada')).toBeVisible({ timeout: 60_000 });
  expect(readCopyFile(copy, file)).toContain('      - 34.1\n');

  // The rebuild that started after this publication is over (an earlier test's «done» may still be shown).
  const rebuilt = async () => {
    const status = await copy.status();
    return status?.state === 'done' && status.at > publishedAt;
  };
  await expect.poll(rebuilt, { timeout: REBUILD_TIMEOUT }).toBe(true);
  await expect(statusBar(page)).toHaveText(/^Portal actualizado a las/);
  const served = await results();
  expect(served).toMatch(row('34,1'));
  expect(served).not.toMatch(row('33,9'));
  // The chart is drawn from the same figures (the data its script reads).
  expect(served).toContain('&quot;values&quot;:[30.4,34.1]');
});
