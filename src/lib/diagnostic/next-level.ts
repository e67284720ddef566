/**
 * How far each dimension is from the next level, for the results: the points missing (from the
 * score on screen to the next level's minimum) and the fewest answers that, raised, would reach it.
 *
 * - Only answers already given count as raisable: an indicator answered No can go to Parcial or
 *   Completo, one answered Parcial to Completo. Unanswered questions and «No aplica» are left as
 *   they are (answering them changes which questions count, not only the sum).
 * - The new score is computed with the scoring's rules (scoring.ts: peso × valor over the weights
 *   that count, rounded to one decimal) and must reach the next level's minimum once rounded, as the
 *   level on screen does.
 * - Among the ways with the fewest answers, the one that raises the score least (the smallest
 *   step that is enough), then the one with fewer two-step jumps (No → Completo), then heavier
 *   questions first. Raising every gap to Completo gives 100, so a dimension with a score below
 *   the top level can always reach the next one.
 * - A dimension without a score («sin datos», «sin datos suficientes») has no distance.
 */
import { answerStatus, type IndicatorAnswer } from './assessment.ts';
import { ANSWERS, type Dimension, type Level } from './instrument.ts';
import { roundScore, scoreDimension } from './scoring.ts';
import { formatNumber } from '../format.ts';

/** `count` questions of `weight` whose answer goes from `from` to `to`. */
export interface AnswerRaise {
  weight: number;
  from: 'no' | 'parcial';
  to: 'parcial' | 'completo';
  count: number;
}

export type NextLevelDistance =
  | { kind: 'no-score' }
  | { kind: 'top'; level: Level }
  | {
      kind: 'below';
      score: number;
      level: Level;
      next: Level;
      /** Points from the score to the next level's minimum (one decimal). */
      points: number;
      /** The fewest raised answers that reach the next level, grouped; heavier questions first. */
      raises: AnswerRaise[];
      /** How many answers `raises` changes in all. */
      answers: number;
      /** The dimension's score once those answers are raised. */
      scoreAfter: number;
    };

/** Answers counted in halves, so every sum stays an exact integer (Parcial = 1, Completo = 2). */
const HALVES = { no: 0, parcial: 1, completo: 2 } as const;

interface Group {
  weight: number;
  from: 'no' | 'parcial';
  count: number;
}

interface Choice {
  /** Per group: how many go to Parcial (only from No) and how many to Completo. */
  toParcial: number[];
  toCompleto: number[];
  answers: number;
  gainHalves: number;
  jumps: number;
}

/**
 * The dimension's distance to the next level with the given answers; `levels` in any order.
 */
export function nextLevelDistance(dimension: Dimension, answers: Record<string, IndicatorAnswer>, levels: readonly Level[]): NextLevelDistance {
  const { score, level } = scoreDimension(dimension, answers, levels);
  if (score === null || level === null) return { kind: 'no-score' };
  const next = [...levels].sort((a, b) => a.min - b.min).find((candidate) => candidate.min > score);
  if (next === undefined) return { kind: 'top', level };

  // The dimension's sums as the score has them, in halves; and its gaps grouped by weight and answer.
  let weights = 0;
  let halves = 0;
  const groups: Group[] = [];
  for (const indicator of dimension.indicators) {
    const entry = answers[indicator.id];
    if (answerStatus(indicator, entry) !== 'answered') continue;
    const answer = entry!.answer as 'no' | 'parcial' | 'completo';
    weights += indicator.weight;
    halves += indicator.weight * HALVES[answer];
    if (answer === 'completo') continue;
    const group = groups.find((g) => g.weight === indicator.weight && g.from === answer);
    if (group) group.count++;
    else groups.push({ weight: indicator.weight, from: answer, count: 1 });
  }
  // Heavier first, No before Parcial: the order ties are settled in.
  groups.sort((a, b) => b.weight - a.weight || HALVES[a.from] - HALVES[b.from]);
  const scoreWith = (gainHalves: number) => roundScore((100 * (halves + gainHalves)) / (2 * weights));
  const reaches = (gainHalves: number) => scoreWith(gainHalves) >= next.min;

  let best: Choice | null = null;
  // Fewer answers, then a smaller rise, then fewer jumps; on a full tie the first found (heavier groups fill first) stays.
  const isBetter = (a: Choice, b: Choice) => a.answers - b.answers || a.gainHalves - b.gainHalves || a.jumps - b.jumps;
  // Every way to raise the gaps, group by group; a way with more answers than the best so far is not followed.
  const visit = (index: number, choice: Choice) => {
    if (best !== null && choice.answers > best.answers) return;
    if (index === groups.length) {
      if (choice.answers > 0 && reaches(choice.gainHalves) && (best === null || isBetter(choice, best) < 0)) best = choice;
      return;
    }
    const { weight, from, count } = groups[index];
    for (let completo = count; completo >= 0; completo--) {
      for (let parcial = from === 'no' ? count - completo : 0; parcial >= 0; parcial--) {
        visit(index + 1, {
          toCompleto: [...choice.toCompleto, completo],
          toParcial: [...choice.toParcial, parcial],
          answers: choice.answers + completo + parcial,
          gainHalves: choice.gainHalves + weight * (completo * (HALVES.completo - HALVES[from]) + parcial * (HALVES.parcial - HALVES[from])),
          jumps: choice.jumps + (from === 'no' ? completo : 0),
        });
      }
    }
  };
  visit(0, { toParcial: [], toCompleto: [], answers: 0, gainHalves: 0, jumps: 0 });
  // Unreachable only if a level's minimum were above 100; then the dimension is as high as it can get.
  const found = best as Choice | null;
  if (found === null) return { kind: 'top', level };

  const raises: AnswerRaise[] = groups.flatMap((group, index) => [
    ...(found.toCompleto[index] > 0 ? [{ weight: group.weight, from: group.from, to: 'completo' as const, count: found.toCompleto[index] }] : []),
    ...(found.toParcial[index] > 0 ? [{ weight: group.weight, from: group.from, to: 'parcial' as const, count: found.toParcial[index] }] : []),
  ]);
  return {
    kind: 'below',
    score,
    level,
    next,
    points: roundScore(next.min - score),
    raises,
    answers: found.answers,
    scoreAfter: scoreWith(found.gainHalves),
  };
}

/** Raises the answers `raises` names, on the first matching questions in instrument order (for checks and examples). */
export function applyRaises(dimension: Dimension, answers: Record<string, IndicatorAnswer>, raises: readonly AnswerRaise[]): Record<string, IndicatorAnswer> {
  const result = { ...answers };
  const left = raises.map((raise) => ({ ...raise }));
  for (const indicator of dimension.indicators) {
    const entry = answers[indicator.id];
    if (answerStatus(indicator, entry) !== 'answered') continue;
    const raise = left.find((r) => r.count > 0 && r.weight === indicator.weight && r.from === entry!.answer);
    if (!raise) continue;
    raise.count--;
    result[indicator.id] = { ...entry, answer: raise.to };
  }
  return result;
}

const quoted = (answer: 'no' | 'parcial' | 'completo') => `«${ANSWERS[answer].label}»`;

const questions = (n: number) => (n === 1 ? '1 pregunta' : `${formatNumber(n)} preguntas`);

/**
 * The distance in words, for the results: «Le faltan 7,5 puntos para «Avanzado». Bastaría con pasar
 * 1 pregunta de peso 3 de «No» a «Parcial».»
 */
export function nextLevelText(distance: NextLevelDistance): string {
  if (distance.kind === 'no-score') return 'Sin puntaje: no se puede calcular cuánto falta para el nivel siguiente.';
  if (distance.kind === 'top') return `Está en el nivel más alto, «${distance.level.label}».`;
  const points = distance.points === 1 ? 'Le falta 1 punto' : `Le faltan ${formatNumber(distance.points)} puntos`;
  const parts = distance.raises.map(
    (raise, index) => `${index === 0 ? questions(raise.count) : formatNumber(raise.count)} de peso ${formatNumber(raise.weight)} de ${quoted(raise.from)} a ${quoted(raise.to)}`,
  );
  const last = parts.length > 1 ? ` y ${parts.pop()}` : '';
  return `${points} para «${distance.next.label}». Bastaría con pasar ${parts.join(', ')}${last}.`;
}

