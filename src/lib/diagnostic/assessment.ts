/**
 * One self-assessment by a municipality's team: who answered, when, with which instrument
 * version, and the answer and evidence note of each indicator. All updates are immutable (they
 * return a new object) so the island can keep undo and re-render cheaply.
 */
import { allIndicators, orderedDimensions, type AnswerId, type Instrument } from './instrument.ts';

export interface IndicatorAnswer {
  answer?: AnswerId;
  note?: string;
}

export interface Assessment {
  id: string;
  name: string;
  municipio: string;
  team: string;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
  instrumentVersion: number;
  /** By indicator id; indicators without answer nor note have no entry. */
  answers: Record<string, IndicatorAnswer>;
}

export const NOTE_MAX = 2000;
export const NAME_MAX = 120;

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** Cuts to `max` UTF-16 units without leaving half of an emoji (a lone surrogate) at the end. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * "Latacunga - marzo 2026"; "Autodiagnóstico - marzo 2026" without municipio. Uses the device's
 * local calendar (the team's month, not UTC's); month names fixed so the result never depends on
 * the engine's locale data.
 */
export function defaultName(municipio: string, date: Date): string {
  const who = municipio.trim() || 'Autodiagnóstico';
  return cutText(`${who} - ${MONTHS[date.getMonth()]} ${date.getFullYear()}`, NAME_MAX);
}

export function newAssessment(opts: {
  id: string;
  name: string;
  municipio?: string;
  team?: string;
  now: Date;
  instrument: Instrument;
}): Assessment {
  const municipio = cutText((opts.municipio ?? '').trim(), NAME_MAX);
  const now = opts.now.toISOString();
  return {
    id: opts.id,
    name: cutText(opts.name.trim(), NAME_MAX) || defaultName(municipio, opts.now),
    municipio,
    team: cutText((opts.team ?? '').trim(), NAME_MAX),
    createdAt: now,
    updatedAt: now,
    instrumentVersion: opts.instrument.version,
    answers: {},
  };
}

/** Replaces one indicator's entry, dropping it when it ends up empty. */
function withEntry(a: Assessment, indicatorId: string, entry: IndicatorAnswer, now: Date): Assessment {
  const answers = { ...a.answers };
  if (entry.answer === undefined && entry.note === undefined) delete answers[indicatorId];
  else answers[indicatorId] = entry;
  return { ...a, answers, updatedAt: now.toISOString() };
}

/** Sets (or, with `undefined`, clears) an answer; the note stays. Same object back when nothing changes. */
export function answerIndicator(a: Assessment, indicatorId: string, answer: AnswerId | undefined, now: Date): Assessment {
  const current = a.answers[indicatorId];
  if (current?.answer === answer) return a;
  const entry: IndicatorAnswer = {};
  if (answer !== undefined) entry.answer = answer;
  if (current?.note !== undefined) entry.note = current.note;
  return withEntry(a, indicatorId, entry, now);
}

/**
 * Sets the evidence note, cut to NOTE_MAX. Not trimmed, because the island calls this while the
 * person types (a trailing space is the start of the next word); a blank note is removed.
 */
export function noteIndicator(a: Assessment, indicatorId: string, note: string, now: Date): Assessment {
  const current = a.answers[indicatorId];
  const text = note.trim() === '' ? undefined : cutText(note, NOTE_MAX);
  if (current?.note === text) return a;
  const entry: IndicatorAnswer = {};
  if (current?.answer !== undefined) entry.answer = current.answer;
  if (text !== undefined) entry.note = text;
  return withEntry(a, indicatorId, entry, now);
}

/** Answered means any answer, No aplica included; notes alone do not count. */
export function progress(
  instrument: Instrument,
  a: Assessment,
): { answered: number; total: number; byDimension: Record<string, { answered: number; total: number; complete: boolean }> } {
  const byDimension: Record<string, { answered: number; total: number; complete: boolean }> = {};
  for (const dimension of orderedDimensions(instrument)) {
    const answered = dimension.indicators.filter((indicator) => a.answers[indicator.id]?.answer !== undefined).length;
    const total = dimension.indicators.length;
    byDimension[dimension.id] = { answered, total, complete: answered === total };
  }
  const answered = Object.values(byDimension).reduce((sum, dimension) => sum + dimension.answered, 0);
  return { answered, total: allIndicators(instrument).length, byDimension };
}
