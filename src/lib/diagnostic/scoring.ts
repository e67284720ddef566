/**
 * Scoring of the diagnostic. The rules, as the methodology page quotes them:
 *
 * 1. Answers are worth No = 0, Parcial = 0,5 and Completo = 1. "No aplica" has no value, and is
 *    offered only where the instrument allows it (with the condition in words); it needs a reason.
 *    A «No aplica» where the instrument does not allow it counts as unanswered (answerStatus).
 * 2. Dimension score = 100 × Σ(peso × valor) / Σ(peso), over the indicators answered No, Parcial
 *    or Completo. Indicators answered "No aplica" and indicators not yet answered are left out of
 *    both sums, so they neither raise nor lower the score.
 * 3. A dimension where no indicator counts has no score ("sin datos"); it is never shown as 0 or 100.
 *    Nor has a dimension where more than half of the indicators are «No aplica» ("sin datos
 *    suficientes"): what is left is too little to stand for the dimension.
 * 4. Overall score = simple mean of the dimension scores that exist: every dimension weighs the
 *    same, whatever its number of indicators. No dimension with data → no overall score.
 * 5. Scores are rounded to one decimal, half away from zero, only at the end (the overall score is
 *    the mean of the unrounded dimension scores).
 * 6. The maturity level is the highest level whose minimum is at or below the rounded score, so
 *    the level always agrees with the number on screen.
 * 7. Strengths: dimensions in the top two levels, highest score first. Gaps: dimensions in the
 *    bottom two levels, lowest score first. Ties follow the instrument's dimension order.
 *    Dimensions without data are neither. (With fewer than four levels, one level at each end, so
 *    a dimension is never both.)
 */
import { answerStatus, isDone, type Assessment, type IndicatorAnswer } from './assessment.ts';
import { ANSWERS, orderedDimensions, type Dimension, type Instrument, type Level } from './instrument.ts';

export interface DimensionScore {
  dimension: Dimension;
  /** 0-100 with at most one decimal; null = "sin datos". */
  score: number | null;
  level: Level | null;
  /** Indicators done: answered No, Parcial or Completo, or «No aplica» with its reason (isDone). */
  answered: number;
  /** Indicators that count in the score (answered No, Parcial or Completo). */
  applicable: number;
  /** Indicators answered «No aplica» where the instrument allows it, with or without a reason yet. */
  notApplicable: number;
  /** Indicators with an evidence note. */
  withEvidence: number;
  /** More than half «No aplica»: no score ("sin datos suficientes"). */
  insufficient: boolean;
  total: number;
  unanswered: number;
}

export interface AssessmentScore {
  dimensions: DimensionScore[];
  overall: number | null;
  overallLevel: Level | null;
  answered: number;
  total: number;
  /** The instrument's levels, so strengths and gaps can tell the top and bottom ones. */
  levels: Level[];
}

/** One decimal, half away from zero; the 12-digit pass removes float noise (1.45 × 10 = 14.4999…). */
export function roundScore(x: number): number {
  const tenths = Number((Math.abs(x) * 10).toPrecision(12));
  const rounded = Math.round(tenths) / 10;
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

/** The highest level whose `min` is at or below the score. */
export function levelFor(score: number | null, levels: readonly Level[]): Level | null {
  if (score === null) return null;
  let found: Level | null = null;
  for (const level of levels) {
    if (level.min <= score && (found === null || level.min > found.min)) found = level;
  }
  return found;
}

/** The unrounded score plus counts; shared by the dimension and overall scores. */
function rawDimension(dimension: Dimension, answers: Record<string, IndicatorAnswer>) {
  let weighted = 0;
  let weights = 0;
  let answered = 0;
  let applicable = 0;
  let notApplicable = 0;
  let withEvidence = 0;
  for (const indicator of dimension.indicators) {
    const entry = answers[indicator.id];
    if (entry?.note) withEvidence++;
    const status = answerStatus(indicator, entry);
    if (isDone(status)) answered++;
    if (status === 'not-applicable' || status === 'needs-reason') notApplicable++;
    if (status !== 'answered') continue;
    applicable++;
    weighted += indicator.weight * (ANSWERS[entry!.answer!].value ?? 0);
    weights += indicator.weight;
  }
  const insufficient = notApplicable * 2 > dimension.indicators.length;
  return { raw: weights > 0 && !insufficient ? (100 * weighted) / weights : null, answered, applicable, notApplicable, withEvidence, insufficient };
}

export function scoreDimension(dimension: Dimension, answers: Record<string, IndicatorAnswer>, levels: readonly Level[]): DimensionScore {
  const { raw, ...counts } = rawDimension(dimension, answers);
  const score = raw === null ? null : roundScore(raw);
  const total = dimension.indicators.length;
  return { dimension, score, level: levelFor(score, levels), ...counts, total, unanswered: total - counts.answered };
}

export function scoreAssessment(instrument: Instrument, assessment: Pick<Assessment, 'answers'>): AssessmentScore {
  const dimensions = orderedDimensions(instrument);
  const raws = dimensions.map((dimension) => rawDimension(dimension, assessment.answers).raw).filter((raw) => raw !== null);
  const overall = raws.length === 0 ? null : roundScore(raws.reduce((sum, raw) => sum + raw, 0) / raws.length);
  const scores = dimensions.map((dimension) => scoreDimension(dimension, assessment.answers, instrument.levels));
  return {
    dimensions: scores,
    overall,
    overallLevel: levelFor(overall, instrument.levels),
    answered: scores.reduce((sum, score) => sum + score.answered, 0),
    total: scores.reduce((sum, score) => sum + score.total, 0),
    levels: instrument.levels,
  };
}

/** `score.dimensions` in instrument order and `score.levels` as scoreAssessment returns them. */
export function strengthsAndGaps(score: AssessmentScore): { strengths: DimensionScore[]; gaps: DimensionScore[] } {
  const levels = [...score.levels].sort((a, b) => a.min - b.min).map((level) => level.id);
  const ends = Math.min(2, Math.floor(levels.length / 2));
  const top = new Set(levels.slice(levels.length - ends));
  const bottom = new Set(levels.slice(0, ends));
  const ranked = score.dimensions.map((dimension, index) => ({ dimension, index }));
  const pick = (ids: Set<string>, direction: 1 | -1) =>
    ranked
      .filter(({ dimension }) => dimension.score !== null && dimension.level !== null && ids.has(dimension.level.id))
      .sort((a, b) => direction * ((a.dimension.score ?? 0) - (b.dimension.score ?? 0)) || a.index - b.index)
      .map(({ dimension }) => dimension);
  return { strengths: pick(top, -1), gaps: pick(bottom, 1) };
}

/**
 * Where to start: the `count` dimensions whose gaps, closed, would raise the overall score the most.
 * Every dimension weighs the same in the overall score, so closing all of a dimension's gaps adds
 * (100 − its score) ÷ (dimensions with a score) points: `room`, rounded like every score. Largest
 * room first; ties in instrument order. Dimensions without a score, or with nothing to close, are left out.
 */
export function whereToStart(score: AssessmentScore, count = 3): { dimension: DimensionScore; room: number }[] {
  const scored = score.dimensions.filter((dimension) => dimension.score !== null);
  return scored
    .map((dimension, index) => ({ dimension, index, raw: (100 - dimension.score!) / scored.length }))
    .filter(({ raw }) => raw > 0)
    .sort((a, b) => b.raw - a.raw || a.index - b.index)
    .slice(0, count)
    .map(({ dimension, raw }) => ({ dimension, room: roundScore(raw) }));
}
