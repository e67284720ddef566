/**
 * Scoring of a quiz attempt: a point per question (all or nothing, or partial credit on
 * multiple-choice questions when the quiz asks for it), percentage, pass mark and score band.
 */
import type { Answers, Quiz, QuizQuestion, ScoreBand } from './types.ts';

/** The ids of a question's correct options. */
export function correctIds(question: QuizQuestion): string[] {
  return question.options.filter((option) => option.correct).map((option) => option.id);
}

/**
 * A question is answered correctly when exactly its correct options are selected: for multiple
 * choice, every correct option and no wrong one.
 */
export function isCorrect(question: QuizQuestion, selected: readonly string[] = []): boolean {
  const correct = correctIds(question);
  return selected.length === correct.length && correct.every((id) => selected.includes(id));
}

/**
 * The credit (0 to 1) a question earns. All or nothing by default; with partial credit, a
 * multiple-choice question earns (right options chosen − wrong options chosen) ÷ right options,
 * never below 0, so ticking every box earns nothing.
 */
export function questionCredit(question: QuizQuestion, selected: readonly string[] = [], partialCredit = false): number {
  if (!partialCredit || question.type !== 'multiple') return isCorrect(question, selected) ? 1 : 0;
  const correct = correctIds(question);
  const right = selected.filter((id) => correct.includes(id)).length;
  const wrong = selected.length - right;
  return Math.max(0, (right - wrong) / correct.length);
}

export function isAnswered(selected: readonly string[] | undefined): boolean {
  return (selected?.length ?? 0) > 0;
}

/** The band whose `min` is the highest at or below the percentage. */
export function bandFor(bands: readonly ScoreBand[], percent: number): ScoreBand | undefined {
  return [...bands].sort((a, b) => b.min - a.min).find((band) => percent >= band.min);
}

export interface QuizScore {
  /** Points earned: whole questions, or fractions of one with partial credit. */
  correct: number;
  total: number;
  /** Whole percentage, rounded down so a score never shows as passing when it is not. */
  percent: number;
  passed: boolean;
  band?: ScoreBand;
}

export function scoreQuiz(quiz: Quiz, answers: Answers): QuizScore {
  const total = quiz.questions.length;
  const points = quiz.questions.reduce((sum, question) => sum + questionCredit(question, answers[question.id], quiz.partialCredit), 0);
  // Two decimals: 3 × ⅓ must make exactly 1.
  const correct = Math.round(points * 100) / 100;
  // The epsilon keeps float noise (0.57 × 100 = 56.99…) from costing a point.
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total + 1e-9);
  return { correct, total, percent, passed: percent >= quiz.passMark, band: bandFor(quiz.bands, percent) };
}
