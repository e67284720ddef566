/**
 * What the methodology page derives from the instrument, so that it can never disagree with it:
 * the changes between versions and how far one answer moves a dimension's score.
 */
import { ANSWERS, type Dimension, type Instrument, type PastIndicator } from './instrument.ts';
import { indicatorsOfVersion } from './migrate.ts';

export interface VersionChange {
  version: number;
  renamed: { from: PastIndicator; to: PastIndicator }[];
  added: PastIndicator[];
  removed: PastIndicator[];
}

/** Per recorded version, newest first: renamed, new and removed questions against the version before. */
export function versionChanges(instrument: Instrument): VersionChange[] {
  return [...instrument.history]
    .filter((change) => change.previous.length > 0)
    .sort((a, b) => b.version - a.version)
    .flatMap((change) => {
      const now = indicatorsOfVersion(instrument, change.version);
      if (now === null) return [];
      const to = new Map(change.renamed.map(({ from, to: id }) => [from, id]));
      const byId = new Map(now.map((indicator) => [indicator.id, indicator]));
      const carried = new Set(change.previous.map(({ id }) => to.get(id) ?? id).filter((id) => byId.has(id)));
      return [
        {
          version: change.version,
          renamed: change.previous.flatMap((old) => {
            const next = to.has(old.id) ? byId.get(to.get(old.id)!) : undefined;
            return next ? [{ from: old, to: next }] : [];
          }),
          added: now.filter(({ id }) => !carried.has(id)),
          removed: change.previous.filter(({ id }) => !byId.has(to.get(id) ?? id)),
        },
      ];
    });
}

/** Sum of the weights of a dimension's indicators. */
export const weightSum = (dimension: Pick<Dimension, 'indicators'>) => dimension.indicators.reduce((sum, { weight }) => sum + weight, 0);

/**
 * Points (0-100) a dimension's score moves when one indicator of `weight` goes one step
 * (No → Parcial or Parcial → Completo), with every indicator of the dimension counted.
 */
export function pointsPerStep(dimension: Pick<Dimension, 'indicators'>, weight: number): number {
  const step = ANSWERS.parcial.value! - ANSWERS.no.value!;
  return (weight * step * 100) / weightSum(dimension);
}
