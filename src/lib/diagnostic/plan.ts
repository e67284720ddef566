/**
 * The improvement plan: one item per gap, i.e. per indicator answered No or Parcial (unanswered and
 * No aplica are not gaps). Impact = peso × (1 − valor): what closing the gap would add to the
 * dimension's weighted sum. Order: impact, highest first; then the weaker dimension first (lower
 * score, dimensions without score last); then instrument order. Priority: alta from impact 2,
 * media from 1, baja below.
 */
import type { Assessment } from './assessment.ts';
import { ANSWERS, allIndicators, type Dimension, type Indicator, type Instrument } from './instrument.ts';
import { scoreDimension } from './scoring.ts';

export type Priority = 'alta' | 'media' | 'baja';

export interface PlanItem {
  indicator: Indicator;
  dimension: Dimension;
  answer: 'no' | 'parcial';
  priority: Priority;
  impact: number;
  note?: string;
}

export function priorityFor(impact: number): Priority {
  if (impact >= 2) return 'alta';
  if (impact >= 1) return 'media';
  return 'baja';
}

export function buildPlan(instrument: Instrument, assessment: Pick<Assessment, 'answers'>): PlanItem[] {
  const dimensionScores = new Map<string, number | null>();
  for (const dimension of instrument.dimensions) {
    dimensionScores.set(dimension.id, scoreDimension(dimension, assessment.answers, instrument.levels).score);
  }
  const items = allIndicators(instrument).flatMap(({ indicator, dimension }, index) => {
    const entry = assessment.answers[indicator.id];
    const answer = entry?.answer;
    if (answer !== 'no' && answer !== 'parcial') return [];
    // Weights times 0 or 0.5 are exact in binary, so equal impacts compare equal.
    const impact = indicator.weight * (1 - (ANSWERS[answer].value ?? 0));
    const item: PlanItem = { indicator, dimension, answer, priority: priorityFor(impact), impact };
    if (entry?.note !== undefined) item.note = entry.note;
    return [{ item, index, score: dimensionScores.get(dimension.id) ?? null }];
  });
  return items
    .sort(
      (a, b) =>
        b.item.impact - a.item.impact || (a.score ?? Number.POSITIVE_INFINITY) - (b.score ?? Number.POSITIVE_INFINITY) || a.index - b.index,
    )
    .map(({ item }) => item);
}
