/** The catalogue's combinable filters: counts equal what each filter page shows. */
import { describe, expect, it } from 'vitest';
import { allSelections, filterGroups, filterPractices, selectionHref, selectionLabel, ALL_PRACTICES } from '../../src/lib/practice-filters.ts';

const municipios = [
  { id: 'quito', title: 'Quito', zona: 'sierra-centro' as const },
  { id: 'ambato', title: 'Ambato', zona: 'sierra-centro' as const },
  { id: 'machala', title: 'Machala', zona: 'el-oro' as const },
];
const practice = (id: string, eje: any, zona: any, municipio: string) => ({ id, data: { eje, zona, municipio: { id: municipio } } });
const practicas = [
  practice('a', 'integracion-economica', 'sierra-centro', 'quito'),
  practice('b', 'gobernabilidad', 'sierra-centro', 'ambato'),
  practice('c', 'gobernabilidad', 'el-oro', 'machala'),
  practice('d', 'sensibilizacion-incidencia', 'sierra-centro', 'quito'),
];

describe('practice filters', () => {
  it('combines eje with a zona or a municipio', () => {
    expect(filterPractices(practicas, { eje: 'gobernabilidad', lugar: 'sierra-centro' }).map((p) => p.id)).toEqual(['b']);
    expect(filterPractices(practicas, { eje: 'todos', lugar: 'quito' }).map((p) => p.id)).toEqual(['a', 'd']);
    expect(filterPractices(practicas, ALL_PRACTICES)).toHaveLength(4);
  });

  it('gives every option the count of the page it links to, keeping the other filter', () => {
    const selection = { eje: 'gobernabilidad', lugar: 'sierra-centro' };
    const groups = filterGroups(practicas, municipios, selection);
    for (const option of [...groups.eje, ...groups.zona, ...groups.municipio]) {
      const target = option.href === '/buenas-practicas/' ? ALL_PRACTICES : (() => {
        const [, , , eje, lugar] = option.href.split('/');
        return { eje, lugar };
      })();
      expect(option.count, option.href).toBe(filterPractices(practicas, target).length);
    }
    expect(groups.eje.find((o) => o.current)?.value).toBe('gobernabilidad');
    expect(groups.zona.find((o) => o.current)?.value).toBe('sierra-centro');
    // Municipio options are those of the selected zona.
    expect(groups.municipio.map((o) => o.value)).toEqual(['quito', 'ambato']);
    expect(groups.municipio.find((o) => o.value === 'quito')?.href).toBe('/buenas-practicas/filtro/gobernabilidad/quito/');
  });

  it('marks the zona of a selected municipio as current', () => {
    const groups = filterGroups(practicas, municipios, { eje: 'todos', lugar: 'machala' });
    expect(groups.zona.find((o) => o.current)?.value).toBe('el-oro');
    expect(groups.municipio.map((o) => o.value)).toEqual(['machala']);
  });

  it('pre-renders every combination once, the unfiltered one at /buenas-practicas/', () => {
    const selections = allSelections(municipios);
    // (1 + 3 ejes) × (1 + 3 zonas + 3 municipios) − the unfiltered page.
    expect(selections).toHaveLength(4 * 7 - 1);
    expect(new Set(selections.map(selectionHref)).size).toBe(selections.length);
    expect(selectionHref(ALL_PRACTICES)).toBe('/buenas-practicas/');
    expect(selectionLabel({ eje: 'integracion-economica', lugar: 'el-oro' }, municipios)).toBe('Integración económica · Zona El Oro');
  });
});
