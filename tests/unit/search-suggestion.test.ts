import { describe, expect, it } from 'vitest';
import {
  editDistance,
  isListed,
  maxEdits,
  nearestWord,
  parseWordList,
  suggestQuery,
  wordListText,
} from '../../src/lib/search-suggestion.ts';

describe('the word list written at build time', () => {
  const text = wordListText([
    'La xenofobia se combate con capacitación. Capacitación y más capacitación.',
    'Xenofobia: rechazo. El Screening de Latacunga y la herramienta Screening.',
    'Una sola vez, para un zapato. En Latacunga.',
  ]);
  const words = text.trim().split('\n');

  it('lists each word once, as the pages write it most often, lower case unless always capitalised', () => {
    expect(words).toContain('capacitación');
    expect(words).not.toContain('Capacitación');
    expect(words).toContain('xenofobia');
    expect(words).toContain('Screening');
    expect(words).toContain('Latacunga');
  });
  it('leaves out short words and stop words, which are never corrected', () => {
    expect(words).not.toContain('más');
    expect(words).not.toContain('con');
    expect(words).not.toContain('para');
    expect(words).toContain('rechazo');
  });
  it('puts words found more than once first, each group in alphabetical order', () => {
    expect(words).toEqual(['capacitación', 'Latacunga', 'Screening', 'xenofobia', 'combate', 'herramienta', 'rechazo', 'sola', 'zapato']);
  });
  it('reads back into display and folded forms', () => {
    const list = parseWordList(text);
    expect(list.words[0]).toBe('capacitación');
    expect(list.folded[0]).toBe('capacitacion');
    expect(list.folded).toContain('latacunga');
    expect(parseWordList('\n uno \n\n')).toEqual({ words: ['uno'], folded: ['uno'] });
  });
});

describe('edit distance', () => {
  it('counts added, removed, changed and swapped letters', () => {
    expect(editDistance('xenofovia', 'xenofobia', 3)).toBe(1);
    expect(editDistance('screning', 'screening', 3)).toBe(1);
    expect(editDistance('capasitacion', 'capacitacion', 3)).toBe(1);
    expect(editDistance('gsetion', 'gestion', 3)).toBe(1);
    expect(editDistance('migrante', 'migrante', 3)).toBe(0);
    expect(editDistance('', 'abc', 3)).toBe(3);
  });
  it('stops at the limit', () => {
    expect(editDistance('xenofovia', 'capacitacion', 2)).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
  it('allows more edits in longer words', () => {
    expect([4, 5, 6, 9, 10, 14].map(maxEdits)).toEqual([1, 1, 2, 2, 3, 3]);
  });
});

describe('suggesting the nearest indexed word', () => {
  const list = parseWordList(['capacitación', 'capacitaciones', 'Latacunga', 'persona', 'personal', 'Screening', 'xenofobia', 'atender', 'crisis'].join('\n'));

  it('knows a listed word, and a word still being typed', () => {
    expect(isListed('xenofobia', list)).toBe(true);
    expect(isListed('xeno', list)).toBe(true);
    expect(isListed('xenofovia', list)).toBe(false);
  });
  it('finds the nearest word, in the form the pages write it', () => {
    expect(nearestWord('xenofovia', list)).toBe('xenofobia');
    expect(nearestWord('screning', list)).toBe('Screening');
    expect(nearestWord('capasitacion', list)).toBe('capacitación');
    expect(nearestWord('latacnga', list)).toBe('Latacunga');
  });
  it('prefers the nearer word, then the one listed first', () => {
    expect(nearestWord('capasitaciones', list)).toBe('capacitaciones');
    expect(nearestWord('persone', list)).toBe('persona');
    expect(nearestWord('casas', parseWordList('casos\ncosas'))).toBe('casos');
    expect(nearestWord('casas', parseWordList('cosas\ncasos'))).toBe('cosas');
  });
  it('does not guess for short words or words far from any listed', () => {
    expect(nearestWord('cris', list)).toBeUndefined();
    expect(nearestWord('zzxq', list)).toBeUndefined();
    expect(nearestWord('mercado', list)).toBeUndefined();
  });
  it('rewrites the query as typed, replacing only the unknown words', () => {
    expect(suggestQuery('xenofovia', new Set(['xenofovia']), list)).toBe('xenofobia');
    expect(suggestQuery('Cómo atender a una persona en crysis', new Set(['crysis']), list)).toBe('Cómo atender a una persona en crisis');
    expect(suggestQuery('Capasitacion', new Set(['capasitacion']), list)).toBe('Capacitación');
    expect(suggestQuery('zzxq', new Set(['zzxq']), list)).toBeUndefined();
  });
});
