import { describe, expect, it } from 'vitest';
import { parseSearchParams, resultSummary, toPagefindFilters, toSearchParams, unavailableSummary } from '../../src/lib/search-query.ts';

describe('search state in the URL', () => {
  it('reads the query and repeated filters, ignoring unknown and empty ones', () => {
    const state = parseSearchParams(new URLSearchParams('q=+gestion+&tipo=Municipio&zona=El+Oro&zona=Guayas&zona=&otro=x'));
    expect(state).toEqual({ query: 'gestion', filters: { tipo: ['Municipio'], zona: ['El Oro', 'Guayas'] } });
  });
  it('writes back what it reads', () => {
    const params = 'q=casos&audiencia=Participante&zona=El+Oro';
    expect(toSearchParams(parseSearchParams(new URLSearchParams(params))).toString()).toBe(params);
  });
  it('makes values of one filter alternatives for Pagefind and drops empty filters', () => {
    expect(toPagefindFilters({ zona: ['El Oro', 'Guayas'], tipo: [] })).toEqual({ zona: { any: ['El Oro', 'Guayas'] } });
  });
  it('summarises the count in Spanish', () => {
    expect(resultSummary(1, 'casos')).toBe('1 resultado para «casos»');
    expect(resultSummary(3, '')).toBe('3 resultados');
  });
});

describe('results that cannot be shown offline', () => {
  it('says how many, and why, in Spanish', () => {
    expect(unavailableSummary(0)).toBe('');
    expect(unavailableSummary(1)).toBe('1 resultado no se puede mostrar sin conexión: su página no está guardada en este dispositivo.');
    expect(unavailableSummary(3)).toMatch(/^3 resultados no se pueden mostrar sin conexión/);
  });
});
