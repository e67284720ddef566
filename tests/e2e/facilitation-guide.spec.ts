/**
 * The diagnostic's facilitation guide (/diagnostico/guia-de-facilitacion/) against the instrument it
 * is generated from, read here from its YAML: the two meetings' agendas list every dimension exactly
 * once, in instrument order, with its question count; the evidence lists and the «No aplica»
 * questions are the instrument's; the page fits a 360 px phone and is linked from the diagnostic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { parse } from 'yaml';

const GUIDE = '/diagnostico/guia-de-facilitacion/';

interface InstrumentFile {
  dimensions: { id: string; title: string; order: number; indicators: { short: string; evidence: string[]; notApplicable?: string }[] }[];
}
const instrument = parse(readFileSync(join(import.meta.dirname, '../../src/content/diagnostico/gestion-movilidad-humana.yaml'), 'utf8')) as InstrumentFile;
const dimensions = instrument.dimensions.toSorted((a, b) => a.order - b.order);
const questions = (count: number) => (count === 1 ? '1 pregunta' : `${count} preguntas`);
const agendaRow = (index: number) => `Dimensión ${index + 1}. ${dimensions[index].title} (${questions(dimensions[index].indicators.length)})`;
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the two meetings’ agendas list every dimension of the instrument exactly once, in order, with its questions', async ({ page }) => {
  await page.goto(GUIDE);
  const meetings = page.locator('[data-meeting]');
  await expect(meetings).toHaveCount(2);
  const rows: string[][] = [];
  for (const meeting of await meetings.all()) {
    const activities = (await meeting.locator('.agenda-table tbody th').allInnerTexts()).map(squeeze);
    rows.push(activities.filter((activity) => activity.startsWith('Dimensión ')));
    // Each meeting opens and closes with something other than a dimension.
    expect(activities.at(0)).not.toMatch(/^Dimensión /);
    expect(activities.at(-1)).not.toMatch(/^Dimensión /);
  }
  expect(rows.every((meetingRows) => meetingRows.length > 0), 'every meeting has a dimension').toBe(true);
  expect(rows.flat()).toEqual(dimensions.map((_, index) => agendaRow(index)));

  // The split is even: the two meetings differ by less than the largest dimension's questions.
  const counts = rows.map((meetingRows) => meetingRows.reduce((sum, row) => sum + Number(/\((\d+) preguntas?\)$/.exec(row)![1]), 0));
  expect(counts.reduce((a, b) => a + b)).toBe(dimensions.reduce((sum, d) => sum + d.indicators.length, 0));
  expect(Math.abs(counts[0] - counts[1])).toBeLessThanOrEqual(Math.max(...dimensions.map((d) => d.indicators.length)));
  // Each meeting's summary says its question count.
  for (const [index, count] of counts.entries()) await expect(meetings.nth(index).locator('p').first()).toContainText(`${questions(count)}, unas `);
});

test('the evidence to bring and the questions that offer «No aplica» are the instrument’s', async ({ page }) => {
  await page.goto(GUIDE);
  const evidence = page.locator('#evidencias').locator('..');
  await expect(evidence.locator('.evidence-dimension')).toHaveCount(dimensions.length);
  for (const [index, dimension] of dimensions.entries()) {
    const section = evidence.locator('.evidence-dimension').nth(index);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(`${index + 1}. ${dimension.title}`);
    const items = section.locator('li');
    await expect(items).toHaveCount(dimension.indicators.length);
    for (const [i, indicator] of dimension.indicators.entries()) {
      expect(squeeze(await items.nth(i).innerText())).toBe(`${index + 1}.${i + 1}. ${indicator.short}: ${indicator.evidence.join('; ')}.`);
    }
  }
  const notApplicable = dimensions.flatMap((d) => d.indicators.filter((indicator) => indicator.notApplicable));
  const list = page.locator('.not-applicable-list li');
  await expect(list).toHaveCount(notApplicable.length);
  for (const [i, indicator] of notApplicable.entries()) await expect(list.nth(i)).toContainText(`${indicator.short}: ${indicator.notApplicable}`);
});

test('the diagnostic and its methodology link to the guide, which has a print button', async ({ page }) => {
  for (const from of ['/diagnostico/', '/diagnostico/metodologia/']) {
    await page.goto(from);
    await page.getByRole('link', { name: /gu[ií]a (para facilitar las reuniones del GET|de facilitación del autodiagnóstico)/i }).click();
    await expect(page).toHaveURL(GUIDE);
    await expect(page.getByRole('heading', { level: 1, name: 'Guía de facilitación del autodiagnóstico' })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Imprimir la guía' })).toBeVisible();
  for (const material of ['cuestionario para imprimir', 'hoja de respuestas']) {
    await expect(page.locator('#antes-de-las-reuniones ~ ul').getByRole('link', { name: material })).toBeVisible();
  }
});

test('the guide fits a 360 px phone without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(GUIDE);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('editors open the guide’s text in the admin, previewed in the page’s order', async ({ page }) => {
  // Decap's bundle starts slowly on a loaded two-core machine; every wait is on a condition.
  test.setTimeout(120_000);
  await page.goto('/admin/#/collections/facilitacion/entries/guia-de-facilitacion');
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page.getByRole('textbox', { name: /^Título/ }).first()).toHaveValue('Guía de facilitación del autodiagnóstico', { timeout: 60_000 });
  const preview = page.locator('iframe').first().contentFrame();
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText([
    'Quién participa',
    'Quién facilita y quién toma notas',
    'Qué preparar y enviar antes',
    'Agenda de las dos reuniones',
    'Cómo acordar cada respuesta',
    'Qué evidencias llevar',
    'Cómo pasar las respuestas a la herramienta',
    'Después de las reuniones',
  ]);
  await expect(preview.getByText('Qué dimensiones van en cada reunión y sus minutos: la página lo calcula del instrumento.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('admin-guia-de-facilitacion.png') });
});
