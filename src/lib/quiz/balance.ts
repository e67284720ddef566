/**
 * Cues that let someone pass a quiz without reading the module, measured over many questions: the
 * correct option of single-answer questions always the middle-length one, or always in one place,
 * and multiple-answer questions that nearly always have the same number of correct options.
 *
 * Each measure is compared with what chance gives, plus two standard deviations of a binomial:
 * with n questions and a chance p per question, at most n·p + 2·√(n·p·(1 − p)) of them may
 * show the cue (as a share: p + 2·√(p·(1 − p) / n)). Questions are grouped by their number of
 * options, because "the middle one" or "the third" means something different with 3 or 4 options.
 */
import type { QuizQuestion } from './types.ts';

/**
 * The largest number of n questions that may show a cue whose chance, per question, is p: the
 * binomial mean plus two standard deviations.
 */
export function chanceBound(trials: number, probability: number): number {
  if (trials <= 0) return 0;
  return trials * probability + 2 * Math.sqrt(trials * probability * (1 - probability));
}

/**
 * Where an option falls when the options are sorted by length, shortest first, as weights per rank
 * that add up to 1. Options of equal length share their ranks: a correct option as long as one
 * other, both the shortest, counts half as "shortest" and half as "second shortest".
 */
export function lengthRankWeights(lengths: readonly number[], index: number): number[] {
  const own = lengths[index];
  const shorter = lengths.filter((length) => length < own).length;
  const equal = lengths.filter((length) => length === own).length;
  return lengths.map((_, rank) => (rank >= shorter && rank < shorter + equal ? 1 / equal : 0));
}

/** One line of a balance table: how often a cue showed, against chance and the bound. */
export interface BalanceRow {
  /** Number of options of the questions in this group. */
  options: number;
  /** The cue, 1-based: the length rank (1 = shortest), the position, or the number of correct options. */
  value: number;
  /** Questions in the group. */
  questions: number;
  /** Questions showing the cue (fractional where lengths tie). */
  observed: number;
  /** Chance per question. */
  chance: number;
  /** The most questions chance allows: `chanceBound(questions, chance)`. */
  bound: number;
}

export const exceeds = (row: BalanceRow) => row.observed > row.bound + 1e-9;

function rows(groups: Map<number, number[][]>, valuesOf: (options: number) => number): BalanceRow[] {
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([options, weights]) => {
      const values = valuesOf(options);
      const chance = 1 / values;
      return Array.from({ length: values }, (_, index) => ({
        options,
        value: index + 1,
        questions: weights.length,
        observed: Math.round(weights.reduce((sum, row) => sum + (row[index] ?? 0), 0) * 1000) / 1000,
        chance,
        bound: chanceBound(weights.length, chance),
      }));
    });
}

function grouped(questions: readonly QuizQuestion[], weigh: (question: QuizQuestion) => number[]): Map<number, number[][]> {
  const groups = new Map<number, number[][]>();
  for (const question of questions) {
    const group = groups.get(question.options.length) ?? [];
    group.push(weigh(question));
    groups.set(question.options.length, group);
  }
  return groups;
}

const singles = (questions: readonly QuizQuestion[]) =>
  questions.filter((question) => question.type === 'single' && question.options.filter((option) => option.correct).length === 1);

/** Single-answer questions: how often the correct option is the shortest, the second shortest… */
export function lengthRankBalance(questions: readonly QuizQuestion[]): BalanceRow[] {
  const weigh = (question: QuizQuestion) =>
    lengthRankWeights(
      question.options.map((option) => option.text.trim().length),
      question.options.findIndex((option) => option.correct),
    );
  return rows(grouped(singles(questions), weigh), (options) => options);
}

/** Single-answer questions: how often the correct option is written first, second… */
export function positionBalance(questions: readonly QuizQuestion[]): BalanceRow[] {
  const weigh = (question: QuizQuestion) => question.options.map((option) => (option.correct ? 1 : 0));
  return rows(grouped(singles(questions), weigh), (options) => options);
}

/**
 * Multiple-answer questions: how often they have 1, 2… correct options. The schema asks for at
 * least one correct option and allows all of them, so chance is a uniform choice among 1…n.
 */
export function correctCountBalance(questions: readonly QuizQuestion[]): BalanceRow[] {
  const weigh = (question: QuizQuestion) => {
    const correct = question.options.filter((option) => option.correct).length;
    return question.options.map((_, index) => (index + 1 === correct ? 1 : 0));
  };
  return rows(grouped(questions.filter((question) => question.type === 'multiple'), weigh), (options) => options);
}
