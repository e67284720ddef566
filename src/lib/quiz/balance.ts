/**
 * Cues that let someone pass a quiz without reading the module, counted over many questions: the
 * correct option of single-answer questions nearly always the middle-length one, multiple-answer
 * questions that nearly always have the same number of correct options, and absolute words
 * ("siempre", "nunca", "solo"…) that appear almost only in wrong options.
 *
 * Each count is compared with what chance gives. Questions are independent, each with its own
 * chance p of showing the cue, so the count has mean Σp and variance Σp(1 − p) (a binomial when
 * every p is the same); a count more than two standard deviations from the mean is a pattern a
 * learner can use.
 */
import type { QuizQuestion } from './types.ts';

export interface ChanceRange {
  /** The count chance gives on average. */
  mean: number;
  /** Mean minus two standard deviations. */
  low: number;
  /** Mean plus two standard deviations: the most that chance allows. */
  high: number;
}

/** Mean ± two standard deviations of a count of independent events with these probabilities. */
export function chanceRange(probabilities: readonly number[]): ChanceRange {
  const mean = probabilities.reduce((sum, p) => sum + p, 0);
  const deviation = Math.sqrt(probabilities.reduce((sum, p) => sum + p * (1 - p), 0));
  return { mean, low: mean - 2 * deviation, high: mean + 2 * deviation };
}

/**
 * The largest count chance allows: mean plus two standard deviations. For n questions with the
 * same chance p, n·p + 2·√(n·p·(1 − p)); as a share, p + 2·√(p·(1 − p) / n).
 */
export function chanceBound(probabilities: readonly number[]): number {
  return chanceRange(probabilities).high;
}

/**
 * Where an option falls when the options are sorted by length, shortest first, as a weight per rank
 * (the weights add up to 1). Options of the same length share their ranks: a correct option as long
 * as one other, both the shortest, counts half as "shortest" and half as "second shortest".
 */
export function lengthRankWeights(lengths: readonly number[], index: number): number[] {
  const own = lengths[index];
  const shorter = lengths.filter((length) => length < own).length;
  const same = lengths.filter((length) => length === own).length;
  return lengths.map((_, rank) => (rank >= shorter && rank < shorter + same ? 1 / same : 0));
}

/** One line of a balance table: how often a cue showed, against chance. */
export interface BalanceRow {
  /** What is counted, in words: "3 opciones, la más corta", "2 correctas". */
  label: string;
  /** Questions that could show the cue. */
  questions: number;
  /** Questions that showed it (fractional where option lengths tie). */
  observed: number;
  /** What chance gives, and the most it allows. */
  mean: number;
  bound: number;
}

/** Whether a row shows the cue more often than chance allows. */
export const exceedsChance = (row: BalanceRow) => row.observed > row.bound + 1e-9;

const round = (value: number) => Math.round(value * 1000) / 1000;
const correctCount = (question: QuizQuestion) => question.options.filter((option) => option.correct).length;
const singles = (questions: readonly QuizQuestion[]) =>
  questions.filter((question) => question.type === 'single' && correctCount(question) === 1);

function rankName(rank: number, options: number): string {
  if (rank === 0) return 'la más corta';
  if (rank === options - 1) return 'la más larga';
  if (options === 3) return 'la de largo medio';
  return `la ${rank + 1}.ª más corta`;
}

/**
 * Single-answer questions, grouped by their number of options k: for each rank, from shortest to
 * longest, how often the correct option has it. Chance is 1/k per question.
 */
export function lengthRankBalance(questions: readonly QuizQuestion[]): BalanceRow[] {
  const byOptions = new Map<number, number[][]>();
  for (const question of singles(questions)) {
    const weights = lengthRankWeights(
      question.options.map((option) => option.text.trim().length),
      question.options.findIndex((option) => option.correct),
    );
    byOptions.set(question.options.length, [...(byOptions.get(question.options.length) ?? []), weights]);
  }
  return [...byOptions.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([options, rows]) =>
      Array.from({ length: options }, (_, rank) => {
        const { mean, high } = chanceRange(rows.map(() => 1 / options));
        return {
          label: `${options} opciones, la correcta es ${rankName(rank, options)}`,
          questions: rows.length,
          observed: round(rows.reduce((sum, weights) => sum + weights[rank], 0)),
          mean,
          bound: high,
        };
      }),
    );
}

/**
 * Multiple-answer questions: how many have 1, 2… correct options. The schema asks for at least one
 * correct option and allows all of them, so chance is a uniform choice among 1…n for a question
 * with n options (a question with fewer than c options cannot have c correct ones).
 */
export function correctCountBalance(questions: readonly QuizQuestion[]): BalanceRow[] {
  const multiple = questions.filter((question) => question.type === 'multiple');
  const most = Math.max(0, ...multiple.map((question) => question.options.length));
  return Array.from({ length: most }, (_, index) => {
    const count = index + 1;
    const { mean, high } = chanceRange(multiple.map((question) => (count <= question.options.length ? 1 / question.options.length : 0)));
    return {
      label: `${count} ${count === 1 ? 'correcta' : 'correctas'}`,
      questions: multiple.length,
      observed: multiple.filter((question) => correctCount(question) === count).length,
      mean,
      bound: high,
    };
  });
}

/**
 * Words that claim too much ("siempre", "nunca", "todos", "solo", "nada", "asegura"…). Test-wise
 * learners rule out options that carry them; written only into wrong options, they give the answer away.
 */
export const ABSOLUTE_WORDS =
  /(?<!\p{L})(siempre|nunca|jamás|tod[oa]s?|s[oó]lo|ningun[oa]?|ningún|nada|nadie|cualquiera?|asegur\p{L}*|garantiz\p{L}*)(?!\p{L})/iu;

/**
 * Options of single- and multiple-answer questions that carry an absolute word: how many are
 * correct, against chance (each option as likely to be correct as any option of its question).
 * Too few correct ones means "an absolute word marks a wrong option" works as a rule.
 */
export function absoluteWordBalance(questions: readonly QuizQuestion[]): { options: number; correct: number } & ChanceRange {
  const flagged = questions
    .filter((question) => question.type !== 'truefalse')
    .flatMap((question) =>
      question.options
        .filter((option) => ABSOLUTE_WORDS.test(option.text))
        .map((option) => ({ correct: option.correct, chance: correctCount(question) / question.options.length })),
    );
  return { options: flagged.length, correct: flagged.filter((option) => option.correct).length, ...chanceRange(flagged.map((option) => option.chance)) };
}
