/** The glossary's A–Z bar (grouping is tested in sequence-related.test.ts). */
import { describe, expect, it } from 'vitest';
import { alphabetBar } from '../../src/lib/glossary.ts';

describe('glossary', () => {
  it('lists every letter of the A–Z bar, Ñ included, linking only those with terms', () => {
    const bar = alphabetBar(['A', 'G', 'Ñ']);
    expect(bar).toHaveLength(27);
    expect(bar.filter((l) => l.href).map((l) => l.href)).toEqual(['#letra-a', '#letra-g', '#letra-ñ']);
    expect(bar.find((l) => l.letter === 'B')).toEqual({ letter: 'B' });
  });
});
