/**
 * The real Decap CMS at /admin/ with its local backend (decap-server), saving into a copy of the
 * content. Each save must change the file only where the editor changed it.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync, statSync } from 'node:fs';
import sharp from 'sharp';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CMS_REPO } from './site.ts';
import { COLLECTION_LABELS } from '../../src/cms/config.ts';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { SPANISH } from '../../src/cms/locale-es.ts';
import { axeViolations } from './axe.ts';

// The tests share one content copy, each with files of its own, so they run in any order and a failure
// stops no other. Decap's 5 MB bundle and the diagnostic entry’s 60 indicators take long to start on a
// loaded two-core machine: every wait is on a condition, within two minutes a test.
test.describe.configure({ timeout: 120_000 });
const DECAP_ORIGIN = `http://127.0.0.1:${process.env.DECAP_PORT ?? '8081'}`;

const contentFile = (path: string) => join(CMS_REPO, 'src/content', path);
const original = (path: string) => readFileSync(join('src/content', path), 'utf8');
const saved = (path: string) => readFileSync(contentFile(path), 'utf8');

/** Splits a data file or frontmatter into top-level key blocks (a key and its indented lines), plus the body. */
function blocks(text: string): Map<string, string> {
  const result = new Map<string, string>();
  const [front, ...rest] = text.startsWith('---\n') ? text.slice(4).split('\n---\n') : [text];
  let key = '';
  for (const line of front.split('\n')) {
    const match = /^([A-Za-z][\w-]*):/.exec(line);
    if (match) key = match[1];
    result.set(key, `${result.get(key) ?? ''}${line}\n`);
  }
  if (rest.length) result.set('body', rest.join('\n---\n'));
  return result;
}

/** A top-level field's value in the original file (YAML data, or an MDX entry's frontmatter). */
function fieldValue(path: string, field: string): string {
  const text = original(path);
  const data = parse(text.startsWith('---\n') ? text.slice(4).split('\n---\n')[0] : text) as Record<string, unknown>;
  return String(data[field]);
}

/** The top-level fields whose text differs between two versions of a file. */
function changedFields(before: string, after: string): string[] {
  const a = blocks(before);
  const b = blocks(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((key) => a.get(key) !== b.get(key));
}

async function openAdmin(page: Page, hash = '') {
  await page.goto(`/admin/${hash}`);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: /^Publicar/ }).first().click();
  await page.getByText('Publicar ahora').click();
}

/** Publishes and waits for Decap to confirm the save. */
async function publishAndConfirm(page: Page, timeout?: number) {
  await publish(page);
  await expect(page.getByText('Entrada guardada')).toBeVisible({ timeout });
}

/**
 * Decap shows an entry's form only once every relation widget has its options: the diagnostic
 * (60 indicators, each with resource lists) takes several seconds alone, longer when two browsers
 * share two cores, so the wait for a loaded entry is longer than Playwright's default 5 s.
 */
const ENTRY_LOAD_TIMEOUT = 60_000;

test('/admin/ runs Decap in Spanish, lists every collection, and is noindex with its own policy', async ({ page, baseURL }) => {
  const errors: string[] = [];
  const offOrigin: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const { origin } = new URL(request.url());
    if (!['data:', 'blob:'].some((p) => request.url().startsWith(p)) && origin !== new URL(baseURL!).origin && origin !== DECAP_ORIGIN) {
      offOrigin.push(request.url());
    }
  });
  await openAdmin(page);
  for (const { label } of Object.values(COLLECTION_LABELS)) await expect(page.getByRole('link', { name: label, exact: true })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', new RegExp(`connect-src 'self' blob: data: ${DECAP_ORIGIN}(;|$)`));
  expect(offOrigin).toEqual([]);
  expect(errors).toEqual([]);
});

const ONE_FIELD_EDITS = [
  { collection: 'manuales', file: 'manuales/primeros-auxilios-psicologicos.mdx', label: 'Título', field: 'title' },
  { collection: 'modulos', file: 'modulos/testing-lab.mdx', label: 'Título', field: 'title' },
  { collection: 'cuestionarios', file: 'cuestionarios/modulo-04-taller-de-ideacion.yaml', label: 'Título', field: 'title' },
  { collection: 'municipios', file: 'municipios/machala.yaml', label: 'Resumen', field: 'summary' },
  { collection: 'resultados', file: 'resultados/funcionarios-sensibilizados.yaml', label: 'Título', field: 'title' },
  { collection: 'glosario', file: 'glosario/xenofobia.yaml', label: 'Definición', field: 'definition' },
  { collection: 'buenas-practicas', file: 'buenas-practicas/duran-catastro-de-emprendimientos.mdx', label: 'Resumen', field: 'summary' },
  { collection: 'campana', file: 'campana/guia-de-replicacion.mdx', label: 'Título', field: 'title' },
  { collection: 'diagnostico', file: 'diagnostico/gestion-movilidad-humana.yaml', label: 'Resumen', field: 'summary' },
];

// One admin for the nine entries: Decap takes several seconds to start, and moving to the next entry
// (its address in the admin) starts nothing again. Each entry is a step, reported by its file.
test('saving one changed field rewrites only that field, in an entry of every collection', async ({ page }) => {
  test.setTimeout(60_000 + 60_000 * ONE_FIELD_EDITS.length);
  await openAdmin(page);
  for (const edit of ONE_FIELD_EDITS) {
    await test.step(edit.file, async () => {
      const slug = edit.file.split('/')[1].replace(/\.(mdx|yaml)$/, '');
      // Through the collection's list, as an editor goes: Decap keeps the open entry's form when only the entry in the address changes.
      await page.goto(`/admin/#/collections/${edit.collection}`);
      await page.locator(`a[href$="/collections/${edit.collection}/entries/${slug}"]`).click();
      // .first(): the entry's own field comes before any editor component's field of the same name.
      const input = page.getByLabel(edit.label, { exact: true }).first();
      // This entry's value, not the one the previous entry left in a field of the same name.
      await expect(input).toHaveValue(fieldValue(edit.file, edit.field), { timeout: ENTRY_LOAD_TIMEOUT });
      await input.fill(`${await input.inputValue()} (editado en el CMS)`);
      await publishAndConfirm(page);
      await expect.poll(() => saved(edit.file)).toContain('(editado en el CMS)');
      expect(changedFields(original(edit.file), saved(edit.file))).toEqual([edit.field]);
      if (edit.collection === 'manuales') {
        // «Ver publicación» leads to the entry's own page on the portal.
        await expect(page.getByRole('link', { name: 'Ver publicación' })).toHaveAttribute('href', `/manuales/${slug}/`);
      }
      // Gone before the next entry, so its «Entrada guardada» is its own: a click closes the notice, if it has not closed by itself.
      const notice = page.getByText('Entrada guardada');
      await notice.click({ timeout: 2_000 }).catch(() => undefined);
      await expect(notice).toBeHidden();
    });
  }
});

test('editing a paragraph next to a Callout keeps the Callout and the rest of the body byte-identical', async ({ page }) => {
  const file = 'manuales/gestion-de-casos.mdx';
  const before = original(file);
  const paragraph = before.split('\n').find((line) => line.startsWith('El trato de los datos es parte de la protección.'))!;
  expect(before).toContain(`\n${paragraph}\n\n<Callout type="aviso"`);
  await openAdmin(page, '#/collections/manuales/entries/gestion-de-casos');
  // The raw Markdown editor is a contenteditable (Slate): put the caret at the end of the
  // paragraph's line, as a click there would, then type.
  const line = page.locator('[contenteditable="true"]').getByText(paragraph);
  await line.click();
  await line.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    while (walker.nextNode()) last = walker.currentNode as Text;
    const range = document.createRange();
    range.setStart(last!, last!.length);
    range.collapse(true);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await page.keyboard.insertText(' Texto añadido en el CMS.');
  await publishAndConfirm(page);
  await expect.poll(() => saved(file)).toContain('Texto añadido en el CMS.');
  expect(saved(file)).toBe(before.replace(paragraph, `${paragraph} Texto añadido en el CMS.`));
});

/** English phrases of Decap's interface (placeholders left out) that differ from the Spanish ones. */
function englishPhrases(): Set<string> {
  const phrases = new Set<string>();
  const walk = (english: any, spanish: any) => {
    for (const [key, value] of Object.entries(english)) {
      if (typeof value === 'object') walk(value, spanish?.[key]);
      else if (typeof value === 'string' && !value.includes('%{') && value !== spanish?.[key]) phrases.add(value.trim());
    }
  };
  walk(en, SPANISH);
  return phrases;
}
/**
 * English words that may stay: the name of a format and what the project cannot translate
 * (README, "Editing with the CMS").
 */
const ENGLISH_ALLOWED = new Set<string>();

test('the admin speaks Spanish: no English phrase of Decap left on the collection list or in an entry with every kind of field', async ({ page }) => {
  const english = englishPhrases();
  const shownIn = async () =>
    page.evaluate(() => {
      const texts = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent?.trim();
        // What a reader of the screen meets: hidden text (display: none, [hidden]) is not.
        if (text && walker.currentNode.parentElement?.checkVisibility()) texts.add(text);
      }
      for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
        for (const name of ['aria-label', 'title', 'placeholder']) {
          const value = element.getAttribute(name)?.trim();
          if (value) texts.add(value);
        }
      }
      return [...texts];
    });
  await openAdmin(page, '#/collections/modulos');
  await expect(page.getByText('Módulos', { exact: false }).first()).toBeVisible();
  const onList = (await shownIn()).filter((text) => english.has(text) && !ENGLISH_ALLOWED.has(text));
  await page.goto('/admin/#/collections/modulos/entries/capital-semilla');
  await expect(page.getByLabel('Título', { exact: true }).first()).not.toHaveValue('', { timeout: ENTRY_LOAD_TIMEOUT });
  const inEntry = (await shownIn()).filter((text) => english.has(text) && !ENGLISH_ALLOWED.has(text));
  expect([...new Set([...onList, ...inEntry])]).toEqual([]);
  // What Decap writes outside its translations: widget code names, chip buttons, the time zone, component names.
  const untranslated = (await shownIn()).filter((text) => /^campo [a-z]+$|^Remove |^UTC$|\((Callout|Figure)\)/.test(text));
  expect(untranslated).toEqual([]);
  await expect(page.getByRole('button', { name: /^Quitar / }).first()).toBeAttached();
  // Every control has a name a screen reader can say: a list item's show/hide, drag and remove too.
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('button, [role="button"]')]
      .filter((control) => !(control.getAttribute('aria-label') || control.textContent?.trim() || control.getAttribute('title') || (control.id && document.querySelector(`label[for="${control.id}"]`))))
      .map((control) => control.outerHTML.slice(0, 120)),
  );
  expect(unnamed).toEqual([]);
  await expect(page.getByRole('button', { name: 'Arrastrar para cambiar el orden de este elemento' }).first()).toBeAttached();
});

/** A photo as a phone at full quality takes it: 3000 × 2000 px, about 16 MB (noise does not compress). */
const photo = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
    .jpeg({ quality: 100, chromaSubsampling: '4:4:4' })
    .toBuffer();

test('a 16 MB photo uploaded in a Figure is saved in the body and the media folder, and the rebuilt page shows it resized', async ({ page }) => {
  test.setTimeout(420_000);
  const buffer = await photo();
  expect(buffer.length).toBeGreaterThan(15_000_000);
  const file = 'manuales/gestion-del-conocimiento.mdx';
  const before = saved(file);
  const lastLine = before.trimEnd().split('\n').at(-1)!;
  await openAdmin(page, '#/collections/manuales/entries/gestion-del-conocimiento');
  const line = page.locator('[contenteditable="true"]').getByText(lastLine.replace(/[*_`\[\]]/g, '').slice(0, 40), { exact: false }).last();
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Añadir componente', exact: true }).click();
  await page.getByText('Imagen con leyenda', { exact: true }).click();
  await page.getByRole('button', { name: 'Elige una imagen' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Subir nuevo').click();
  await (await chooser).setFiles({ name: 'foto-del-taller.jpg', mimeType: 'image/jpeg', buffer });
  await expect(page.getByText('foto-del-taller.jpg').first()).toBeVisible({ timeout: 60_000 });
  await page.getByText('Confirmar selección').click();
  await page.getByLabel('Texto alternativo', { exact: true }).fill('Participantes en un taller del programa');
  // The save sends the photo (22 MB as base64) to decap-server: on a loaded machine, well past 15 s.
  // The wait is on what the save writes (Decap's «Entrada guardada» shows for 4 s only), or on an
  // error notice, whose text the failure then shows.
  await publish(page);
  const figure = '<Figure src="/imagenes/foto-del-taller.jpg" alt="Participantes en un taller del programa" />';
  const errorNotice = page.locator('.Toastify__toast--error');
  await expect.poll(async () => saved(file).includes(figure) || (await errorNotice.allInnerTexts()).join(' '), { timeout: 180_000 }).toBe(true);
  expect(readFileSync(join(CMS_REPO, 'src/assets/imagenes/foto-del-taller.jpg')).equals(buffer)).toBe(true);

  // The site built from the saved content, as `npm start` rebuilds it after «Publicar».
  const out = mkdtempSync(join(tmpdir(), 'integra-cms-build-'));
  execFileSync('npx', ['astro', 'build', '--outDir', out], { env: { ...process.env, CONTENT_ROOT: join(CMS_REPO, 'src/content') }, stdio: 'ignore' });
  // Resized and re-encoded, with its size stated so nothing shifts as it loads; the 16 MB file is never served.
  const manual = readFileSync(join(out, 'manuales/gestion-del-conocimiento/index.html'), 'utf8');
  const picture = /<picture>(.*?)<\/picture>/s.exec(manual)?.[1] ?? '';
  expect(picture).toMatch(/<source srcset="[^"]*\.webp 400w, [^"]*\.webp 800w, [^"]*\.webp 1200w, [^"]*\.webp 1600w" [^>]*type="image\/webp"/);
  expect(picture).toMatch(/<img [^>]*alt="Participantes en un taller del programa"[^>]*>/);
  expect(picture).toMatch(/ width="\d+" height="\d+"/);
  const served = [...new Set([...picture.matchAll(/(\/_astro\/[^" ,]+)/g)].map((match) => match[1]))];
  expect(served.length).toBeGreaterThanOrEqual(5);
  for (const url of served) expect(statSync(join(out, url)).size, url).toBeLessThan(buffer.length / 10);
  expect(readdirSync(out, { recursive: true }).some((name) => String(name).endsWith('foto-del-taller.jpg'))).toBe(false);
  rmSync(out, { recursive: true, force: true });
});

test('a missing required field shows the Spanish error and writes nothing', async ({ page }) => {
  const file = 'municipios/ambato.yaml';
  const before = saved(file);
  await openAdmin(page, '#/collections/municipios/entries/ambato');
  await page.getByLabel('Título', { exact: true }).fill('');
  await publish(page);
  await expect(page.getByText('Oops, no ha rellenado un campo obligatorio.')).toBeVisible();
  await expect(page.getByText(/Título es obligatorio/i)).toBeVisible();
  expect(saved(file)).toBe(before);
});

test('a new entry whose slug is taken is refused with a message, never saved as a silent -1 copy', async ({ page }) => {
  const existing = 'glosario/gad.yaml';
  const before = saved(existing);
  await openAdmin(page, '#/collections/glosario/new');
  await page.getByLabel('Término', { exact: true }).fill('GAD');
  await page.getByLabel('Definición', { exact: true }).fill('Una entrada nueva cuyo nombre produce la misma dirección que otra.');
  await page.getByLabel('Fuente', { exact: true }).click();
  await page.getByText('Definición general del portal', { exact: true }).click();
  await page.getByRole('button', { name: 'Poner la fecha de hoy' }).click();
  await publish(page);
  await expect(page.getByText(/ya existe una entrada con la dirección «gad»/)).toBeVisible();
  expect(existsSync(contentFile('glosario/gad-1.yaml'))).toBe(false);
  expect(saved(existing)).toBe(before);
});

test('an entry that others use cannot be deleted: the admin says which entries use it, and the file stays', async ({ page }) => {
  const file = 'cuestionarios/modulo-10-capital-semilla.yaml';
  const before = saved(file);
  const messages: string[] = [];
  // Decap's own «are you sure» is accepted: only the portal's guard may stop the deletion.
  page.on('dialog', (dialog) => {
    messages.push(dialog.message());
    void dialog.accept();
  });
  await openAdmin(page, '#/collections/cuestionarios/entries/modulo-10-capital-semilla');
  await expect(page.getByLabel('Título', { exact: true }).first()).not.toHaveValue('', { timeout: ENTRY_LOAD_TIMEOUT });
  await page.getByRole('button', { name: /^Eliminar entrada/ }).click();
  await expect.poll(() => messages.join('\n')).toMatch(/No se puede eliminar ni retirar esta entrada: se usa en un lugar: modulos\/capital-semilla: /);
  expect(saved(file)).toBe(before);
});

test('a title with accents and punctuation becomes an ASCII file name that the build accepts', async ({ page }) => {
  await openAdmin(page, '#/collections/glosario/new');
  await page.getByLabel('Término', { exact: true }).fill('Guía de prueba: cómo editar «bien»');
  await page.getByLabel('Definición', { exact: true }).fill('Una entrada de prueba con acentos y signos de puntuación en su nombre.');
  await page.getByLabel('Fuente', { exact: true }).click();
  await page.getByText('Definición general del portal', { exact: true }).click();
  await page.getByRole('button', { name: 'Poner la fecha de hoy' }).click();
  await publishAndConfirm(page);
  await expect.poll(() => existsSync(contentFile('glosario/guia-de-prueba-como-editar-bien.yaml'))).toBe(true);
  // The build's content check passes on everything saved so far (it throws on a failure).
  execFileSync('node', ['scripts/check-content.ts', join(CMS_REPO, 'src/content')], { stdio: 'pipe' });
});

test('text that looks like markup is refused before the save, with the body line and a Spanish message', async ({ page }) => {
  const file = 'manuales/primeros-auxilios-psicologicos.mdx';
  const before = saved(file);
  const paragraph = before.split('\n').find((line) => line.startsWith('El informe también muestra por qué hace falta este apoyo.'))!;
  await openAdmin(page, '#/collections/manuales/entries/primeros-auxilios-psicologicos');
  const line = page.locator('[contenteditable="true"]').getByText(paragraph);
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' Costos {fijos} y <b>variables</b>.');
  await publish(page);
  await expect(page.getByText(/No se ha podido guardar la entrada/)).toBeVisible();
  await expect(page.getByText(/«Contenido», línea \d+ \(«.*»\): las llaves «\{» y «\}» no se permiten/)).toBeVisible();
  expect(saved(file)).toBe(before);
});

test('editing a Callout through its editor component rewrites only that Callout', async ({ page }) => {
  const file = 'manuales/herramientas-digitales.mdx';
  const before = original(file);
  const calloutText = /<Callout type="\w+" title="[^"]*">\n([^\n]+)\n<\/Callout>/.exec(before)![1];
  await openAdmin(page, '#/collections/manuales/entries/herramientas-digitales');
  const fields = page.getByRole('textbox', { name: 'Texto', exact: true });
  await expect(fields.first()).toBeVisible({ timeout: ENTRY_LOAD_TIMEOUT });
  let target = -1;
  for (let index = 0; index < (await fields.count()); index++) {
    if ((await fields.nth(index).inputValue()) === calloutText) target = index;
  }
  expect(target, 'the Callout text is shown in its component form').toBeGreaterThanOrEqual(0);
  await fields.nth(target).fill(`${calloutText} Frase añadida en el recuadro.`);
  await publishAndConfirm(page);
  await expect.poll(() => saved(file)).toContain('Frase añadida en el recuadro.');
  expect(saved(file)).toBe(before.replace(calloutText, `${calloutText} Frase añadida en el recuadro.`));
});

test('an entry the build would reject cannot be saved: the admin says why in Spanish and writes nothing', async ({ page }) => {
  const file = 'modulos/decide-empezar.mdx';
  const before = saved(file);
  await openAdmin(page, '#/collections/modulos/entries/decide-empezar');
  const duration = page.getByLabel('Duración (minutos)', { exact: true });
  await expect(duration).toHaveValue('180', { timeout: ENTRY_LOAD_TIMEOUT });
  await duration.fill('200');
  await publish(page);
  await expect(page.getByText(/No se ha podido guardar la entrada/)).toBeVisible();
  await expect(page.getByText(/«Agenda» los minutos de la agenda suman 180, pero la duración del módulo es 200/)).toBeVisible();
  expect(saved(file)).toBe(before);
});

test('one entry saved from two tabs: the second save is stopped with a notice linking to the saved version', async ({ browser }) => {
  const file = 'glosario/ceo.yaml';
  const context = await browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  const definitions: Locator[] = [];
  await openAdmin(first, '#/collections/glosario/entries/ceo');
  // The second tab shares the first one's login, as an editor's second tab does.
  await second.goto('/admin/#/collections/glosario/entries/ceo');
  for (const page of [first, second]) {
    const input = page.getByLabel('Definición', { exact: true });
    await expect(input).not.toHaveValue('', { timeout: ENTRY_LOAD_TIMEOUT });
    definitions.push(input);
  }
  await definitions[0].fill(`${await definitions[0].inputValue()} Primera pestaña.`);
  await publishAndConfirm(first);
  await expect.poll(() => saved(file)).toContain('Primera pestaña.');
  await definitions[1].fill(`${await definitions[1].inputValue()} Segunda pestaña.`);
  await publish(second);
  const notice = second.getByRole('dialog', { name: 'No se ha guardado: la entrada cambió' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link', { name: 'Ver la versión guardada (en otra pestaña)' })).toHaveAttribute('href', '/admin/#/collections/glosario/entries/ceo');
  expect(saved(file)).toContain('Primera pestaña.');
  expect(saved(file)).not.toContain('Segunda pestaña.');
  await context.close();
});

test('a results table previews as the table the page prints, with its columns, figures and printed total', async ({ page }) => {
  await openAdmin(page, '#/collections/resultados/entries/formacion-de-formadores-horas');
  await expect(page.getByLabel('Título', { exact: true }).first()).not.toHaveValue('', { timeout: ENTRY_LOAD_TIMEOUT });
  const preview = page.frameLocator('iframe').first();
  const table = preview.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Horas' })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Presencial 20$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Total 40$/ })).toBeVisible();
  // The rows add up to the printed total: no warning.
  await expect(preview.getByRole('status')).toHaveCount(0);
});

test('the diagnostic instrument previews as its questions, answers offered, weights and plan, and says live what the build would refuse', async ({ page }) => {
  await openAdmin(page, '#/collections/diagnostico/entries/gestion-movilidad-humana');
  await expect(page.getByLabel('Título', { exact: true }).first()).not.toHaveValue('', { timeout: ENTRY_LOAD_TIMEOUT });
  const preview = page.frameLocator('iframe').first();
  await expect(preview.getByRole('heading', { level: 2 }).first()).toHaveText(/^1\. Estructura institucional/);
  await expect(preview.locator('li').filter({ hasText: 'Conformar el GET por resolución' }).first()).toContainText('«No aplica» no se ofrece');
  const offered = parse(readFileSync('src/content/diagnostico/gestion-movilidad-humana.yaml', 'utf8')).dimensions.flatMap(
    (d: { indicators: { notApplicable?: string }[] }) => d.indicators.filter((i) => i.notApplicable),
  ).length;
  await expect(preview.locator('li').filter({ hasText: 'No aplica, solo si:' })).toHaveCount(offered);
  await expect(preview.getByRole('status')).toHaveCount(0);
});

/** Opens a results table in the admin and gives its rows' editor, the table of src/cms/admin/table-widget.js. */
async function openTable(page: Page, slug: string): Promise<Locator> {
  await openAdmin(page, `#/collections/resultados/entries/${slug}`);
  await expect(page.getByLabel('Título', { exact: true }).first()).not.toHaveValue('', { timeout: ENTRY_LOAD_TIMEOUT });
  const table = page.getByRole('table', { name: /^Filas y cifras de la tabla/ });
  await expect(table).toBeVisible();
  return table;
}

test('a figure of a results table is edited in the table, in an input named by its row and column, and only that figure changes on disk', async ({ page }) => {
  const file = 'resultados/certificacion-de-formadores.yaml';
  const before = saved(file);
  const table = await openTable(page, 'certificacion-de-formadores');
  // The table's columns head the figures, as on the page; a figure the report does not give is a blank input.
  await expect(table.getByRole('columnheader')).toHaveText(['Fila', 'Porcentaje (%)', 'Personas', 'Mover o quitar']);
  await expect(table.getByRole('textbox', { name: 'Hombres, Personas', exact: true })).toHaveValue('');
  await expect(table.getByRole('textbox', { name: 'Certificación como participante del taller, Porcentaje (%)', exact: true })).toHaveValue('66,66');
  // The preview prints a figure the report does not give as a dash, never as 0.
  const preview = page.frameLocator('iframe').first();
  await expect(preview.getByRole('row', { name: /^Hombres 48 —$/ })).toBeVisible();
  const people = table.getByRole('textbox', { name: 'Funcionarios/as municipales que asistieron, Personas', exact: true });
  await expect(people).toHaveValue('69');
  // What is not a figure is said at the input, and is never saved.
  await people.fill('7x');
  await expect(people).toHaveAttribute('aria-invalid', 'true');
  await expect(people).toHaveAccessibleDescription('Escriba solo una cifra (por ejemplo 66,66) o deje vacío.');
  await people.fill('70');
  await expect(people).not.toHaveAttribute('aria-invalid');
  await expect(preview.getByRole('row', { name: /^Funcionarios\/as municipales que asistieron — 70$/ })).toBeVisible();
  // A figure that does not read stops «Publicar», even when the entry has other changes to save.
  await people.fill('70x');
  await publish(page);
  await expect(page.getByText(/«70x» en «Funcionarios\/as municipales que asistieron, Personas» no es una cifra/)).toBeVisible();
  expect(saved(file)).toBe(before);
  await people.fill('70');
  await expect(page.getByText(/no es una cifra/)).toHaveCount(0);
  await publishAndConfirm(page);
  await expect.poll(() => saved(file)).not.toBe(before);
  expect(saved(file)).toBe(before.replace('      - null\n      - 69\n', '      - null\n      - 70\n'));
});

test('the table editor sums the rows as the editor types, says politely where they differ from the printed total, and stops once they add up', async ({ page }) => {
  const file = 'resultados/intercambio-de-conocimientos.yaml';
  const before = saved(file);
  const table = await openTable(page, 'intercambio-de-conocimientos');
  const editor = page.locator('.integra-table');
  const sums = table.getByRole('row', { name: /^Suma de las filas/ });
  const status = editor.getByRole('status');
  await expect(sums.getByRole('cell')).toHaveText(['23', '22', '45', '']);
  await expect(table.getByRole('row', { name: /^Total impreso: Total/ }).getByRole('cell')).toHaveText(['23', '22', '45', '']);
  await expect(status).toHaveText('');
  const men = table.getByRole('textbox', { name: 'Sierra Centro, Hombres', exact: true });
  await men.fill('9');
  await expect(sums.getByRole('cell')).toHaveText(['24 (≠ total impreso: 23)', '22', '45', '']);
  await expect(status).toHaveText(
    '«Hombres»: la suma de las filas es 24 y el total impreso, 23. Corrija la cifra o añada una «Nota sobre el total» que diga lo que imprime el informe; sin ella no se puede guardar.',
  );
  // The preview says the same.
  await expect(page.frameLocator('iframe').first().getByRole('status')).toContainText('«Hombres»: la suma de las filas es 24 y el total impreso, 23.');
  // Every control of the table has a name, and axe finds nothing to fix in it, warning included.
  expect(await axeViolations(page, '.integra-table')).toEqual([]);
  await men.fill('8');
  await expect(status).toHaveText('');
  await expect(sums.getByRole('cell')).toHaveText(['23', '22', '45', '']);
  // Nothing was published.
  expect(saved(file)).toBe(before);
});

test('rows are added, moved and removed with the keyboard, and the file changes only in those rows', async ({ page }) => {
  const file = 'resultados/ocupacion-plena.yaml';
  const before = saved(file);
  const table = await openTable(page, 'ocupacion-plena');
  await page.getByRole('button', { name: 'Añadir una fila', exact: true }).focus();
  await page.keyboard.press('Enter');
  // The new row's label takes the focus; its figure follows with Tab.
  const newLabel = table.getByRole('textbox', { name: 'Etiqueta de la fila n.º 3', exact: true });
  await expect(newLabel).toBeFocused();
  await page.keyboard.type('Fila de prueba');
  await expect(newLabel).toHaveValue('Fila de prueba');
  await page.keyboard.press('Tab');
  await expect(table.getByRole('textbox', { name: 'Fila de prueba, Porcentaje de la población económicamente activa', exact: true })).toBeFocused();
  await page.keyboard.type('35,5');
  // «Subir» moves the row and keeps the focus on it.
  const up = table.getByRole('button', { name: 'Subir la fila «Fila de prueba»', exact: true });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('textbox', { name: 'Etiqueta de la fila n.º 2', exact: true })).toHaveValue('Fila de prueba');
  await expect(up).toBeFocused();
  await expect(page.getByText('Fila «Fila de prueba» movida a la posición 2 de 3.')).toBeAttached();
  // «Quitar» names its row; the focus goes to the row that takes its place.
  await table.getByRole('button', { name: 'Quitar la fila «Diciembre de 2020»', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('button', { name: /^Quitar la fila/ })).toHaveCount(2);
  await expect(table.getByRole('button', { name: 'Quitar la fila «Fila de prueba»', exact: true })).toBeFocused();
  await expect(page.getByText('Fila «Diciembre de 2020» quitada.')).toBeAttached();
  await publishAndConfirm(page);
  await expect.poll(() => saved(file)).not.toBe(before);
  expect(saved(file)).toBe(
    before.replace('  - label: Diciembre de 2020\n    values:\n      - 30.4\n', '  - label: Fila de prueba\n    values:\n      - 35.5\n'),
  );
});
