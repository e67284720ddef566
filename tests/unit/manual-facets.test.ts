import { describe, expect, it } from 'vitest';
import { ANY, NO_SELECTION, combinationPages, facetOptions, facetPages, filterManuals, selectionHref, selectionLabel } from '../../src/lib/manual-facets.ts';
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

  it('links one facet to its short page, two or more to a combination page, none to the list', () => {
    expect(selectionHref(NO_SELECTION)).toBe('/manuales/');
    expect(selectionHref({ ...NO_SELECTION, tipo: 'guia' })).toBe('/manuales/tipo/guia/');
    expect(selectionHref({ tipo: 'guia', audiencia: ANY, componente: 'gobernanza' })).toBe('/manuales/filtro/guia/todos/gobernanza/');
    expect(facetOptions(manuals, 'tipo')[0]).toMatchObject({ label: 'Manual', href: '/manuales/tipo/manual/' });
  });

  it('combines facets: each option keeps the others, and its count is what its page shows', () => {
    const selection = { ...NO_SELECTION, audiencia: 'funcionario-municipal' };
    const componentes = facetOptions(manuals, 'componente', selection);
    expect(componentes.map((o) => [o.value, o.count, o.href])).toEqual([
      ['gobernanza', 2, '/manuales/filtro/todos/funcionario-municipal/gobernanza/'],
      ['sensibilizacion', 1, '/manuales/filtro/todos/funcionario-municipal/sensibilizacion/'],
    ]);
    for (const option of componentes) {
      expect(filterManuals(manuals, { ...selection, componente: option.value })).toHaveLength(option.count);
    }
  });

  it('keeps the selected option, whose link removes it', () => {
    const selection = { tipo: 'guia', audiencia: 'facilitador', componente: ANY };
    const tipo = facetOptions(manuals, 'tipo', selection);
    expect(tipo.find((o) => o.current)).toMatchObject({ value: 'guia', href: '/manuales/audiencia/facilitador/' });
    expect(tipo.map((o) => o.value)).toEqual(['guia']);
  });

  it('filters by a value of a many-valued facet', () => {
    expect(filterManuals(manuals, { ...NO_SELECTION, componente: 'gobernanza' }).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('pre-renders one page per non-empty facet value and one per non-empty combination', () => {
    expect(facetPages(manuals)).toHaveLength(3 + 3 + 3);
    const combinations = combinationPages(manuals);
    expect(combinations.every((selection) => filterManuals(manuals, selection).length > 0)).toBe(true);
    expect(combinations).toContainEqual({ tipo: 'guia', audiencia: 'facilitador', componente: 'sensibilizacion' });
    expect(combinations).not.toContainEqual({ tipo: 'cuaderno', audiencia: 'facilitador', componente: ANY });
  });

  it('says what a selection shows', () => {
    expect(selectionLabel({ tipo: 'guia', audiencia: ANY, componente: 'gobernanza' })).toBe('Guía · Gobernanza y gestión de la migración');
  });
});
