/**
 * The quiz state kept in localStorage, versioned. Reading never throws: corrupt data, an older
 * format or a quiz whose questions changed since the state was saved give a reason, and the
 * island starts over with a notice instead of crashing or mixing answers up.
 *
 * Stored shape (version 2), under `integra:quiz:<quiz id>`:
 *   { version: 2, quiz: "<fingerprint>", attempt: 1, seed: 123, current: 0,
 *     answers: { "<question id>": ["<option id>", …] }, checked: ["<question id>"],
 *     finished: false, best: 80 | null, first: 40 | null, last: 80 | null }
 * `first` and `last` are the percentages of the first and the latest finished attempts (the
 * entry/exit evaluation compares them). Version 1 had neither; it is read with both unknown.
 */
import type { Answers, Quiz } from './types.ts';

export const STATE_VERSION = 2;
export const STORAGE_PREFIX = 'integra:quiz:';

export interface QuizState {
  version: typeof STATE_VERSION;
  /** Fingerprint of the quiz's questions and options when the state was saved. */
  quiz: string;
  attempt: number;
  seed: number;
  /** Index of the question on screen. */
  current: number;
  answers: Answers;
  /** Questions whose answer was checked (immediate feedback shown). */
  checked: string[];
  finished: boolean;
  /** Best percentage of the finished attempts, kept across retries. */
  best: number | null;
  /** Percentage of the first finished attempt. */
  first: number | null;
  /** Percentage of the latest finished attempt. */
  last: number | null;
}

export type LoadResult =
  | { status: 'empty' }
  | { status: 'ok'; state: QuizState }
  | { status: 'discarded'; reason: DiscardReason };

/**
 * Why saved progress could not be used: unreadable, saved by an older or a newer version of the portal
 * (a newer one: the reader opened a page this browser kept from before a deploy), or for a quiz whose
 * questions have changed.
 */
export type DiscardReason = 'corrupt' | 'outdated' | 'newer' | 'changed';

export const storageKey = (quizId: string) => `${STORAGE_PREFIX}${quizId}`;

/** Changes when a question or option is added, removed or renamed. */
export function quizFingerprint(quiz: Pick<Quiz, 'questions'>): string {
  return quiz.questions.map((question) => `${question.id}:${question.options.map((option) => option.id).join(',')}`).join('|');
}

/** What saved state must match to belong to a quiz; small enough to send to the course page. */
export interface QuizIdentity {
  fingerprint: string;
  questionCount: number;
}

export const quizIdentity = (quiz: Pick<Quiz, 'questions'>): QuizIdentity => ({
  fingerprint: quizFingerprint(quiz),
  questionCount: quiz.questions.length,
});

/** The seed of a first attempt: fixed, so the server renders the same first question the browser shows. */
export const FIRST_SEED = 1;

export function initialState(quiz: Quiz, seed: number, previous?: Pick<QuizState, 'attempt' | 'best' | 'first' | 'last'>): QuizState {
  return {
    version: STATE_VERSION,
    quiz: quizFingerprint(quiz),
    attempt: (previous?.attempt ?? 0) + 1,
    seed,
    current: 0,
    answers: {},
    checked: [],
    finished: false,
    best: previous?.best ?? null,
    first: previous?.first ?? null,
    last: previous?.last ?? null,
  };
}

export function serializeState(state: QuizState): string {
  return JSON.stringify(state);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Parses what localStorage holds for a quiz; `null` (nothing saved) is "empty". */
export function deserializeState(raw: string | null, expected: QuizIdentity): LoadResult {
  if (raw === null) return { status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'discarded', reason: 'corrupt' };
  }
  if (!isRecord(data)) return { status: 'discarded', reason: 'corrupt' };
  if (data.version !== STATE_VERSION && data.version !== 1) {
    if (typeof data.version !== 'number') return { status: 'discarded', reason: 'corrupt' };
    return { status: 'discarded', reason: data.version > STATE_VERSION ? 'newer' : 'outdated' };
  }
  // Version 1 is version 2 without the first and latest results.
  const { quiz: fingerprint, attempt, seed, current, answers, checked, finished, best } = data;
  const first = data.version === 1 ? null : data.first;
  const last = data.version === 1 ? null : data.last;
  const isPercent = (value: unknown) => value === null || (typeof value === 'number' && value >= 0 && value <= 100);
  const valid =
    typeof fingerprint === 'string' &&
    isCount(attempt) &&
    (attempt as number) >= 1 &&
    isCount(seed) &&
    isCount(current) &&
    isRecord(answers) &&
    Object.values(answers).every(isStringArray) &&
    isStringArray(checked) &&
    typeof finished === 'boolean' &&
    isPercent(best) &&
    isPercent(first) &&
    isPercent(last);
  if (!valid) return { status: 'discarded', reason: 'corrupt' };
  if (fingerprint !== expected.fingerprint) return { status: 'discarded', reason: 'changed' };
  const { questionCount } = expected;
  return {
    status: 'ok',
    state: {
      version: STATE_VERSION,
      quiz: fingerprint,
      attempt: attempt as number,
      seed: seed as number,
      current: Math.min(current as number, Math.max(questionCount - 1, 0)),
      answers: answers as Answers,
      checked: checked as string[],
      finished: finished as boolean,
      best: best as number | null,
      first: first as number | null,
      last: last as number | null,
    },
  };
}

/** The Spanish notice shown when saved progress had to be discarded. */
export function discardNotice(reason: DiscardReason): string {
  switch (reason) {
    case 'newer':
      return 'Tu avance se guardó con una versión más reciente del portal. Recarga la página para continuar; mientras tanto puedes responder, pero esta página no lo guardará para no borrar tu avance.';
    case 'changed':
      return 'Este cuestionario cambió desde tu último intento, así que empiezas de nuevo.';
    case 'outdated':
      return 'Tu avance se guardó con una versión anterior del portal y no se pudo recuperar. Empiezas de nuevo.';
    default:
      return 'No pudimos leer tu avance guardado en este dispositivo. Empiezas de nuevo; tus respuestas nuevas sí se guardarán.';
  }
}

/**
 * Whether the page may save over what it found: never over progress from a newer version (reloading
 * the page brings it back), and over unreadable progress only once a copy of it has been kept.
 */
export function mayOverwrite(loaded: LoadResult, backupKept: boolean): boolean {
  if (loaded.status !== 'discarded') return true;
  return loaded.reason !== 'newer' && backupKept;
}

/** Said when this browser cannot keep progress (storage blocked, full, or the copy of unreadable progress could not be kept). */
export const PROGRESS_NOT_KEPT =
  'Este navegador no puede guardar tu avance (el almacenamiento está lleno o bloqueado): puedes responder, pero al cerrar la página se perderá.';

export type ModuleStatus = 'sin-empezar' | 'en-curso' | 'aprobado' | 'por-mejorar';

/** A module's status on the course page, from its quiz's saved state. */
export function moduleStatus(result: LoadResult, passMark: number): { status: ModuleStatus; best: number | null } {
  if (result.status !== 'ok') return { status: 'sin-empezar', best: null };
  const { best } = result.state;
  if (best !== null && best >= passMark) return { status: 'aprobado', best };
  if (best !== null) return { status: 'por-mejorar', best };
  const started = Object.keys(result.state.answers).length > 0 || result.state.attempt > 1;
  return { status: started ? 'en-curso' : 'sin-empezar', best: null };
}
