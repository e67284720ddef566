/**
 * What an editor saves or uploads can never run code: the admin's own bundled checks (the file the
 * admin really loads) refuse every hostile fixture with the build's message, the real Decap refuses
 * to save such a body, and its media library refuses files that are not images before uploading them.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CMS_REPO } from './site.ts';

const HOSTILE = 'tests/fixtures/hostile';
const expected = JSON.parse(readFileSync(`${HOSTILE}/expected.json`, 'utf8')) as Record<string, { line: number; message: string; buildOnly?: string }>;
const adminCases = Object.entries(expected)
  .filter(([, value]) => !value.buildOnly)
  .map(([name, value]) => ({ name, body: readFileSync(`${HOSTILE}/bodies/${name}`, 'utf8'), ...value }));

async function openAdmin(page: Page, hash: string) {
  // Decap's 5 MB bundle starts slowly on a loaded two-core machine; every wait is on a condition.
  test.setTimeout(120_000);
  await page.goto(`/admin/${hash}`);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
}

test('the admin bundle refuses every hostile body with the build\'s message and line', async ({ page }) => {
  await page.goto('/robots.txt');
  const results = await page.evaluate(async (cases) => {
    const checks = (await import('/admin/admin-checks.js' as string)) as { validateEntry: (c: string, d: Record<string, unknown>) => string[] };
    return cases.map(({ body }) => checks.validateEntry('manuales', { body }).filter((problem) => problem.startsWith('«Contenido»'))[0] ?? '');
  }, adminCases);
  adminCases.forEach(({ name, line, message }, index) => {
    expect(results[index], name).toMatch(new RegExp(`^«Contenido», línea ${line}( \\(«.*»\\))?: `));
    expect(results[index].endsWith(`: ${message}`), `${name}: ${results[index]}`).toBe(true);
  });
});

test('Decap refuses to save an export hidden between mixed code fences, and the file stays as it was', async ({ page }) => {
  const slug = 'capacitaciones-tecnicas-certificadas';
  const path = join(CMS_REPO, `src/content/manuales/${slug}.mdx`);
  const before = readFileSync(path, 'utf8');
  await page.addInitScript(() => localStorage.setItem('cms.md-mode', 'raw'));
  await openAdmin(page, `#/collections/manuales/entries/${slug}`);
  // Decap's Markdown mode is a plain-text editor (one block per line): the body is pasted at its end.
  const body = page.locator('[data-slate-editor="true"]').last();
  await expect(body).toContainText('Qué aportan las capacitaciones técnicas', { timeout: 30_000 });
  await body.locator('[data-slate-node="element"]').last().click();
  await page.keyboard.press('End');
  const hostile = readFileSync(`${HOSTILE}/bodies/esm-tilde-then-backtick.mdx`, 'utf8');
  await body.evaluate((editor, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, `\n\n${hostile}`);
  await page.getByRole('button', { name: /^Publicar/ }).first().click();
  await page.getByText('Publicar ahora').click();
  await expect(page.getByText(/No se ha podido guardar la entrada/)).toBeVisible();
  await expect(page.getByText(expected['esm-tilde-then-backtick.mdx'].message).first()).toBeVisible();
  expect(readFileSync(path, 'utf8')).toBe(before);
});

test('the media library offers only images and refuses a PDF or an SVG before uploading it', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  await openAdmin(page, '');
  await page.getByRole('button', { name: 'Medios' }).click();
  const upload = page.getByText('Subir nuevo');
  await expect(upload).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('input[type="file"]')).toHaveAttribute('accept', /\.png.*\.jpg.*image\/png/);
  for (const name of ['documento.pdf', 'script.svg']) {
    const chooser = page.waitForEvent('filechooser');
    await upload.click();
    await (await chooser).setFiles(join(HOSTILE, 'media', name));
    await expect.poll(() => dialogs.length).toBeGreaterThan(0);
    expect(dialogs.shift()).toMatch(new RegExp(`^«${name.replace('.', '\\.')}» no se puede subir: la carpeta de medios solo acepta fotos e imágenes`));
    expect(existsSync(join(CMS_REPO, 'public/imagenes', name))).toBe(false);
  }
  await expect(page.getByText('documento.pdf')).toHaveCount(0);
});
