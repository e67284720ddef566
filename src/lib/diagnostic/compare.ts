/**
 * Two assessments of the same municipality side by side (e.g. 2025 and 2026). Both must already be
 * on the current instrument (the store and the import migrate them). The change is computed from
 * the rounded scores on screen, so "antes 50,1 → después 60,2" always reads as +10,1.
 */
import type { Assessment } from './assessment.ts';
import type { Dimension, Instrument, Level } from './instrument.ts';
import { roundScore, scoreAssessment } from './scoring.ts';

export interface DimensionChange {
  dimension: Dimension;
  before: number | null;
  after: number | null;
  /** after − before, rounded; null when either side has no data. */
  change: number | null;
  levelBefore: Level | null;
  levelAfter: Level | null;
}

export interface Change {
  before: number | null;
  after: number | null;
  change: number | null;
}

const difference = (before: number | null, after: number | null) => (before === null || after === null ? null : roundScore(after - before));

export function compareAssessments(
  instrument: Instrument,
  earlier: Pick<Assessment, 'answers'>,
  later: Pick<Assessment, 'answers'>,
): { dimensions: DimensionChange[]; overall: Change } {
  const before = scoreAssessment(instrument, earlier);
  const after = scoreAssessment(instrument, later);
  const dimensions = before.dimensions.map((scoreBefore, index) => {
    const scoreAfter = after.dimensions[index];
    return {
      dimension: scoreBefore.dimension,
      before: scoreBefore.score,
      after: scoreAfter.score,
      change: difference(scoreBefore.score, scoreAfter.score),
      levelBefore: scoreBefore.level,
      levelAfter: scoreAfter.level,
    };
  });
  return { dimensions, overall: { before: before.overall, after: after.overall, change: difference(before.overall, after.overall) } };
}

/**
 * Two assessments in the order a comparison reads them: the earlier situation first (by the month
 * each describes; on the same month, the one created first), whichever of them is open.
 */
export function chronological<T extends Pick<Assessment, 'asOf' | 'createdAt'>>(a: T, b: T): [T, T] {
  const aFirst = a.asOf < b.asOf || (a.asOf === b.asOf && a.createdAt <= b.createdAt);
  return aFirst ? [a, b] : [b, a];
}
