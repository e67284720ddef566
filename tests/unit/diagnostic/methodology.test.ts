import { describe, expect, it } from 'vitest';
import { pointsPerStep, versionChanges, weightSum } from '../../../src/lib/diagnostic/methodology.ts';
import { institucional, instrument } from './fixture.ts';

describe('versionChanges', () => {
  it('lists, newest first, what each version renamed, added and removed against the one before', () => {
    const ids = (list: { id: string }[]) => list.map(({ id }) => id);
    const [v3, v2] = versionChanges(instrument);
    expect(v3.version).toBe(3);
    expect(v3.renamed.map(({ from, to }) => `${from.id}→${to.id}`)).toEqual(['b→c']);
    expect(ids(v3.added)).toEqual([]);
    expect(ids(v3.removed)).toEqual(['retirado']);
    expect(v2.version).toBe(2);
    expect(v2.renamed.map(({ from, to }) => `${from.id}→${to.id}`)).toEqual(['a→b']);
    expect(ids(v2.added)).toEqual(['datos']);
    expect(ids(v2.removed)).toEqual([]);
  });
  it('skips versions whose indicators were not recorded', () => {
    expect(versionChanges({ ...instrument, history: [] })).toEqual([]);
  });
});

describe('pointsPerStep', () => {
  it('is half the weight over the dimension’s weights, in points', () => {
    expect(weightSum(institucional)).toBe(6);
    expect(pointsPerStep(institucional, 3)).toBe(25);
    expect(pointsPerStep(institucional, 1)).toBeCloseTo(8.33, 2);
  });
});
