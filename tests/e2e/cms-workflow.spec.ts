/**
 * The real Decap in the editorial workflow, as editors use it on the live site: each entry saved on
 * its own branch until it is published. Here the repository is a git clone served by decap-server in
 * git mode (the same workflow API as GitHub: a branch `cms/<collection>/<slug>` per draft), and the
 * admin is the built one, served by nginx with the project's headers and configured for this backend
 * by the same generators the build uses. Covers what only the workflow (or a second tab) can do wrong:
 * «Retirar» of an entry in use, a taken slug after a reload, and two saves of one entry.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { CmsBackend } from '../../src/cms/config.ts';
import { adminFor, freePort, NGINX, startNginx, type NginxServer } from '../support/nginx-server.ts';

test.skip(!NGINX, 'nginx is not installed (.ci/run installs it)');
// Serial: the tests share one repository. Decap's bundle starts slowly on a loaded machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let repo = '';
let decap: ChildProcess;
let site: NginxServer;

const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
const branches = () => git('branch', '--list', '--format=%(refname:short)').split('\n').filter(Boolean);
const onMain = (path: string) => git('show', `main:${path}`);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  repo = mkdtempSync(join(tmpdir(), 'integra-workflow-'));
  cpSync('src/content', join(repo, 'src/content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'pruebas@integra.invalid');
  git('config', 'user.name', 'Pruebas');
  git('add', '.');
  git('commit', '-q', '-m', 'Contenido del portal');
  const port = await freePort();
  decap = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/api/v1`;
  await expect
    .poll(() => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.status, () => 0), { timeout: 30_000 })
    .toBe(200);
  const backend: CmsBackend = { kind: 'local', url, workflow: true };
  site = await startNginx(adminFor(backend));
});

test.afterAll(() => {
  site?.stop();
  decap?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** Opens the admin at an entry (or a new one) and waits until its form holds the entry. */
async function openEntry(page: Page, hash: string, field: string) {
  // From a blank page: a change of hash alone would not reload the admin.
  await page.goto('about:blank');
  await page.goto(`${site.origin}/admin/${hash}`);
  const input = page.getByLabel(field, { exact: true }).first();
  // Decap remembers the login of this browser context: the button shows only the first time.
  const login = page.getByRole('button', { name: 'Iniciar sesión' });
  await expect(login.or(input)).toBeVisible({ timeout: 60_000 });
  if (await login.isVisible()) await login.click();
  if (!hash.endsWith('/new')) await expect(input).not.toHaveValue('', { timeout: 60_000 });
  else await expect(input).toBeVisible({ timeout: 60_000 });
  return input;
}

/** Every dialog's text; Decap's own confirmations are accepted, so only the portal's guard can stop an action. */
function acceptDialogs(page: Page): string[] {
  const messages: string[] = [];
  page.on('dialog', (dialog) => {
    messages.push(dialog.message());
    void dialog.accept();
  });
  return messages;
}

test('«Retirar» a published manual that other entries use is refused, naming them; it stays on main', async ({ page }) => {
  const path = 'src/content/manuales/modelo-de-gobernanza-inclusiva.mdx';
  const before = onMain(path);
  const messages = acceptDialogs(page);
  await openEntry(page, '#/collections/manuales/entries/modelo-de-gobernanza-inclusiva', 'Título');
  await page.getByRole('button', { name: 'Publicado' }).click();
  await page.getByRole('menuitem', { name: 'Retirar' }).click();
  await expect.poll(() => messages.join('\n')).toMatch(/No se puede eliminar ni retirar esta entrada: se usa en \d+ lugares: .*buenas-practicas\//);
  await expect(page.getByText(/No se ha podido retirar la entrada/)).toBeVisible();
  expect(onMain(path)).toBe(before);
  expect(branches()).toEqual(['main']);
});

test('deleting a glossary term that pages link to, or a note the site\'s code uses, is refused', async ({ page }) => {
  const messages = acceptDialogs(page);
  for (const [collection, slug, field, pattern] of [
    ['glosario', 'xenofobia', 'Término', /se usa en \d+ lugares: .*campana\/mensajes-que-si-y-que-no/],
    ['notas', 'etapa-ii-tres-nombres', 'Título', /se usa en un lugar: el código del sitio: la página de inicio/],
  ] as const) {
    messages.length = 0;
    await openEntry(page, `#/collections/${collection}/entries/${slug}`, field);
    await page.getByRole('button', { name: 'Eliminar entrada publicada' }).click();
    await expect.poll(() => messages.join('\n')).toMatch(pattern);
    expect(onMain(`src/content/${collection}/${slug}.yaml`)).toContain(slug === 'xenofobia' ? 'term:' : 'title:');
  }
  expect(branches()).toEqual(['main']);
});

test('after a reload, a new entry whose title is taken by a draft is refused, never saved as «-1»', async ({ page }) => {
  const fill = async () => {
    await openEntry(page, '#/collections/glosario/new', 'Término');
    await page.getByLabel('Término', { exact: true }).fill('Término del flujo editorial');
    await page.getByLabel('Definición', { exact: true }).fill('Una entrada de prueba guardada como borrador en el flujo editorial.');
    await page.getByLabel('Fuente', { exact: true }).click();
    await page.getByText('Definición general del portal', { exact: true }).click();
    await page.getByRole('button', { name: 'Poner la fecha de hoy' }).click();
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  };
  await fill();
  await expect(page.getByText('Entrada guardada')).toBeVisible();
  await expect.poll(branches).toContain('cms/glosario/termino-del-flujo-editorial');
  await fill();
  await expect(page.getByText(/ya existe una entrada con la dirección «termino-del-flujo-editorial»/)).toBeVisible();
  expect(branches().filter((branch) => branch.startsWith('cms/glosario/'))).toEqual(['cms/glosario/termino-del-flujo-editorial']);
  // The draft's card on the workflow board is dated in numbers, with no English month.
  await page.goto('about:blank');
  await page.goto(`${site.origin}/admin/#/workflow`);
  const card = page.getByRole('link', { name: /Término del flujo editorial/ });
  await expect(card).toContainText(/\d{1,2}\/\d{1,2}\/\d{4}/, { timeout: 60_000 });
  await expect(card).not.toContainText(/January|February|March|April|May|June|July|August|September|October|November|December/);
});

test('one entry saved in two tabs: the second save is stopped, says why, links to the saved version, and loses nothing', async ({ browser }) => {
  const context = await browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  const branch = 'cms/glosario/gad';
  const hash = '#/collections/glosario/entries/gad';
  const firstDefinition = await openEntry(first, hash, 'Definición');
  const secondDefinition = await openEntry(second, hash, 'Definición');
  await firstDefinition.fill(`${await firstDefinition.inputValue()} Cambio de la primera pestaña.`);
  await first.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(first.getByText('Entrada guardada')).toBeVisible();
  await expect.poll(branches).toContain(branch);

  await secondDefinition.fill(`${await secondDefinition.inputValue()} Cambio de la segunda pestaña.`);
  await second.getByRole('button', { name: 'Guardar', exact: true }).click();
  const notice = second.getByRole('dialog', { name: 'No se ha guardado: la entrada cambió' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link', { name: 'Ver la versión guardada (en otra pestaña)' })).toHaveAttribute('href', `/admin/${hash}`);
  const saved = git('show', `${branch}:src/content/glosario/gad.yaml`);
  expect(saved).toContain('Cambio de la primera pestaña.');
  expect(saved).not.toContain('Cambio de la segunda pestaña.');
  // The editor's own text is still in the form, to copy or redo on the saved version.
  await notice.getByRole('button', { name: 'Cerrar este aviso y seguir editando' }).click();
  await expect(secondDefinition).toHaveValue(/Cambio de la segunda pestaña\.$/);

  // The first tab saving again is no conflict: it compares with what it saved itself.
  await firstDefinition.fill(`${await firstDefinition.inputValue()} Otra frase.`);
  await first.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect.poll(() => git('show', `${branch}:src/content/glosario/gad.yaml`)).toContain('Cambio de la primera pestaña. Otra frase.');
  await context.close();
});
