/**
 * Export and import files. The JSON file is the full, lossless copy a team keeps or sends to
 * another device; its scores are informative (the import recomputes them). The CSV file is for
 * spreadsheets and is not imported. Every import failure says what is wrong and that nothing was
 * changed; nothing is half-imported.
 */
import { toCsv, type CsvCell } from '../csv.ts';
import { formatNumber, joinLabels } from '../format.ts';
import { NOTE_MAX, monthText, type Assessment } from './assessment.ts';
import { ANSWERS, allIndicators, type Instrument } from './instrument.ts';
import { scoreAssessment } from './scoring.ts';
import { buildPlan, PHASES } from './plan.ts';
import { migrationSentence, type MigrationReport } from './migrate.ts';
import { ACTION_STATUSES, councilActions } from './council.ts';
import { isPositiveInteger, isRecord, readAssessmentFields, toCurrentInstrument } from './validate.ts';

export const EXPORT_FORMAT = 'integra-autodiagnostico';
export const EXPORT_FORMAT_VERSION = 1;
export const IMPORT_MAX_BYTES = 1_000_000;

/** The sentence every refused import ends with. */
export const NOTHING_CHANGED = 'No se cambió nada.';

export function exportJson(instrument: Instrument, a: Assessment, now: Date): string {
  const score = scoreAssessment(instrument, a);
  const file = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    instrumentVersion: a.instrumentVersion,
    exportedAt: now.toISOString(),
    assessment: {
      name: a.name,
      municipio: a.municipio,
      team: a.team,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      asOf: a.asOf,
      answers: a.answers,
      ...(a.council ? { council: a.council } : {}),
    },
    scores: {
      overall: score.overall,
      dimensions: score.dimensions.map((dimension) => ({
        id: dimension.dimension.id,
        title: dimension.dimension.title,
        score: dimension.score,
        level: dimension.level?.label ?? null,
      })),
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The CSV's columns. The first five identify the assessment on every row, so the files of several
 * municipalities (or years) can be pasted one under the other; the first data row is the overall score.
 */
export const CSV_HEADER = [
  'Municipio',
  'Autodiagnóstico',
  'Situación a',
  'Actualizado',
  'Instrumento',
  'Dimensión',
  'Indicador',
  'Pregunta',
  'Respuesta',
  'Valor',
  'Peso',
  'Dominio MGI',
  'Motivo de «No aplica»',
  'Nota de evidencia',
  'Puntaje',
  'Nivel',
  'Acción del plan',
  'Etapa',
  'Para el concejo',
  'Área responsable',
  'Fecha prevista',
  'Costo o partida',
  'Estado',
];

const NO_DATA = 'Sin datos';
const INSUFFICIENT = 'Sin datos suficientes';

/** What the CSV says of the instrument: that it is the portal's own, and its version. */
export const instrumentLabel = (instrument: Instrument) => `Autodiagnóstico propio del portal Integra, versión ${instrument.version}`;

/**
 * The overall score, then one row per indicator in instrument order, with its dimension's score
 * repeated for filtering and, for a gap, its action, phase and what the GET set for the council.
 */
export function exportCsv(instrument: Instrument, a: Assessment): string {
  const score = scoreAssessment(instrument, a);
  const scores = new Map(score.dimensions.map((dimension) => [dimension.dimension.id, dimension]));
  const plan = new Map(buildPlan(instrument, a).map((item) => [item.indicator.id, item]));
  const council = new Map(councilActions([...plan.values()], a).map(({ choice }) => [choice.id, choice]));
  const phases = new Map(PHASES.map((phase) => [phase.id, phase.label]));
  const identity: CsvCell[] = [a.municipio, a.name, monthText(a.asOf), a.updatedAt.slice(0, 10), instrumentLabel(instrument)];
  const rows: CsvCell[][] = [
    CSV_HEADER,
    [...identity, 'Puntaje general', '', '', '', '', '', '', '', '', score.overall ?? NO_DATA, score.overallLevel?.label ?? NO_DATA, '', '', '', '', '', '', ''],
  ];
  for (const { indicator, dimension } of allIndicators(instrument)) {
    const entry = a.answers[indicator.id];
    const answer = entry?.answer === undefined ? undefined : ANSWERS[entry.answer];
    const dimensionScore = scores.get(dimension.id);
    const item = plan.get(indicator.id);
    const choice = council.get(indicator.id);
    rows.push([
      ...identity,
      dimension.title,
      indicator.id,
      indicator.question,
      answer?.label ?? 'Sin responder',
      answer?.value ?? null,
      indicator.weight,
      indicator.mgiLabel,
      entry?.reason ?? '',
      entry?.note ?? '',
      dimensionScore?.insufficient ? INSUFFICIENT : (dimensionScore?.score ?? NO_DATA),
      dimensionScore?.insufficient ? INSUFFICIENT : (dimensionScore?.level?.label ?? NO_DATA),
      item ? indicator.action : '',
      item ? (phases.get(item.phase) ?? '') : '',
      item ? (choice ? 'Sí' : 'No') : '',
      choice?.responsible ?? '',
      choice?.due ? monthText(choice.due) : '',
      choice?.cost ?? '',
      choice ? ACTION_STATUSES[choice.status] : '',
    ]);
  }
  return toCsv(rows);
}

export type ImportResult =
  | { ok: true; assessment: Omit<Assessment, 'id'>; dropped: string[]; migration: MigrationReport | null; message: string }
  | { ok: false; error: string };

const invalidField = (field: string, problem: string) => `El archivo tiene un dato no válido en «${field}»: ${problem}.`;

const fail = (error: string): ImportResult => ({ ok: false, error: `${error} ${NOTHING_CHANGED}` });

/** "a, b y c" when there are few ids to show; nothing when there are too many to read. */
function listIds(ids: readonly string[]): string {
  return ids.length <= 5 ? `: ${joinLabels(ids)}` : '';
}

function importMessage(name: string, dropped: string[], migration: MigrationReport | null, cutNotes: number): string {
  const parts = [`Se importó «${name}».`];
  const n = dropped.length;
  // From an earlier version the report says what carried over, what is new and what was dropped.
  if (migration) parts.push(migrationSentence(migration));
  else if (n > 0) {
    const subject = n === 1 ? '1 respuesta' : `${n} respuestas`;
    parts.push(`${subject} no ${n === 1 ? 'corresponde' : 'corresponden'} a ningún indicador de este instrumento y no se ${n === 1 ? 'importó' : 'importaron'}${listIds(dropped)}.`);
  }
  if (cutNotes > 0) {
    parts.push(
      cutNotes === 1
        ? `Una nota de evidencia tenía más de ${formatNumber(NOTE_MAX)} caracteres y se recortó.`
        : `${cutNotes} notas de evidencia tenían más de ${formatNumber(NOTE_MAX)} caracteres y se recortaron.`,
    );
  }
  return parts.join(' ');
}

/** Reads an exported JSON file; `byteLength` is the file's size (checked before parsing). */
export function parseImport(text: string, instrument: Instrument, byteLength: number): ImportResult {
  if (byteLength > IMPORT_MAX_BYTES) {
    // Rounded up, so a file just over the limit never reads as "1 MB".
    const size = formatNumber(Math.ceil(byteLength / 100_000) / 10);
    return fail(`El archivo pesa ${size} MB y el máximo permitido es ${formatNumber(IMPORT_MAX_BYTES / 1_000_000)} MB.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('El archivo no es un JSON válido: quizá está incompleto o no es el archivo que se exportó.');
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return fail('Este archivo no es un autodiagnóstico exportado desde este portal.');
  }
  const { formatVersion, instrumentVersion } = data;
  if (!isPositiveInteger(formatVersion))
    return fail(invalidField('formatVersion', 'falta la versión del formato o no es un número entero'));
  if (formatVersion > EXPORT_FORMAT_VERSION) {
    return fail(
      'Este archivo se exportó con una versión más nueva del portal que esta página no sabe leer. Recargue la página e inténtelo de nuevo.',
    );
  }
  if (!isPositiveInteger(instrumentVersion)) {
    return fail(invalidField('instrumentVersion', 'falta la versión del instrumento o no es un número entero'));
  }
  if (instrumentVersion > instrument.version) {
    return fail(
      `Este autodiagnóstico fue hecho con una versión más nueva del instrumento (versión ${instrumentVersion}) que la de este portal (versión ${instrument.version}). Recargue la página e inténtelo de nuevo.`,
    );
  }
  const read = readAssessmentFields(data.assessment, 'assessment');
  if (!read.ok) return fail(invalidField(read.problem.field, read.problem.message));
  const { assessment, dropped, migration } = toCurrentInstrument(instrument, instrumentVersion, read.value.fields);
  return {
    ok: true,
    assessment,
    dropped,
    migration,
    message: importMessage(assessment.name, dropped, migration, read.value.cutNotes),
  };
}
