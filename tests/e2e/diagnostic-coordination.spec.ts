/**
 * The coordinators' view (/diagnostico/municipios/) in the real built site: exports and a share link
 * made by answering the real diagnostic, plus files derived from them as a team would send them
 * (another municipality, an older period, an older and a newer instrument version, a broken file),
 * opened together. The table, the level distribution, the frequent gaps, the evidence quality and the
 * CSV are checked against figures computed here from the instrument's content file, so the test holds
 * for any number of dimensions and indicators. Nothing leaves the browser, nothing is saved, and the
 * main diagnostic's saved assessments stay as they were. A second test opens five municipalities'
 * files, four exported by the real «Descargar JSON» and one made with version 1 of the instrument
 * (tests/fixtures/diagnostico-v1/), and checks the table and the CSV against the files' own answers.
 */
import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { parse } from 'yaml';
import { parseCsv } from '../../src/lib/csv.ts';
import { pdfPageTexts, squeezed } from '../support/pdf.ts';
import { answerAll, createAssessment, expectNoAxeViolations, KEY, NA, PAGE as DIAGNOSTIC, seedAssessments, watchRequests } from './diagnostic-steps.ts';

const PAGE = '/diagnostico/municipios/';
const FILES_LABEL = 'Archivos JSON exportados desde el autodiagnóstico (puede elegir varios)';

/** Opens the view and waits until its island has started (its inputs are disabled until then). */
async function openView(page: Page) {
  await page.goto(PAGE);
  await expect(page.getByLabel(FILES_LABEL)).toBeEnabled({ timeout: 30_000 });
}

interface ContentIndicator {
  id: string;
  short: string;
  notApplicable?: string;
  scoring: { weight: number };
  plan: { action: string; resources: Record<string, unknown[]> };
}
interface ContentInstrument {
  draft?: boolean;
  version: number;
  levels: { id: string; label: string; min: number }[];
  history: { version: number; renamed: { from: string; to: string }[] }[];
  dimensions: { id: string; title: string; order: number; indicators: ContentIndicator[] }[];
}

/** The instrument the site is built from: the one published entry of src/content/diagnostico/. */
function publishedInstrument(): ContentInstrument {
  const dir = 'src/content/diagnostico';
  const entries = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as ContentInstrument)
    .filter((entry) => entry.draft !== true);
  expect(entries, 'one published diagnostic instrument').toHaveLength(1);
  const [entry] = entries;
  return { ...entry, dimensions: [...entry.dimensions].sort((a, b) => a.order - b.order) };
}

const instrument = publishedInstrument();
const dimensions = instrument.dimensions;
const indicators = dimensions.flatMap((dimension, d) => dimension.indicators.map((indicator, i) => ({ indicator, dimension, d, i })));
const total = indicators.length;
const levels = [...instrument.levels].sort((a, b) => a.min - b.min);
const allowsNa = (d: number, i: number) => dimensions[d].indicators[i].notApplicable !== undefined;

// The methodology's rules, written again here so the page is checked against an independent reading of them.
const round1 = (x: number) => Math.round(Number((x * 10).toPrecision(12))) / 10;
const levelOf = (score: number | null) => (score === null ? null : levels.filter((level) => level.min <= score).at(-1)!);
const number = new Intl.NumberFormat('es-EC', { useGrouping: 'always', maximumFractionDigits: 2 });

/** A pattern of answers: dimension d, indicator i gets No (0), Parcial (1), Completo (2) or «No aplica» (NA). */
type Pattern = (d: number, i: number) => number;

interface Expected {
  dimensions: { score: number | null; insufficient: boolean }[];
  overall: number | null;
}

/** Answers as an exported file holds them, by indicator id. */
type Answers = Record<string, { answer?: string; reason?: string; note?: string }>;

const VALUE: Record<string, number> = { no: 0, parcial: 0.5, completo: 1 };

/**
 * The scores of some answers on the current instrument: «No aplica» counts only where the
 * instrument offers it (elsewhere it is as unanswered); more than half «No aplica»: no score.
 */
function expectedFromAnswers(answers: Answers): Expected {
  const raws: number[] = [];
  const result = dimensions.map((dimension) => {
    let weighted = 0;
    let weights = 0;
    let na = 0;
    for (const indicator of dimension.indicators) {
      const answer = answers[indicator.id]?.answer;
      if (answer === 'no-aplica' && indicator.notApplicable !== undefined) na++;
      if (answer === undefined || !(answer in VALUE)) continue;
      weighted += indicator.scoring.weight * VALUE[answer];
      weights += indicator.scoring.weight;
    }
    const insufficient = na * 2 > dimension.indicators.length;
    const raw = weights > 0 && !insufficient ? (100 * weighted) / weights : null;
    if (raw !== null) raws.push(raw);
    return { score: raw === null ? null : round1(raw), insufficient };
  });
  return { dimensions: result, overall: raws.length ? round1(raws.reduce((a, b) => a + b, 0) / raws.length) : null };
}

const ANSWER_IDS = ['no', 'parcial', 'completo', 'no-aplica'];

function expectedScores(pattern: Pattern): Expected {
  const answers: Answers = {};
  dimensions.forEach((dimension, d) =>
    dimension.indicators.forEach((indicator, i) => {
      answers[indicator.id] = { answer: ANSWER_IDS[pattern(d, i)], reason: 'Motivo.' };
    }),
  );
  return expectedFromAnswers(answers);
}

/** What a score cell says: «66,7 Avanzado», «sin datos suficientes», «sin datos». */
function cellText(score: { score: number | null; insufficient?: boolean }): string {
  if (score.insufficient) return 'sin datos suficientes';
  return score.score === null ? 'sin datos' : `${number.format(score.score)} ${levelOf(score.score)!.label}`;
}

/** What the CSV writes for a score: «66,7», «Sin datos suficientes», «Sin datos». */
const csvScore = (score: { score: number | null; insufficient?: boolean }) =>
  score.insufficient ? 'Sin datos suficientes' : score.score === null ? 'Sin datos' : String(score.score).replace('.', ',');

/** The first dimension with a question that allows «No aplica». */
const NA_DIMENSION = dimensions.findIndex((dimension) => dimension.indicators.some((indicator) => indicator.notApplicable !== undefined));

// Answer patterns. Latacunga: dimension 1 all No, the rest Completo. Machala: «No aplica» wherever
// NA_DIMENSION allows it, Parcial everywhere else. Quito (by share link): No, Parcial, Completo in turn.
const LATACUNGA: Pattern = (d) => (d === 0 ? 0 : 2);
const MACHALA: Pattern = (d, i) => (d === NA_DIMENSION && allowsNa(d, i) ? NA : 1);
const QUITO: Pattern = (d, i) => (d + i) % 3;

async function download(page: Page, button: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await downloading).path(), 'utf8');
}

const file = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)) });

test('a coordinator opens several municipalities\' files and a share link, and reads the table, levels, gaps, evidence and CSV', async ({ page, baseURL }, testInfo) => {
  test.setTimeout(240_000);
  const bad = watchRequests(page, new URL(baseURL!).origin);

  // Three real assessments answered in the diagnostic: two exported as JSON, one shared by link.
  await page.goto(DIAGNOSTIC);
  await createAssessment(page, 'Latacunga', '', '2026-03');
  await answerAll(page, LATACUNGA);
  const latacunga = JSON.parse(await download(page, 'Descargar JSON (para importar)'));
  await page.getByRole('button', { name: 'Mis autodiagnósticos' }).click();
  await createAssessment(page, 'Machala', '', '2025-09');
  await answerAll(page, MACHALA);
  const machala = JSON.parse(await download(page, 'Descargar JSON (para importar)'));
  await page.getByRole('button', { name: 'Mis autodiagnósticos' }).click();
  await createAssessment(page, 'Quito', '', '2026-01');
  await answerAll(page, QUITO);
  await page.getByRole('button', { name: 'Crear enlace para compartir' }).click();
  const quitoLink = await page.getByLabel(/Enlace para compartir/).inputValue();
  const saved = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(saved).toContain('Latacunga');

  // Files as other teams would send them, from the real exports.
  const firstId = indicators[0].indicator.id;
  // Durán: Latacunga's answers, a note on the first one, made with the previous instrument version (if there is one).
  const previous = Math.max(1, instrument.version - 1);
  const duran = structuredClone(latacunga);
  Object.assign(duran, { instrumentVersion: previous });
  Object.assign(duran.assessment, { municipio: 'Durán', name: 'Durán - junio 2026', asOf: '2026-06' });
  duran.assessment.answers[firstId].note = 'Acta de sesión 4/2026';
  // Latacunga a year earlier, with Machala's answers: the table shows it, the totals count Latacunga once (its latest).
  const latacungaBefore = structuredClone(machala);
  Object.assign(latacungaBefore.assessment, { municipio: 'Latacunga', name: 'Latacunga - marzo 2025', asOf: '2025-03' });
  // A file from a newer instrument: listed apart, never counted.
  const newer = structuredClone(latacunga);
  Object.assign(newer, { instrumentVersion: instrument.version + 1 });
  Object.assign(newer.assessment, { municipio: 'Ambato', name: 'Ambato - 2027', asOf: '2027-01' });

  await page.goto(DIAGNOSTIC);
  await page.getByRole('link', { name: 'Autodiagnósticos de varios municipios' }).click();
  await expect(page).toHaveURL(PAGE);
  const keysBefore = await page.evaluate(() => Object.keys(localStorage).sort());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Autodiagnósticos de varios municipios');
  await expect(page.locator('main')).toContainText('Nada sale de este navegador');
  await expect(page.locator('main')).toContainText('No es una clasificación de municipios');
  await expectNoAxeViolations(page, 'empty view');

  await expect(page.getByLabel(FILES_LABEL)).toBeEnabled({ timeout: 30_000 });
  await page.getByLabel('Archivos JSON exportados desde el autodiagnóstico (puede elegir varios)').setInputFiles([
    file('latacunga-2026.json', latacunga),
    file('machala.json', machala),
    file('duran.json', duran),
    file('latacunga-2025.json', latacungaBefore),
    file('roto.json', '{"format": "integra-autodiagnostico", '),
    file('ambato-nuevo.json', newer),
  ]);
  const status = page.locator('.coordination__report');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toContainText('Se agregaron 4 autodiagnósticos a la vista.');
  await expect(status).toContainText('1 se hizo con una versión más nueva del instrumento y no se cuenta');
  await expect(status.getByRole('listitem')).toHaveText([/^«roto\.json»: El archivo no es un JSON válido/]);

  await page.getByLabel('Enlaces para compartir, uno por línea').fill(`${quitoLink}\nesto no es un enlace`);
  await page.getByRole('button', { name: 'Agregar los enlaces' }).click();
  await expect(status).toContainText('Se agregó 1 autodiagnóstico a la vista.');
  await expect(status.getByRole('listitem')).toHaveText(['el enlace de la línea 2: Esta línea no es un enlace para compartir un autodiagnóstico: debe contener «#compartir=».']);
  // The link box keeps what failed, so it can be corrected.
  await expect(page.getByLabel('Enlaces para compartir, uno por línea')).not.toHaveValue('');

  await expect(page.locator('#no-incluidos').locator('xpath=..')).toContainText(`«ambato-nuevo.json»: Ambato, situación a enero de 2027, versión ${instrument.version + 1}`);
  await expect(page.locator('#en-la-vista').locator('xpath=..')).toContainText('5 autodiagnósticos de 4 municipios.');
  if (previous < instrument.version) {
    await expect(page.locator('.coordination__list li').filter({ hasText: 'Durán' })).toContainText(`migrado de la versión ${previous}`);
  } else testInfo.annotations.push({ type: 'migration', description: 'instrument version 1: no older version to migrate from in the browser (unit tests cover it)' });

  // The table: one row per assessment, by municipality then period; score and level per dimension.
  const rows = [
    { municipio: 'Durán', name: 'Durán - junio 2026', period: 'junio de 2026', pattern: LATACUNGA },
    { municipio: 'Latacunga', name: 'Latacunga - marzo 2025', period: 'marzo de 2025', pattern: MACHALA },
    { municipio: 'Latacunga', name: latacunga.assessment.name, period: 'marzo de 2026', pattern: LATACUNGA },
    { municipio: 'Machala', name: machala.assessment.name, period: 'septiembre de 2025', pattern: MACHALA },
    { municipio: 'Quito', name: /^Quito/, period: 'enero de 2026', pattern: QUITO },
  ];
  const table = page.getByRole('table', { name: 'Puntaje y nivel por municipio y dimensión (0 a 100)' });
  await expect(table.locator('thead th')).toHaveText(['Municipio', 'Situación a', 'Puntaje general', ...dimensions.map((d, index) => `${index + 1}. ${d.title}`)]);
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(dimensions.length + 3);
  await expect(table.locator('tbody tr')).toHaveCount(rows.length);
  for (const [index, row] of rows.entries()) {
    const tr = table.locator('tbody tr').nth(index);
    const expected = expectedScores(row.pattern);
    await expect(tr.locator('th[scope="row"]')).toContainText(row.municipio);
    await expect(tr.locator('th[scope="row"]')).toContainText(row.name);
    await expect(tr.locator('td')).toHaveText([row.period, cellText({ score: expected.overall }), ...expected.dimensions.map(cellText)]);
  }

  // Levels per dimension: the four municipalities counted once, each with its latest period.
  const counted = [LATACUNGA /* Durán */, LATACUNGA /* Latacunga 2026 */, MACHALA, QUITO].map(expectedScores);
  const distribution = page.getByRole('table', { name: 'Municipios por nivel en cada dimensión' });
  await expect(distribution.locator('thead th')).toHaveText(['Dimensión', ...levels.map((level) => level.label), 'Sin datos']);
  const scoresOf = (d: number | null) => counted.map((e) => (d === null ? e.overall : e.dimensions[d].score));
  const expectedCounts = (scores: (number | null)[]) => [...levels.map((level) => String(scores.filter((score) => levelOf(score)?.id === level.id).length)), String(scores.filter((score) => score === null).length)];
  await expect(distribution.locator('tbody tr')).toHaveCount(dimensions.length + 1);
  for (const [d] of dimensions.entries()) {
    await expect(distribution.locator('tbody tr').nth(d).locator('td')).toHaveText(expectedCounts(scoresOf(d)));
  }
  await expect(distribution.locator('tbody tr').last().locator('th')).toHaveText('Puntaje general');
  await expect(distribution.locator('tbody tr').last().locator('td')).toHaveText(expectedCounts(scoresOf(null)));

  // The most frequent gaps (No or Parcial), most first, with the instrument's action and resources.
  const patterns = [LATACUNGA, LATACUNGA, MACHALA, QUITO];
  const gapCounts = indicators
    .map(({ indicator, d, i }, index) => {
      const answers = patterns.map((pattern) => pattern(d, i));
      return { indicator, index, no: answers.filter((a) => a === 0).length, partial: answers.filter((a) => a === 1).length };
    })
    .filter((gap) => gap.no + gap.partial > 0)
    .sort((a, b) => b.no + b.partial - (a.no + a.partial) || b.no - a.no || b.indicator.scoring.weight - a.indicator.scoring.weight || a.index - b.index);
  const gaps = page.locator('.coordination__gaps > li');
  await expect(gaps).toHaveCount(Math.min(10, gapCounts.length));
  await expect(gaps.locator('h3')).toHaveText(gapCounts.slice(0, 10).map((gap) => gap.indicator.short));
  const top = gapCounts[0];
  await expect(gaps.first()).toContainText(`«No» en ${top.no} y «Parcial» en ${top.partial} de 4 municipios`);
  await expect(gaps.first()).toContainText(`Acción: ${top.indicator.plan.action}`);
  const resources = Object.values(top.indicator.plan.resources).reduce((sum, list) => sum + list.length, 0);
  await expect(gaps.first().locator('.coordination__resources a')).toHaveCount(resources);

  // Evidence quality: answered, notes, «No aplica», pending, per assessment.
  const naMachala = dimensions[NA_DIMENSION].indicators.filter((_, i) => allowsNa(NA_DIMENSION, i)).length;
  expect(naMachala, 'the instrument offers «No aplica» somewhere').toBeGreaterThan(0);
  const pct = (part: number, whole: number) => Math.round((100 * part) / whole);
  const evidence = page.getByRole('table', { name: 'Respuestas, notas de evidencia y «No aplica» por municipio' });
  const quality = (answered: number, notes: number, na: number) => [`${answered} de ${total}`, `${notes} de ${answered + na} (${pct(notes, answered + na)} %)`, `${na} (${pct(na, total)} %)`, '0'];
  await expect(evidence.locator('tbody tr').nth(0).locator('td')).toHaveText(['junio de 2026', ...quality(total, 1, 0)]);
  await expect(evidence.locator('tbody tr').nth(3).locator('td')).toHaveText(['septiembre de 2025', ...quality(total - naMachala, 0, naMachala)]);

  await expectNoAxeViolations(page, 'five assessments loaded');

  // One CSV: per assessment an overall row, then a row per dimension.
  const csv = await download(page, 'Descargar CSV (todos los municipios)');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...lines] = parseCsv(csv);
  expect(header.slice(0, 3)).toEqual(['Municipio', 'Autodiagnóstico', 'Situación a']);
  expect(lines).toHaveLength(rows.length * (dimensions.length + 1));
  const column = (name: string) => header.indexOf(name);
  for (const [index, row] of rows.entries()) {
    const block = lines.slice(index * (dimensions.length + 1), (index + 1) * (dimensions.length + 1));
    const expected = expectedScores(row.pattern);
    expect(block.map((line) => line[column('Municipio')])).toEqual(Array(dimensions.length + 1).fill(row.municipio));
    expect(block.map((line) => line[column('Situación a')])).toEqual(Array(dimensions.length + 1).fill(row.period));
    expect(block.map((line) => line[column('Dimensión')])).toEqual(['Puntaje general', ...dimensions.map((d) => d.title)]);
    expect(block.map((line) => line[column('Puntaje')])).toEqual([csvScore({ score: expected.overall }), ...expected.dimensions.map(csvScore)]);
  }
  expect(lines.filter((line) => line[column('Municipio')] === 'Durán').every((line) => line[column('Migrado de la versión')] === (previous < instrument.version ? String(previous) : ''))).toBe(true);
  expect(csv).not.toContain('Ambato');

  // A phone: the page keeps its width, the wide table scrolls inside its named region, with a visible hint.
  await page.screenshot({ path: testInfo.outputPath('municipios-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  const region = page.getByRole('region', { name: 'Puntaje y nivel por municipio y dimensión (0 a 100)' });
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await expect(page.locator('#tabla-municipios-desliza')).toBeVisible();
  await expect(region).toHaveAccessibleDescription(/deslícela hacia los lados/);
  await page.screenshot({ path: testInfo.outputPath('municipios-360.png'), fullPage: true });
  await expectNoAxeViolations(page, 'five assessments at 360 px');

  // Removing one changes the view; the saved assessments of the diagnostic were never touched.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: `Quitar «${machala.assessment.name}» de la vista` }).click();
  await expect(table.locator('tbody tr')).toHaveCount(rows.length - 1);
  await expect(status).toHaveText(`Se quitó «${machala.assessment.name}» de la vista.`);
  await expect(page.getByRole('heading', { name: 'Autodiagnósticos en la vista' })).toBeFocused();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(saved);
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(keysBefore);
  expect(bad).toEqual([]);

  // On paper: landscape, the table and gaps, none of the loading controls.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, path: testInfo.outputPath('municipios.pdf') });
  const texts = (await pdfPageTexts(pdf)).map(squeezed);
  const all = texts.join('');
  expect(all).toContain(squeezed('Puntaje y nivel por municipio y dimensión'));
  expect(all).toContain(squeezed(dimensions.at(-1)!.title));
  expect(all).not.toContain(squeezed('Agregar los enlaces'));
  const firstPage = await (await getDocumentProxy(new Uint8Array(pdf))).getPage(1);
  const { width, height } = firstPage.getViewport({ scale: 1 });
  expect(width, 'printed in landscape').toBeGreaterThan(height);
  testInfo.annotations.push({ type: 'print', description: `${texts.length} landscape pages` });
});

test('the view reloads empty: nothing of what was opened is kept', async ({ page }) => {
  await openView(page);
  const latacunga = {
    format: 'integra-autodiagnostico',
    formatVersion: 1,
    instrumentVersion: instrument.version,
    exportedAt: '2026-04-01T12:00:00.000Z',
    assessment: { name: 'Latacunga - marzo 2026', municipio: 'Latacunga', team: '', createdAt: '2026-03-10T15:00:00.000Z', updatedAt: '2026-03-12T16:30:00.000Z', asOf: '2026-03', answers: { [indicators[0].indicator.id]: { answer: 'no' } } },
  };
  await page.getByLabel('Archivos JSON exportados desde el autodiagnóstico (puede elegir varios)').setInputFiles([file('latacunga.json', latacunga)]);
  await expect(page.locator('.coordination__report')).toContainText('Se agregó 1 autodiagnóstico a la vista.');
  await expect(page.getByRole('table', { name: 'Puntaje y nivel por municipio y dimensión (0 a 100)' }).locator('tbody tr')).toHaveCount(1);
  // The same file again is not counted twice.
  await page.getByLabel('Archivos JSON exportados desde el autodiagnóstico (puede elegir varios)').setInputFiles([file('copia.json', latacunga)]);
  await expect(page.locator('.coordination__report')).toContainText('1 ya estaba en la vista y no se repitió: «copia.json».');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.locator('.coordination__empty')).toHaveText('Todavía no hay autodiagnósticos en la vista.');
});

/** «2025-06» → «junio de 2025». */
const MONTH_NAMES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const periodText = (asOf: string) => `${MONTH_NAMES[Number(asOf.slice(5)) - 1]} de ${asOf.slice(0, 4)}`;

/**
 * A file's answers on the current instrument, as the methodology says version changes work: the
 * renames of every later version applied in order, answers to questions that no longer exist dropped.
 */
function answersNow(file: { instrumentVersion: number; assessment: { answers: Answers } }): Answers {
  let answers = Object.entries(file.assessment.answers);
  for (const step of [...instrument.history].filter((h) => h.version > file.instrumentVersion).sort((a, b) => a.version - b.version)) {
    const renamed = new Map(step.renamed.map(({ from, to }) => [from, to]));
    answers = answers.map(([id, entry]) => [renamed.get(id) ?? id, entry]);
  }
  const current = new Set(indicators.map(({ indicator }) => indicator.id));
  return Object.fromEntries(answers.filter(([id]) => current.has(id)));
}

test('five municipalities\' exported files, one of them made with version 1, give the right table and CSV', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  // Four assessments in the diagnostic, each exported by its own «Descargar JSON» button.
  const seeded = [
    { municipio: 'Quito', asOf: '2026-02', pick: (d: number, i: number) => (d + i) % 3 },
    { municipio: 'Machala', asOf: '2025-11', pick: (d: number, i: number) => (d === NA_DIMENSION && allowsNa(d, i) ? NA : 1) },
    { municipio: 'Durán', asOf: '2026-04', pick: (d: number) => (d % 2 === 0 ? 2 : 0) },
    { municipio: 'Ambato', asOf: '2026-01', pick: (d: number, i: number) => (i === 0 ? 0 : 2) },
  ];
  await seedAssessments(page, seeded);
  const files: { name: string; text: string }[] = [];
  for (const { municipio } of seeded) {
    await page.locator('.diagnostic__item').filter({ hasText: municipio }).getByRole('button', { name: 'Ver resultados' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Resultados: ${municipio}`, exact: false })).toBeFocused();
    const text = await download(page, 'Descargar JSON (para importar)');
    files.push({ name: `${JSON.parse(text).assessment.municipio}.json`, text });
    await page.getByRole('button', { name: 'Mis autodiagnósticos' }).click();
  }
  // The fifth: Latacunga's export made with version 1 of the instrument (tests/fixtures/diagnostico-v1/).
  const v1Path = 'tests/fixtures/diagnostico-v1/latacunga-2025-06.json';
  files.push({ name: 'latacunga-2025-06.json', text: readFileSync(v1Path, 'utf8') });
  const parsed = files.map(({ text }) => JSON.parse(text) as { instrumentVersion: number; assessment: { municipio: string; name: string; asOf: string; answers: Answers } });
  expect(new Set(parsed.map((f) => f.assessment.municipio)).size, 'five different municipalities').toBe(5);
  expect(parsed.filter((f) => f.instrumentVersion === 1)).toHaveLength(instrument.version > 1 ? 1 : 0);

  await openView(page);
  // As a coordinator opens them: the «Elegir archivos» button's file dialog, several files at once.
  const chooseFiles = page.getByRole('button', { name: 'Elegir archivos', exact: true });
  await expect(chooseFiles).toHaveAccessibleDescription(`${FILES_LABEL} También puede arrastrar los archivos a este recuadro. Cada archivo es el autodiagnóstico de un municipio.`);
  const chooser = page.waitForEvent('filechooser');
  await chooseFiles.click();
  expect((await chooser).isMultiple()).toBe(true);
  await (await chooser).setFiles(files.map(({ name, text }) => file(name, text)));
  await expect(page.locator('.coordination__report')).toContainText('Se agregaron 5 autodiagnósticos a la vista.');
  await expect(page.locator('#en-la-vista').locator('xpath=..')).toContainText('5 autodiagnósticos de 5 municipios.');
  if (instrument.version > 1) await expect(page.locator('.coordination__list li').filter({ hasText: 'Latacunga' })).toContainText('migrado de la versión 1');

  // Expected rows, by municipality, from the files' own answers.
  const expected = parsed
    .map((f) => ({ file: f, scores: expectedFromAnswers(answersNow(f)), migrated: f.instrumentVersion < instrument.version ? String(f.instrumentVersion) : '' }))
    .sort((a, b) => a.file.assessment.municipio.localeCompare(b.file.assessment.municipio, 'es', { sensitivity: 'base' }));
  // The patterns reach more than one level, and the version 1 file leaves the new questions unanswered.
  const cells = expected.flatMap((row) => row.scores.dimensions.map(cellText));
  expect(new Set(cells.map((cell) => cell.replace(/^[\d,]+ /, ''))).size, 'levels in the table').toBeGreaterThan(2);

  const table = page.getByRole('table', { name: 'Puntaje y nivel por municipio y dimensión (0 a 100)' });
  await expect(table.locator('tbody tr')).toHaveCount(5);
  for (const [index, row] of expected.entries()) {
    const tr = table.locator('tbody tr').nth(index);
    await expect(tr.locator('th[scope="row"]')).toContainText(row.file.assessment.municipio);
    await expect(tr.locator('th[scope="row"]')).toContainText(row.file.assessment.name);
    await expect(tr.locator('td')).toHaveText([periodText(row.file.assessment.asOf), cellText({ score: row.scores.overall }), ...row.scores.dimensions.map(cellText)]);
  }

  // The CSV: per municipality the overall row, then one per dimension; five municipalities, nothing else.
  const csv = await download(page, 'Descargar CSV (todos los municipios)');
  const [header, ...lines] = parseCsv(csv);
  const column = (name: string) => {
    expect(header, `CSV column «${name}»`).toContain(name);
    return header.indexOf(name);
  };
  const levelCell = (score: { score: number | null; insufficient?: boolean }) =>
    score.insufficient ? 'Sin datos suficientes' : score.score === null ? 'Sin datos' : levelOf(score.score)!.label;
  expect(lines).toHaveLength(5 * (dimensions.length + 1));
  const got = lines.map((line) => ['Municipio', 'Autodiagnóstico', 'Situación a', 'Migrado de la versión', 'Dimensión', 'Puntaje', 'Nivel'].map((name) => line[column(name)]));
  const want = expected.flatMap((row) => {
    const identity = [row.file.assessment.municipio, row.file.assessment.name, periodText(row.file.assessment.asOf), row.migrated];
    return [
      [...identity, 'Puntaje general', csvScore({ score: row.scores.overall }), levelCell({ score: row.scores.overall })],
      ...dimensions.map((dimension, d) => [...identity, dimension.title, csvScore(row.scores.dimensions[d]), levelCell(row.scores.dimensions[d])]),
    ];
  });
  expect(got).toEqual(want);
  testInfo.annotations.push({ type: 'municipalities', description: expected.map((row) => `${row.file.assessment.municipio}: ${cellText({ score: row.scores.overall })}`).join('; ') });
  await expectNoAxeViolations(page, 'five municipalities');
});
