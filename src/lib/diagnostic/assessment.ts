/**
 * One self-assessment by a municipality's team: who answered, when, with which instrument
 * version, and the answer and evidence note of each indicator. All updates are immutable (they
 * return a new object) so the island can keep undo and re-render cheaply.
 */
import { allIndicators, allowsNotApplicable, orderedDimensions, type AnswerId, type Indicator, type Instrument } from './instrument.ts';

export interface IndicatorAnswer {
  answer?: AnswerId;
  note?: string;
  /** Why «No aplica»: kept only with that answer. */
  reason?: string;
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
  /** The month whose situation the assessment describes, "2026-03": comparisons go from the earlier to the later. */
  asOf: string;
  /** By indicator id; indicators without answer nor note have no entry. */
  answers: Record<string, IndicatorAnswer>;
  /** The actions asked of the council, with their details (council.ts); absent until the GET picks. */
  council?: CouncilAction[];
}

export type ActionStatus = 'pendiente' | 'en-curso' | 'hecha';

/**
 * The GET's details of one action asked of the council (council.ts); empty texts are not filled in yet.
 * `due` is a month, "2026-09".
 */
export interface CouncilAction {
  id: string;
  responsible: string;
  due: string;
  cost: string;
  status: ActionStatus;
}

/** A month as "2026-03". */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const NOTE_MAX = 2000;
export const NAME_MAX = 120;
export const REASON_MAX = 300;

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

/** The month of a date on the device's calendar, "2026-03". */
export const monthOf = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

/** "2026-09" → "septiembre de 2026"; anything else as it is. */
export function monthText(month: string): string {
  if (!MONTH.test(month)) return month;
  const [year, number] = month.split('-').map(Number);
  return `${MONTHS[number - 1]} de ${year}`;
}

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
  /** "2026-03"; the month of `now` when absent or not a month. */
  asOf?: string;
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
    asOf: opts.asOf && MONTH.test(opts.asOf) ? opts.asOf : monthOf(opts.now),
    answers: {},
  };
}

/** An entry with only the keys that hold something, in a fixed order (answer, reason, note). */
function entryOf(answer: AnswerId | undefined, reason: string | undefined, note: string | undefined): IndicatorAnswer {
  const entry: IndicatorAnswer = {};
  if (answer !== undefined) entry.answer = answer;
  if (reason !== undefined && answer === 'no-aplica') entry.reason = reason;
  if (note !== undefined) entry.note = note;
  return entry;
}

/** Replaces one indicator's entry, dropping it when it ends up empty. */
function withEntry(a: Assessment, indicatorId: string, entry: IndicatorAnswer, now: Date): Assessment {
  const answers = { ...a.answers };
  if (entry.answer === undefined && entry.note === undefined) delete answers[indicatorId];
  else answers[indicatorId] = entry;
  return { ...a, answers, updatedAt: now.toISOString() };
}

/**
 * Sets (or, with `undefined`, clears) an answer; the note stays, and the reason while the answer
 * stays «No aplica». Same object back when nothing changes.
 */
export function answerIndicator(a: Assessment, indicatorId: string, answer: AnswerId | undefined, now: Date): Assessment {
  const current = a.answers[indicatorId];
  if (current?.answer === answer) return a;
  return withEntry(a, indicatorId, entryOf(answer, current?.reason, current?.note), now);
}

/** Reads text as the person types it: cut to `max`, not trimmed (a trailing space starts the next word); blank is none. */
const typed = (text: string, max: number) => (text.trim() === '' ? undefined : cutText(text, max));

/** Sets the evidence note, cut to NOTE_MAX; a blank note is removed. */
export function noteIndicator(a: Assessment, indicatorId: string, note: string, now: Date): Assessment {
  const current = a.answers[indicatorId];
  const text = typed(note, NOTE_MAX);
  if (current?.note === text) return a;
  return withEntry(a, indicatorId, entryOf(current?.answer, current?.reason, text), now);
}

/** Sets why the indicator does not apply, cut to REASON_MAX; only with the answer «No aplica». */
export function reasonIndicator(a: Assessment, indicatorId: string, reason: string, now: Date): Assessment {
  const current = a.answers[indicatorId];
  const text = typed(reason, REASON_MAX);
  if (current?.answer !== 'no-aplica' || current.reason === text) return a;
  return withEntry(a, indicatorId, entryOf(current.answer, text, current.note), now);
}

/**
 * Where an indicator's answer stands:
 * - `answered`: No, Parcial or Completo;
 * - `not-applicable`: «No aplica», allowed by the instrument, with its reason;
 * - `needs-reason`: «No aplica», allowed, without a reason yet (not counted as answered);
 * - `not-allowed`: «No aplica» where the instrument does not allow it (saved before the rule, or
 *   from a file): it counts as unanswered until the team answers again;
 * - `unanswered`.
 */
export type AnswerStatus = 'answered' | 'not-applicable' | 'needs-reason' | 'not-allowed' | 'unanswered';

export function answerStatus(indicator: Pick<Indicator, 'notApplicable'>, entry: IndicatorAnswer | undefined): AnswerStatus {
  if (entry?.answer === undefined) return 'unanswered';
  if (entry.answer !== 'no-aplica') return 'answered';
  if (!allowsNotApplicable(indicator)) return 'not-allowed';
  return entry.reason?.trim() ? 'not-applicable' : 'needs-reason';
}

/** Whether the indicator is done: answered, or «No aplica» allowed and with its reason. */
export const isDone = (status: AnswerStatus) => status === 'answered' || status === 'not-applicable';

/** Answered means done (see isDone); notes alone do not count. */
export function progress(
  instrument: Instrument,
  a: Assessment,
): { answered: number; total: number; byDimension: Record<string, { answered: number; total: number; complete: boolean }> } {
  const byDimension: Record<string, { answered: number; total: number; complete: boolean }> = {};
  for (const dimension of orderedDimensions(instrument)) {
    const answered = dimension.indicators.filter((indicator) => isDone(answerStatus(indicator, a.answers[indicator.id]))).length;
    const total = dimension.indicators.length;
    byDimension[dimension.id] = { answered, total, complete: answered === total };
  }
  const answered = Object.values(byDimension).reduce((sum, dimension) => sum + dimension.answered, 0);
  return { answered, total: allIndicators(instrument).length, byDimension };
}

/**
 * Where to resume: the first indicator, in instrument order, that is not done (unanswered, «No aplica»
 * without its reason, or «No aplica» where it is not allowed), with its dimension's position; null
 * when every indicator is done.
 */
export function firstPending(instrument: Instrument, a: Pick<Assessment, 'answers'>): { dimension: number; indicatorId: string } | null {
  const dimensions = orderedDimensions(instrument);
  for (const [index, dimension] of dimensions.entries()) {
    const pending = dimension.indicators.find((indicator) => !isDone(answerStatus(indicator, a.answers[indicator.id])));
    if (pending) return { dimension: index, indicatorId: pending.id };
  }
  return null;
}
