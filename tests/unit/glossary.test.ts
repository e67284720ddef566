/** The glossary's A–Z bar, term labels and links, search records and source lines (grouping is tested in sequence-related.test.ts). */
import { describe, expect, it } from 'vitest';
import { alphabetBar, glossarySearchRecord, termHref, termLabel, termSource } from '../../src/lib/glossary.ts';

describe('glossary', () => {
  it('lists every letter of the A–Z bar, Ñ included, linking only those with terms', () => {
    const bar = alphabetBar(['A', 'G', 'Ñ']);
    expect(bar).toHaveLength(27);
    expect(bar.filter((l) => l.href).map((l) => l.href)).toEqual(['#letra-a', '#letra-g', '#letra-ñ']);
    expect(bar.find((l) => l.letter === 'B')).toEqual({ letter: 'B' });
  });
});

describe('glossary terms as search records', () => {
  it('makes a record that links to the term\'s own page, named as the page names it, filtered as Glosario', () => {
    const record = glossarySearchRecord(
      'ceo',
      { term: 'Coaching y Encuentro de Oportunidades', acronym: 'CEO', definition: 'Una metodología.', note: 'El informe la nombra de dos formas.' },
      'Glosario',
    );
    expect(record).toEqual({
      url: '/glosario/ceo/',
      content: 'Coaching y Encuentro de Oportunidades (CEO). Una metodología. El informe la nombra de dos formas.',
      language: 'es',
      meta: { title: 'Coaching y Encuentro de Oportunidades (CEO)' },
      filters: { tipo: ['Glosario'] },
    });
    expect(termLabel({ term: 'Xenofobia' })).toBe('Xenofobia');
    expect(termHref('xenofobia')).toBe('/glosario/xenofobia/');
  });
});

describe('termSource', () => {
  const names = { report: 'Informe (T1)', general: 'Definición general del portal' };
  it('names the report and the place in it, as the source line says it', () => {
    expect(termSource({ source: 'informe', reportSection: '3.1.3' }, names)).toBe('Informe (T1), sección 3.1.3');
    expect(termSource({ source: 'informe', reportSection: 'Glosario' }, names)).toBe('Informe (T1), glosario');
    expect(termSource({ source: 'informe' }, names)).toBe('Informe (T1)');
  });
  it('names the portal for a general definition', () => {
    expect(termSource({ source: 'general', reportSection: '3.1' }, names)).toBe('Definición general del portal');
  });
});
