/** The dashboard's logic: goal status, total checks, chart series, open-data CSV and JSON. */
import { describe, expect, it } from 'vitest';
import { breakdownMismatches, chartSeries, goalStatus, tableCsv, tableJson, totalMismatches, type ResultTableData } from '../../src/lib/results.ts';
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

describe('goalStatus', () => {
  it('says met, not met with the gap, or not reported', () => {
    expect(goalStatus(9, 9)).toEqual({ status: 'cumplida', target: 9, achieved: 9 });
    expect(goalStatus(3000, 2965)).toEqual({ status: 'no-cumplida', target: 3000, achieved: 2965, gap: 35 });
    expect(goalStatus(1800, 1002)).toMatchObject({ status: 'no-cumplida', gap: 798 });
    expect(goalStatus(75, null)).toEqual({ status: 'sin-dato', target: 75 });
    expect(goalStatus(9, 10).status).toBe('cumplida');
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
  it('keeps a spreadsheet from running text as a formula', () => {
    expect(parseCsv(toCsv([['=1+1', '@x', 'ok']]))[0]).toEqual(["'=1+1", "'@x", 'ok']);
  });
});
