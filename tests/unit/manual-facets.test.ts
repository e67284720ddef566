import { describe, expect, it } from 'vitest';
import { facetOptions, facetPages, filterByFacet } from '../../src/lib/manual-facets.ts';
import type { FacetedManual } from '../../src/lib/manual-facets.ts';

const manuals: FacetedManual[] = [
  { id: 'a', data: { kind: 'manual', audiencia: ['funcionario-municipal'], componentes: ['gobernanza'] } },
  { id: 'b', data: { kind: 'guia', audiencia: ['funcionario-municipal', 'facilitador'], componentes: ['gobernanza', 'sensibilizacion'] } },
  { id: 'c', data: { kind: 'cuaderno', audiencia: ['participante'], componentes: ['medios-de-vida'] } },
];

describe('manual facets', () => {
  it('counts each option and leaves out options no manual has, in vocabulary order', () => {
    expect(facetOptions(manuals, 'audiencia').map((o) => [o.value, o.count])).toEqual([
      ['funcionario-municipal', 2],
      ['facilitador', 1],
      ['participante', 1],
    ]);
  });
  it('links each option to its pre-rendered page', () => {
    expect(facetOptions(manuals, 'tipo')[0]).toMatchObject({ label: 'Manual', href: '/manuales/tipo/manual/' });
  });
  it('filters by a value of a many-valued facet', () => {
    expect(filterByFacet(manuals, 'componente', 'gobernanza').map((m) => m.id)).toEqual(['a', 'b']);
  });
  it('pre-renders one page per non-empty facet value', () => {
    expect(facetPages(manuals)).toHaveLength(3 + 3 + 3);
  });
});
