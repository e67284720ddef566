/**
 * The catalogue, campaign and results content against the report: the 28 practices of the table in
 * 3.1.3, their eje/zona/municipio, and every results table's totals.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { breakdownMismatches, totalMismatches } from '../../src/lib/results.ts';
import { EJES, ZONAS } from '../../src/lib/taxonomy.ts';

const frontmatter = (source: string) => parse(source.split('\n---\n')[0].replace(/^---\n/, '')) as Record<string, any>;
const entries = (collection: string, extension: 'mdx' | 'yaml') =>
  readdirSync(`src/content/${collection}`)
    .filter((name) => name.endsWith(`.${extension}`))
    .map((name): Record<string, any> => {
      const source = readFileSync(`src/content/${collection}/${name}`, 'utf8');
      return { id: name.replace(`.${extension}`, ''), ...(extension === 'mdx' ? frontmatter(source) : parse(source)) };
    });

const practicas = entries('buenas-practicas', 'mdx').sort((a, b) => a.order - b.order);
const municipios = new Map(entries('municipios', 'yaml').map((m) => [m.id, m]));
const resultados = entries('resultados', 'yaml');

describe('good-practice catalogue (report 3.1.3)', () => {
  it('has the 28 practices of the report table, in its order', () => {
    expect(practicas).toHaveLength(28);
    expect(practicas.map((p) => p.order)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it('files each practice under a valid eje and the zona of its municipio', () => {
    for (const p of practicas) {
      expect(Object.keys(EJES), p.id).toContain(p.eje);
      expect(Object.keys(ZONAS), p.id).toContain(p.zona);
      expect(municipios.get(p.municipio)?.zona, `${p.id}: zona of ${p.municipio}`).toBe(p.zona);
      expect(p.reportSection, p.id).toBe('3.1.3');
      expect(p.reportTitle?.length, p.id).toBeGreaterThan(3);
    }
  });

  it('keeps the three blocks of the table: 10 economic integration, 9 governance, 9 printed again as governance', () => {
    const eje = (from: number, to: number) => practicas.filter((p) => p.order >= from && p.order <= to).map((p) => p.eje);
    expect(new Set(eje(1, 10))).toEqual(new Set(['integracion-economica']));
    expect(new Set(eje(11, 19))).toEqual(new Set(['gobernabilidad']));
    // The report prints the third block under "Gobernabilidad" again: filed under the third eje, with the printed one kept.
    for (const p of practicas.filter((p) => p.order >= 20)) {
      expect(p.eje, p.id).toBe('sensibilizacion-incidencia');
      expect(p.printedEje, p.id).toBe('gobernabilidad');
      expect(p.nota, p.id).toBe('tabla-de-buenas-practicas-rotulos');
    }
    expect(practicas.filter((p) => p.printedEje).length).toBe(9);
  });

  // The report only names each practice: its page labels the steps to apply it as the portal's general
  // guidance, linking to this one heading (src/pages/buenas-practicas/[slug].astro).
  it('gives every practice one «Cómo … en su GAD» section, which its page labels as the portal\'s guidance', () => {
    for (const name of readdirSync('src/content/buenas-practicas').filter((n) => n.endsWith('.mdx'))) {
      const body = readFileSync(`src/content/buenas-practicas/${name}`, 'utf8');
      expect(body.match(/^## Cómo .* en su GAD$/gm), name).toHaveLength(1);
    }
  });

  it('covers all nine municipios and every zona in every eje', () => {
    expect(new Set(practicas.map((p) => p.municipio))).toEqual(new Set(municipios.keys()));
    for (const eje of Object.keys(EJES)) {
      expect(new Set(practicas.filter((p) => p.eje === eje).map((p) => p.zona)), eje).toEqual(new Set(Object.keys(ZONAS)));
    }
  });
});

describe('results tables', () => {
  it('each printed total adds up, or carries a note saying what the report prints', () => {
    for (const table of resultados.filter((t) => t.total)) {
      const mismatches = totalMismatches(table as any);
      if (mismatches.length > 0) expect(table.total.nota, `${table.id}: ${JSON.stringify(mismatches)}`).toBeTruthy();
    }
    expect(resultados.filter((t) => t.total).length).toBeGreaterThanOrEqual(5);
  });

  it('each percentage breakdown adds up to 100, or carries a note', () => {
    const breakdowns = resultados.filter((t) => t.breakdown);
    expect(breakdowns.length).toBeGreaterThanOrEqual(4);
    for (const table of breakdowns) {
      expect(table.unit, table.id).toBe('%');
      if (breakdownMismatches(table as any).length > 0) expect(table.notes?.length, table.id).toBeGreaterThan(0);
    }
  });

  it('states each goal the report sets (section 02) with a figure or a note, and each achieved figure matches its source table', () => {
    const metas = resultados.find((t) => t.section === 'metas')!;
    expect(metas.rows.map((r: any) => r.values[0])).toEqual([9, 75, 9, 9, 3000, 1800]);
    expect(metas.figuresAsOf, 'the date of the figures').toBeTruthy();
    const others = resultados.filter((t) => t !== metas);
    for (const row of metas.rows) {
      const achieved = row.values[1];
      if (achieved === null) {
        expect(row.note, row.label).toBeTruthy();
        continue;
      }
      if ((row.achievedUnit ?? row.unit) !== 'GAD') {
        const printedElsewhere = others.some(
          (t) => t.rows.some((r: any) => r.values.includes(achieved) && (r.reportSection ?? t.reportSection) === row.reportSection) || t.total?.values.includes(achieved),
        );
        expect(printedElsewhere, `${row.label}: ${achieved} in a table of section ${row.reportSection}`).toBe(true);
      }
    }
    // Capitals are not persons: the figure keeps its own unit, and no share of the goal is computed.
    const capital = metas.rows.find((r: any) => /capital de fortalecimiento/.test(r.label));
    expect(capital).toMatchObject({ unit: 'personas', achievedUnit: 'capitales', values: [1800, 1002] });
  });

  it('makes no verdict on a goal that the report does not make', () => {
    const source = readFileSync('src/content/resultados/metas-del-proyecto.yaml', 'utf8');
    expect(source).not.toMatch(/\b(no )?cumplidas?\b|\bfaltan?\b/i);
    // The gender-training goal: the report gives more than one answer, so it is quoted, not scored.
    const metas = resultados.find((t) => t.section === 'metas')!;
    const gender = metas.rows.find((r: any) => /igualdad de género/.test(r.label));
    expect(gender.values[1]).toBeNull();
    expect(gender.passages.map((p: any) => p.section)).toEqual(expect.arrayContaining(['3.1.2', '3.1.3']));
  });

  it('gives per-GAD tables one row per municipio at most, and per-zona tables one per zona', () => {
    for (const table of resultados) {
      const gads = table.rows.filter((r: any) => r.municipio).map((r: any) => r.municipio);
      expect(new Set(gads).size, table.id).toBe(gads.length);
      for (const gad of gads) expect(municipios.has(gad), `${table.id}: ${gad}`).toBe(true);
      const zonas = table.rows.filter((r: any) => r.zona).map((r: any) => r.zona);
      expect(new Set(zonas).size, table.id).toBe(zonas.length);
    }
  });
});

describe('campaign toolkit', () => {
  it('types no campaign figure by hand: the results page takes them from the results table', () => {
    const campaign = resultados.find((t) => t.id === 'resultados-campana')!;
    const figures = campaign.rows.map((r: any) => r.values[0]);
    for (const name of readdirSync('src/content/campana').filter((n) => n.endsWith('.mdx'))) {
      const source = readFileSync(`src/content/campana/${name}`, 'utf8');
      for (const figure of figures) {
        const printed = new Intl.NumberFormat('es-EC', { useGrouping: 'always' }).format(figure);
        expect(source.includes(printed) || source.includes(String(figure)), `${name} types ${printed}`).toBe(false);
      }
    }
  });
});
