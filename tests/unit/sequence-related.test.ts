import { describe, expect, it } from 'vitest';
import { byOrder, latestUpdate, neighbours, withNeighbours } from '../../src/lib/sequence.ts';
import { relatedBothWays, resolveIds } from '../../src/lib/related.ts';
import { figuresForMunicipio } from '../../src/lib/municipio-figures.ts';
import { groupByInitial, initialOf } from '../../src/lib/glossary.ts';

const entry = (id: string, order: number, related: string[] = []) => ({
  id,
  data: { order, title: id.toUpperCase(), summary: `${id} summary`, related: related.map((r) => ({ id: r })) },
});

describe('ordering and neighbours', () => {
  const entries = [entry('c', 3), entry('a', 1), entry('b', 2)];
  it('sorts by order', () => {
    expect(byOrder(entries).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
  it('gives the previous and next entry, none at the ends', () => {
    expect(neighbours(entries, 'b')).toMatchObject({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(entries, 'a').previous).toBeUndefined();
    expect(neighbours(entries, 'c').next).toBeUndefined();
    expect(neighbours(entries, 'zzz')).toEqual({});
  });
  it('links each item of a list in reading order to the items beside it, none at the ends', () => {
    expect(withNeighbours(['a', 'b', 'c'], (item) => item.toUpperCase())).toEqual([
      { item: 'a', previous: undefined, next: 'B' },
      { item: 'b', previous: 'A', next: 'C' },
      { item: 'c', previous: 'B', next: undefined },
    ]);
    expect(withNeighbours([], (item) => item)).toEqual([]);
  });
});

describe('related entries', () => {
  const entries = [entry('a', 1, ['b']), entry('b', 2), entry('c', 3, ['a']), entry('d', 4, ['a', 'b'])];
  it('lists what an entry names, then what names it, once each and never itself', () => {
    expect(relatedBothWays('a', entries, (e) => e.data.related).map((e) => e.id)).toEqual(['b', 'c', 'd']);
  });
  it('skips references to entries that are not published', () => {
    expect(resolveIds([{ id: 'b' }, { id: 'draft' }], entries).map((e) => e.id)).toEqual(['b']);
  });
});

describe('per-GAD figures', () => {
  const tables = [
    { id: 'by-gad', data: { rows: [{ municipio: { id: 'quito' } }, { municipio: { id: 'ambato' } }] } },
    { id: 'no-quito', data: { rows: [{ municipio: { id: 'ambato' } }] } },
    { id: 'national', data: { rows: [{}] } },
  ];
  it('keeps a per-GAD table without a row for the GAD, with no rows, so the gap is shown', () => {
    const figures = figuresForMunicipio('quito', tables);
    expect(figures.map((f) => [f.resultado.id, f.rows.length])).toEqual([
      ['by-gad', 1],
      ['no-quito', 0],
    ]);
  });
});

describe('glossary letters', () => {
  it('files accented initials under the plain letter', () => {
    expect(initialOf('Área')).toBe('A');
    expect(groupByInitial(['Zona', 'Ámbito', 'abogacía'], (t) => t)).toEqual([
      { letter: 'A', items: ['Ámbito', 'abogacía'] },
      { letter: 'Z', items: ['Zona'] },
    ]);
  });
});

describe('latest update', () => {
  it('is the newest date of the entries, or the epoch for none', () => {
    const dated = (day: string) => ({ data: { updated: new Date(day) } });
    expect(latestUpdate([dated('2026-01-02'), dated('2026-11-24'), dated('2025-05-01')]).toISOString().slice(0, 10)).toBe('2026-11-24');
    expect(latestUpdate([]).getTime()).toBe(0);
  });
});
