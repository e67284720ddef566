/** The dashboard's logic: goal progress, total checks, chart series, open-data CSV and JSON. */
import { describe, expect, it } from 'vitest';
import {
  breakdownMismatchText,
  breakdownMismatches,
  chartSeries,
  columnSums,
  goalProgress,
  tableCsv,
  tableJson,
  totalMismatchText,
  totalMismatches,
  type ResultTableData,
} from '../../src/lib/results.ts';
import { parseCsv, parseCsvNumber, toCsv } from '../../src/lib/csv.ts';

const table: ResultTableData = {
  title: 'Funcionarios/as; por sexo',
  reportSection: '3.1.1',
  unit: 'funcionarios/as',
  columns: ['Hombres', 'Mujeres', 'Total'],
  rows: [
    { label: 'Latacunga', values: [2, 9, 11] },
    { label: 'Quito "DMQ"', values: [0, 5, 5], note: 'Una nota; con punto y coma' },
  ],
  total: { label: 'Total', values: [2, 14, 16] },
  chart: 'barras-apiladas',
  notes: ['36 % hombres'],
};

describe('goalProgress', () => {
  it('gives the target, the figure and the share of the target, never a verdict', () => {
    expect(goalProgress({ values: [3000, 2965], unit: 'personas' })).toEqual({ target: 3000, figure: 2965, share: 99 });
    expect(goalProgress({ values: [9, 9], unit: 'GAD' })).toEqual({ target: 9, figure: 9, share: 100 });
    expect(goalProgress({ values: [9, 10], unit: 'GAD' })).toEqual({ target: 9, figure: 10, share: 111 });
    for (const key of ['status', 'gap', 'met']) expect(goalProgress({ values: [3000, 2965] })).not.toHaveProperty(key);
  });
  it('gives no figure and no share where the report prints none', () => {
    expect(goalProgress({ values: [75, null], unit: '%' })).toEqual({ target: 75, figure: null, share: null });
    expect(goalProgress({ values: [9] })).toEqual({ target: 9, figure: null, share: null });
  });
  it('gives the figure but no share when it counts something else than the goal', () => {
    expect(goalProgress({ values: [1800, 1002], unit: 'personas', achievedUnit: 'capitales' })).toEqual({ target: 1800, figure: 1002, share: null });
    expect(goalProgress({ values: [1800, 1002], unit: 'personas', achievedUnit: 'personas' }).share).toBe(56);
  });
  it('rounds the share to a whole percent, never up to 100 below the target nor down to 0 above zero', () => {
    expect(goalProgress({ values: [3000, 2965] }).share).toBe(99); // 98,83 %
    expect(goalProgress({ values: [1800, 1002] }).share).toBe(56); // 55,67 %
    expect(goalProgress({ values: [1000, 1] }).share).toBe(1); // 0,1 %
    expect(goalProgress({ values: [3000, 2999] }).share).toBe(99); // 99,97 %
    expect(goalProgress({ values: [3000, 0] }).share).toBe(0);
    expect(goalProgress({ values: [3000, 3001] }).share).toBe(100);
  });
});

describe('total checks', () => {
  it('finds no mismatch when the printed total is the sum of the rows', () => {
    expect(totalMismatches(table)).toEqual([]);
  });
  it('names the column whose printed total differs from the sum', () => {
    expect(totalMismatches({ ...table, total: { label: 'Total', values: [2, 15, 16] } })).toEqual([{ column: 'Mujeres', printed: 15, sum: 14 }]);
  });
  it('skips missing figures and compares percentages to two decimals', () => {
    const percent = { columns: ['%'], rows: [{ label: 'a', values: [59.93] }, { label: 'b', values: [35.62] }, { label: 'c', values: [3.97] }, { label: 'd', values: [0.48] }] };
    expect(breakdownMismatches(percent)).toEqual([]);
    expect(breakdownMismatches({ ...percent, rows: percent.rows.slice(1) })).toEqual([{ column: '%', sum: 40.07 }]);
    expect(totalMismatches({ columns: ['x'], rows: [{ label: 'a', values: [null] }], total: { label: 'T', values: [null] } })).toEqual([]);
  });
  it('sums each column to two decimals, and gives no sum for a column without any figure', () => {
    expect(columnSums(table)).toEqual([2, 14, 16]);
    expect(columnSums({ columns: ['%', 'n'], rows: [{ label: 'a', values: [0.1, null] }, { label: 'b', values: [0.2, null] }] })).toEqual([0.3, null]);
  });
  it('tells the editor, in Spanish figures, which column does not add up and whether the save will go through', () => {
    const mismatches = [{ column: 'Mujeres', printed: 1802, sum: 1800.5 }];
    expect(totalMismatchText(mismatches, false)).toBe(
      '«Mujeres»: la suma de las filas es 1.800,5 y el total impreso, 1.802. Corrija la cifra o añada una «Nota sobre el total» que diga lo que imprime el informe; sin ella no se puede guardar.',
    );
    expect(totalMismatchText(mismatches, true)).toMatch(/ La nota sobre el total lo explica\.$/);
    expect(totalMismatchText([], false)).toBe('');
    expect(breakdownMismatchText([{ column: '%', sum: 40.07 }])).toBe('«%» suma 40,07 y no 100.');
  });
});

describe('chartSeries', () => {
  it('leaves a last "Total" column out of a stacked chart', () => {
    const series = chartSeries(table)!;
    expect(series.stacked).toBe(true);
    expect(series.datasets.map((d) => d.label)).toEqual(['Hombres', 'Mujeres']);
    expect(series.datasets[1].values).toEqual([9, 5]);
  });
  it('draws every column of a bar chart and nothing for "ninguno"', () => {
    expect(chartSeries({ ...table, chart: 'barras' })!.datasets).toHaveLength(3);
    expect(chartSeries({ ...table, chart: 'ninguno' })).toBeNull();
  });
});

describe('open data', () => {
  it('writes a CSV a Spanish spreadsheet opens: BOM, semicolons, decimal comma, quoted text', () => {
    const csv = tableCsv({ ...table, rows: [...table.rows, { label: 'Decimal', values: [0.5, 59.93, null] }] });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['Fila', 'Hombres', 'Mujeres', 'Total']);
    expect(rows[2]).toEqual(['Quito "DMQ"', '0', '5', '5']);
    expect(rows[3]).toEqual(['Decimal', '0,5', '59,93', '']);
    expect(rows[4]).toEqual(['Total', '2', '14', '16']);
    expect(rows.some((row) => row[0] === 'Nota: Quito "DMQ": Una nota; con punto y coma')).toBe(true);
    expect(rows.some((row) => row[0].startsWith('Fuente: Informe de Resultados Integra 2021-2023 (T1), sección 3.1.1'))).toBe(true);
    expect(parseCsvNumber(rows[3][2])).toBe(59.93);
  });
  it('writes JSON with the same figures, keyed by column, and its source', () => {
    const json = JSON.parse(tableJson('x', table));
    expect(json.fuente).toEqual({ documento: 'Informe de Resultados Integra 2021-2023 (T1)', seccion: '3.1.1' });
    expect(json.filas[1]).toEqual({ fila: 'Quito "DMQ"', valores: { Hombres: 0, Mujeres: 5, Total: 5 }, nota: 'Una nota; con punto y coma' });
    expect(json.total.valores).toEqual({ Hombres: 2, Mujeres: 14, Total: 16 });
  });
  it('says in the open data when a goal figure counts something else, what the report prints and the date', () => {
    const goals: ResultTableData = {
      title: 'Metas',
      reportSection: '02',
      unit: 'según la fila',
      columns: ['Meta', 'Cifra del informe'],
      figuresAsOf: 'al cierre de marzo de 2023',
      rows: [
        { label: 'Personas', values: [3000, 2965], unit: 'personas' },
        {
          label: 'Capital',
          values: [1800, 1002],
          unit: 'personas',
          achievedUnit: 'capitales',
          passages: [{ section: '3.2.4', text: 'Informa «1002 capitales».' }],
        },
      ],
    };
    const rows = parseCsv(tableCsv(goals));
    expect(rows[0]).toEqual(['Fila', 'Meta', 'Cifra del informe', 'Unidad']);
    expect(rows[1]).toEqual(['Personas', '3000', '2965', 'personas']);
    expect(rows[2]).toEqual(['Capital', '1800', '1002', 'Meta: personas; Cifra del informe: capitales']);
    expect(rows.some((row) => row[0].endsWith('Cifras al cierre de marzo de 2023.'))).toBe(true);
    expect(rows.some((row) => row[0] === 'El informe imprime (sección 3.2.4), sobre «Capital»: Informa «1002 capitales».')).toBe(true);
    const json = JSON.parse(tableJson('metas', goals));
    expect(json.cifras).toBe('al cierre de marzo de 2023');
    expect(json.filas[1]).toMatchObject({
      valores: { Meta: 1800, 'Cifra del informe': 1002 },
      unidad: 'personas',
      unidadDeLaCifraDelInforme: 'capitales',
      elInformeImprime: [{ seccion: '3.2.4', texto: 'Informa «1002 capitales».' }],
    });
    expect(json.filas[0]).not.toHaveProperty('unidadDeLaCifraDelInforme');
  });
  it('keeps a spreadsheet from running text as a formula', () => {
    expect(parseCsv(toCsv([['=1+1', '@x', 'ok']]))[0]).toEqual(["'=1+1", "'@x", 'ok']);
  });
});
