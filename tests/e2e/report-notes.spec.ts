/**
 * Notes about the report over the whole built site: each is shown in full on the notes page and at
 * its subject only, every other page links to it with «ver nota», and the home page has none.
 */
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DIST, builtHtmlFiles, pathOfBuiltFile } from './site.ts';
import { pageOfLink } from '../../src/lib/site-links.ts';

const notes = readdirSync('src/content/notas').map((name) => ({
  id: name.replace('.yaml', ''),
  ...(parse(readFileSync(`src/content/notas/${name}`, 'utf8')) as { title: string; subject?: string }),
}));

test('every note is shown in full once, at its subject (or only on the notes page), and nowhere else', () => {
  const shownOn = new Map<string, string[]>(notes.map((note) => [note.id, []]));
  const strayCallouts: string[] = [];
  for (const file of builtHtmlFiles(['pagefind', 'admin'])) {
    const html = readFileSync(file, 'utf8');
    for (const [, id] of html.matchAll(/data-report-note="([^"]+)"/g)) shownOn.get(id)?.push(pathOfBuiltFile(file));
    // A report-note box not built from the notes collection is a note written by hand.
    for (const [tag] of html.matchAll(/<[a-z]+[^>]*class="[^"]*callout--informe[^"]*"[^>]*>/g)) {
      if (!/data-report-note(-index)?="/.test(tag)) strayCallouts.push(pathOfBuiltFile(file));
    }
  }
  for (const note of notes) {
    // A subject written as content names a term or a table (/glosario/#ceo) is shown on that term's or table's page.
    expect(shownOn.get(note.id), note.id).toEqual(note.subject ? [pageOfLink(note.subject).split('#')[0]] : []);
  }
  expect(strayCallouts).toEqual([]);
  const index = readFileSync(join(DIST, 'notas-sobre-el-informe/index.html'), 'utf8');
  expect([...index.matchAll(/data-report-note-index="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(notes.map((n) => n.id).sort());
});

test('the home page shows no note about the report', () => {
  const home = readFileSync(join(DIST, 'index.html'), 'utf8');
  expect(home).not.toMatch(/data-report-note|callout--informe|Nota sobre el informe/);
});

test('«ver nota» on a module page leads to the note, which says what the report prints in each place', async ({ page }) => {
  await page.goto('/formacion-de-formadores/sesion-1-programa-y-site/');
  await page.getByRole('link', { name: 'ver nota' }).first().click();
  await expect(page).toHaveURL(/\/notas-sobre-el-informe\/#site-dos-nombres$/);
  const note = page.locator('#site-dos-nombres');
  await expect(note).toBeInViewport();
  await expect(note).toContainText('Sistema de Integración de Trabajo y Empleo');
  await expect(note).toContainText('En el portal:');
  await note.getByRole('link', { name: 'Ir a donde se usa la cifra o el nombre' }).click();
  await expect(page).toHaveURL(/\/glosario\/site\/$/);
  await expect(page.locator('[data-report-note="site-dos-nombres"]')).toBeVisible();
});
