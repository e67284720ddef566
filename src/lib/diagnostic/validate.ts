/**
 * Reading assessments that come from outside the code (localStorage, an imported file, a share
 * link): nothing is trusted, every field is checked, and a problem names the field so the person
 * can be told what is wrong. Shared by the store, the import and the share link.
 */
import { cutText, MONTH, NAME_MAX, NOTE_MAX, REASON_MAX, type Assessment, type IndicatorAnswer } from './assessment.ts';
import { COUNCIL_MAX, COUNCIL_TEXT_MAX, isActionStatus, type CouncilAction } from './council.ts';
import { ANSWER_ORDER, isAnswerId, type Instrument } from './instrument.ts';
import { migrateAnswers, migrationReport, type MigrationReport } from './migrate.ts';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

/** A field (as a JSON path) and what is wrong with it, in Spanish. */
export interface Problem {
  field: string;
  message: string;
}

export type AssessmentFields = Omit<Assessment, 'id' | 'instrumentVersion'>;

type Read<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time → its normalized form (toISOString), or null. */
export function readDate(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return null;
  // Engines roll impossible days over (30 February → 2 March); refuse them instead.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function readText(value: unknown, field: string, label: string, required: boolean): Read<string> {
  if (value === undefined || value === null) {
    return required ? { ok: false, problem: { field, message: `falta ${label}` } } : { ok: true, value: '' };
  }
  if (typeof value !== 'string') return { ok: false, problem: { field, message: `${label} debe ser un texto` } };
  const text = value.trim();
  if (required && text === '') return { ok: false, problem: { field, message: `${label} está vacío` } };
  if (text.length > NAME_MAX) {
    return { ok: false, problem: { field, message: `${label} tiene más de ${NAME_MAX} caracteres` } };
  }
  return { ok: true, value: text };
}

const answerList = ANSWER_ORDER.join(', ');

function readAnswers(value: unknown, field: string): Read<{ answers: Record<string, IndicatorAnswer>; cutNotes: number }> {
  if (!isRecord(value)) {
    return { ok: false, problem: { field, message: 'las respuestas deben ser un objeto con una entrada por indicador' } };
  }
  const answers: Record<string, IndicatorAnswer> = {};
  let cutNotes = 0;
  for (const [id, raw] of Object.entries(value)) {
    const at = `${field}.${id}`;
    if (!isRecord(raw)) return { ok: false, problem: { field: at, message: `la entrada del indicador «${id}» no es válida` } };
    const entry: IndicatorAnswer = {};
    if (raw.answer !== undefined && raw.answer !== null) {
      if (!isAnswerId(raw.answer)) {
        const shown = typeof raw.answer === 'string' ? `«${cutText(raw.answer, 40)}»` : 'indicada';
        return {
          ok: false,
          problem: { field: `${at}.answer`, message: `la respuesta ${shown} no es válida; se acepta ${answerList}` },
        };
      }
      entry.answer = raw.answer;
    }
    if (raw.note !== undefined && raw.note !== null) {
      if (typeof raw.note !== 'string') return { ok: false, problem: { field: `${at}.note`, message: 'la nota debe ser un texto' } };
      if (raw.note.length > NOTE_MAX) cutNotes++;
      if (raw.note.trim() !== '') entry.note = cutText(raw.note, NOTE_MAX);
    }
    if (raw.reason !== undefined && raw.reason !== null) {
      if (typeof raw.reason !== 'string') return { ok: false, problem: { field: `${at}.reason`, message: 'el motivo de «No aplica» debe ser un texto' } };
      // Kept only with «No aplica», as the island keeps it.
      if (entry.answer === 'no-aplica' && raw.reason.trim() !== '') entry.reason = cutText(raw.reason, REASON_MAX);
    }
    if (entry.note !== undefined && entry.reason !== undefined) {
      // The same key order the island writes (answer, reason, note), so a round trip is identical.
      const { note } = entry;
      delete entry.note;
      entry.note = note;
    }
    // Object.defineProperty keeps an id such as "__proto__" an ordinary key; migration drops it later.
    if (entry.answer !== undefined || entry.note !== undefined) {
      Object.defineProperty(answers, id, { value: entry, enumerable: true, writable: true, configurable: true });
    }
  }
  return { ok: true, value: { answers, cutNotes } };
}

const STATUS_LIST = 'pendiente, en-curso, hecha';

/** The actions asked of the council: at most COUNCIL_MAX, each an indicator id with its details. */
function readCouncil(value: unknown, field: string): Read<CouncilAction[] | undefined> {
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (!Array.isArray(value)) return { ok: false, problem: { field, message: 'las acciones para el concejo deben ser una lista' } };
  if (value.length > COUNCIL_MAX) return { ok: false, problem: { field, message: `hay ${value.length} acciones para el concejo y el máximo es ${COUNCIL_MAX}` } };
  const council: CouncilAction[] = [];
  for (const [index, raw] of value.entries()) {
    const at = `${field}[${index}]`;
    if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return { ok: false, problem: { field: at, message: 'la acción no es válida' } };
    if (council.some((choice) => choice.id === raw.id)) return { ok: false, problem: { field: `${at}.id`, message: `la acción «${cutText(raw.id, 40)}» está repetida` } };
    const texts: Record<'responsible' | 'cost', string> = { responsible: '', cost: '' };
    for (const key of ['responsible', 'cost'] as const) {
      const text = raw[key] ?? '';
      if (typeof text !== 'string') return { ok: false, problem: { field: `${at}.${key}`, message: 'debe ser un texto' } };
      if (text.length > COUNCIL_TEXT_MAX) return { ok: false, problem: { field: `${at}.${key}`, message: `tiene más de ${COUNCIL_TEXT_MAX} caracteres` } };
      texts[key] = text.trim();
    }
    const due = raw.due ?? '';
    if (due !== '' && (typeof due !== 'string' || !MONTH.test(due))) return { ok: false, problem: { field: `${at}.due`, message: 'la fecha debe ser un mes, como 2026-09' } };
    const status = raw.status ?? 'pendiente';
    if (!isActionStatus(status)) return { ok: false, problem: { field: `${at}.status`, message: `el estado no es válido; se acepta ${STATUS_LIST}` } };
    council.push({ id: raw.id, responsible: texts.responsible, due: due as string, cost: texts.cost, status });
  }
  return { ok: true, value: council };
}

/**
 * Checks the fields every assessment carries (not its id nor instrument version, which each source
 * stores differently). `prefix` is the JSON path of the object, for messages ("assessment").
 */
export function readAssessmentFields(raw: unknown, prefix: string): Read<{ fields: AssessmentFields; cutNotes: number }> {
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  if (!isRecord(raw))
    return { ok: false, problem: { field: prefix || 'assessment', message: 'falta el autodiagnóstico o no es un objeto' } };
  const name = readText(raw.name, at('name'), 'el nombre', true);
  if (!name.ok) return name;
  const municipio = readText(raw.municipio, at('municipio'), 'el municipio', false);
  if (!municipio.ok) return municipio;
  const team = readText(raw.team, at('team'), 'el equipo', false);
  if (!team.ok) return team;
  const createdAt = readDate(raw.createdAt);
  if (createdAt === null) {
    return { ok: false, problem: { field: at('createdAt'), message: 'la fecha de creación falta o no es una fecha válida' } };
  }
  const updatedAt = readDate(raw.updatedAt);
  if (updatedAt === null) {
    return { ok: false, problem: { field: at('updatedAt'), message: 'la fecha de actualización falta o no es una fecha válida' } };
  }
  // Saved before assessments carried their month: the month they were created in.
  const asOf = raw.asOf ?? createdAt.slice(0, 7);
  if (typeof asOf !== 'string' || !MONTH.test(asOf)) {
    return { ok: false, problem: { field: at('asOf'), message: 'el mes de la situación debe ser un mes, como 2026-03' } };
  }
  const answers = readAnswers(raw.answers, at('answers'));
  if (!answers.ok) return answers;
  const council = readCouncil(raw.council, at('council'));
  if (!council.ok) return council;
  const fields: AssessmentFields = { name: name.value, municipio: municipio.value, team: team.value, createdAt, updatedAt, asOf, answers: answers.value.answers };
  if (council.value) fields.council = council.value;
  return { ok: true, value: { fields, cutNotes: answers.value.cutNotes } };
}

/**
 * Brings checked fields saved with `fromVersion` (≤ the current version) to the current instrument,
 * with the report of what carried over (null when they were made with the current version).
 */
export function toCurrentInstrument(
  instrument: Instrument,
  fromVersion: number,
  fields: AssessmentFields,
): { assessment: Omit<Assessment, 'id'>; dropped: string[]; renamed: { from: string; to: string }[]; migration: MigrationReport | null } {
  const migrated = migrateAnswers(instrument, fromVersion, fields.answers);
  const { answers, dropped, renamed } = migrated;
  const assessment: Omit<Assessment, 'id'> = { ...fields, instrumentVersion: instrument.version, answers };
  if (fields.council) {
    // The council's actions follow their indicators' renames; an action whose indicator is gone is left out.
    const to = new Map(renamed.map(({ from, to: id }) => [from, id]));
    const known = new Set(Object.keys(answers));
    assessment.council = fields.council.map((choice) => ({ ...choice, id: to.get(choice.id) ?? choice.id })).filter((choice) => known.has(choice.id));
  }
  return { assessment, dropped, renamed, migration: migrationReport(instrument, fromVersion, fields.answers, migrated) };
}
