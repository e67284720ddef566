/**
 * What the diagnostic's browser tests share: the instrument as the content file has it, and the
 * steps a GET takes (create an assessment, answer a dimension or everything).
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { axeViolations } from './axe.ts';

export const PAGE = '/diagnostico/';
export const KEY = 'integra:diagnostico';
export const ANSWER_LABELS = ['No', 'Parcial', 'Completo', 'No aplica'];

export const instrument = parse(readFileSync('src/content/diagnostico/gestion-movilidad-humana.yaml', 'utf8')) as {
  version: number;
  dimensions: { id: string; title: string; indicators: { id: string; weight: number; notApplicable?: string }[] }[];
};
export const NA = 3;
/** The reason the tests give for «No aplica». */
export const NA_REASON = 'En el cantón no existe esa instancia.';
export const indicatorCount = instrument.dimensions.reduce((sum, d) => sum + d.indicators.length, 0);

export async function expectNoAxeViolations(page: Page, state: string) {
  expect(await axeViolations(page, '#contenido'), `axe in state "${state}"`).toEqual([]);
}

/** Fails the test on any request off the origin, or any request that sends a body (answers never leave). */
export function watchRequests(page: Page, origin: string) {
  const bad: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) bad.push(`off-origin: ${request.url()}`);
    if (request.postData()) bad.push(`body sent: ${request.method()} ${request.url()}`);
    if (url.hash || url.search.includes('compartir')) bad.push(`answers in a request URL: ${request.url()}`);
  });
  return bad;
}

export async function createAssessment(page: Page, municipio: string, team = '', asOf = '') {
  const form = page.locator('details.diagnostic__new');
  if (!(await form.evaluate((d) => (d as HTMLDetailsElement).open))) await form.locator('summary').click();
  await page.getByLabel('Municipio', { exact: true }).selectOption({ label: municipio });
  if (team) await page.getByLabel('Equipo que responde (opcional)').fill(team);
  if (asOf) await page.getByLabel('Situación que describe (mes y año)').fill(asOf);
  await page.getByRole('button', { name: 'Empezar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Dimensión 1 de/ })).toBeFocused();
}

/**
 * Answers every indicator of the dimension on screen with the answer `pick` gives, by mouse-free
 * clicks on labels; «No aplica» (offered only where the instrument allows it) with its reason.
 */
export async function answerDimension(page: Page, pick: (indicatorIndex: number) => number) {
  const fieldsets = page.locator('fieldset.diagnostic__indicator');
  const count = await fieldsets.count();
  for (let i = 0; i < count; i++) {
    await fieldsets.nth(i).getByRole('radio', { name: ANSWER_LABELS[pick(i)], exact: true }).check();
    if (pick(i) === NA) await fieldsets.nth(i).getByLabel('Por qué no aplica (obligatorio)').fill(NA_REASON);
  }
}

/** Answers the whole instrument: dimension d, indicator i gets `pick(d, i)`. */
export async function answerAll(page: Page, pick: (d: number, i: number) => number) {
  for (let d = 0; d < instrument.dimensions.length; d++) {
    await answerDimension(page, (i) => pick(d, i));
    const next = d < instrument.dimensions.length - 1 ? 'Siguiente dimensión' : 'Ver resultados';
    await page.locator('.diagnostic__pager').getByRole('button', { name: next }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: /^Resultados:/ })).toBeFocused();
}

/** The score column of the results table, once it shows a row per dimension (the results' code may still be loading). */
export async function scoreCells(page: Page) {
  const cells = page.locator('#tabla-puntajes').locator('xpath=ancestor::table').locator('tbody td:nth-child(2)');
  await expect(cells).toHaveCount(instrument.dimensions.length);
  return cells.allTextContents();
}

export async function freshPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'es-EC', acceptDownloads: true });
  return context.newPage();
}


const ANSWER_IDS = ['no', 'parcial', 'completo', 'no-aplica'];
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/**
 * Puts finished assessments in the browser as the tool saves them, then opens the tool: for tests
 * about what comes after answering (comparisons, the council), which need not answer 60 questions
 * by hand each time. Answering itself is tested by the tests that use `answerAll`.
 */
export async function seedAssessments(page: Page, assessments: { municipio: string; asOf: string; team?: string; pick: (d: number, i: number) => number }[]) {
  const stamp = new Date().toISOString();
  const store = {
    version: 1,
    currentId: null,
    assessments: assessments.map((a, n) => ({
      id: `semilla-${n + 1}`,
      name: `${a.municipio} - ${MONTHS[Number(a.asOf.slice(5)) - 1]} ${a.asOf.slice(0, 4)}`,
      municipio: a.municipio,
      team: a.team ?? '',
      createdAt: stamp,
      updatedAt: stamp,
      instrumentVersion: instrument.version,
      asOf: a.asOf,
      answers: Object.fromEntries(
        instrument.dimensions.flatMap((d, di) =>
          d.indicators.map((indicator, i) => {
            const answer = ANSWER_IDS[a.pick(di, i)];
            return [indicator.id, answer === 'no-aplica' ? { answer, reason: NA_REASON } : { answer }];
          }),
        ),
      ),
    })),
  };
  // Written from another page of the site, so the tool reads it on its first load.
  await page.goto('/glosario/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(store)]);
  await page.goto(PAGE);
  await expect(page.locator('.diagnostic__item')).toHaveCount(assessments.length);
}

/** Opens the results of the n-th assessment of the list (0-based). */
export async function openResults(page: Page, n: number) {
  await page.locator('.diagnostic__item').nth(n).getByRole('button', { name: 'Ver resultados' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Resultados:/ })).toBeFocused();
}
