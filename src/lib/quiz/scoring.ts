/** Scoring of a quiz attempt: all-or-nothing per question, percentage, pass mark and score band. */
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

export function isAnswered(selected: readonly string[] | undefined): boolean {
  return (selected?.length ?? 0) > 0;
}

/** The band whose `min` is the highest at or below the percentage. */
export function bandFor(bands: readonly ScoreBand[], percent: number): ScoreBand | undefined {
  return [...bands].sort((a, b) => b.min - a.min).find((band) => percent >= band.min);
}

export interface QuizScore {
  correct: number;
  total: number;
  /** Whole percentage, rounded down so a score never shows as passing when it is not. */
  percent: number;
  passed: boolean;
  band?: ScoreBand;
}

export function scoreQuiz(quiz: Quiz, answers: Answers): QuizScore {
  const total = quiz.questions.length;
  const correct = quiz.questions.filter((question) => isCorrect(question, answers[question.id])).length;
  const percent = total === 0 ? 0 : Math.floor((correct / total) * 100);
  return { correct, total, percent, passed: percent >= quiz.passMark, band: bandFor(quiz.bands, percent) };
}
