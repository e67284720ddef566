/**
 * The results dashboard's logic over the report's tables (the `resultados` collection): goal
 * progress, total checks, chart series and the open-data files. Pure: it takes the plain data of a
 * table, so the schema, the pages, the downloads and the tests all read the same figures.
 */
import { toCsv, type CsvCell } from './csv.ts';
import { formatNumber } from './format.ts';

export interface ResultRow {
  label: string;
  values: (number | null)[];
  unit?: string;
  /** In a goal table: the unit of the report's figure when it counts something else than the goal. */
  achievedUnit?: string;
  reportSection?: string;
  /** What the report prints in each place where it gives more than one figure or statement. */
  passages?: ReportPassage[];
  note?: string;
}

/** A place in the report and what it prints there. */
export interface ReportPassage {
  section: string;
  text: string;
}

/** A note about the report on a table's figures, as the open-data files cite it. */
export interface TableReportNote {
  title: string;
  href: string;
}

export interface ResultTableData {
  title: string;
  reportSection: string;
  unit: string;
  columns: string[];
  /** When the figures were taken, as the report dates them: «al cierre de marzo de 2023». */
  figuresAsOf?: string;
  rows: ResultRow[];
  total?: { label: string; values: (number | null)[] };
  breakdown?: boolean;
  chart?: 'barras' | 'barras-apiladas' | 'ninguno';
  notes?: string[];
}

/** Sums are compared to two decimals: the report prints percentages such as 59,93. */
const sameFigure = (a: number, b: number) => Math.abs(a - b) < 0.005;

export interface GoalProgress {
  target: number | null;
  /** The report's figure, or null where it prints none. */
  figure: number | null;
  /**
   * The figure as a share of the target, in whole percent; null where there is no figure or it
   * counts something else than the goal (capitals are not persons). A figure short of the target
   * never rounds up to 100, and a figure above zero never rounds down to 0.
   */
  share: number | null;
}

/** What a goal row gives: its target, the report's figure and the share of the target. No verdict. */
export function goalProgress(row: Pick<ResultRow, 'values' | 'unit' | 'achievedUnit'>): GoalProgress {
  const target = row.values[0] ?? null;
  const figure = row.values[1] ?? null;
  const sameUnit = row.achievedUnit === undefined || row.achievedUnit === row.unit;
  if (target === null || figure === null || !sameUnit || target <= 0) return { target, figure, share: null };
  const exact = (figure / target) * 100;
  let share = Math.round(exact);
  if (figure < target) share = Math.min(share, 99);
  if (figure > 0) share = Math.max(share, 1);
  return { target, figure, share };
}

export interface TotalMismatch {
  column: string;
  printed: number;
  sum: number;
}

/**
 * The sum of the rows in each column, to two decimals (the report prints percentages such as
 * 59,93); null for a column where no row has a figure.
 */
export function columnSums(table: Pick<ResultTableData, 'columns' | 'rows'>): (number | null)[] {
  return table.columns.map((_, index) => {
    const figures = table.rows.map((row) => row.values[index]).filter((value): value is number => typeof value === 'number');
    return figures.length === 0 ? null : Math.round(figures.reduce((acc, value) => acc + value, 0) * 100) / 100;
  });
}

/** Columns whose printed total is not the sum of the rows (rows without a figure are skipped). */
export function totalMismatches(table: Pick<ResultTableData, 'columns' | 'rows' | 'total'>): TotalMismatch[] {
  if (!table.total) return [];
  const sums = columnSums(table);
  return table.columns.flatMap((column, index) => {
    const printed = table.total!.values[index];
    if (printed === null || printed === undefined) return [];
    const sum = sums[index] ?? 0;
    return sameFigure(sum, printed) ? [] : [{ column, printed, sum }];
  });
}

/** For a table whose rows are shares of one whole: the columns that do not add up to 100. */
export function breakdownMismatches(table: Pick<ResultTableData, 'columns' | 'rows'>): { column: string; sum: number }[] {
  const sums = columnSums(table);
  return table.columns.flatMap((column, index) => {
    const sum = sums[index] ?? 0;
    return sameFigure(sum, 100) ? [] : [{ column, sum }];
  });
}

/**
 * What the admin tells an editor whose rows do not add up to the printed total (its preview and the
 * table editor say the same): each column with both figures, then whether the save will go through.
 * '' when every column adds up.
 */
export function totalMismatchText(mismatches: TotalMismatch[], explainedByNote: boolean): string {
  if (mismatches.length === 0) return '';
  const columns = mismatches.map((m) => `«${m.column}»: la suma de las filas es ${formatNumber(m.sum)} y el total impreso, ${formatNumber(m.printed)}.`);
  const outcome = explainedByNote
    ? 'La nota sobre el total lo explica.'
    : 'Corrija la cifra o añada una «Nota sobre el total» que diga lo que imprime el informe; sin ella no se puede guardar.';
  return `${columns.join(' ')} ${outcome}`;
}

/** The same for a table whose rows are shares of one whole and do not add up to 100. */
export function breakdownMismatchText(mismatches: { column: string; sum: number }[]): string {
  return mismatches.map((m) => `«${m.column}» suma ${formatNumber(m.sum)} y no 100.`).join(' ');
}

export interface ChartSeries {
  labels: string[];
  datasets: { label: string; values: (number | null)[] }[];
  stacked: boolean;
  unit: string;
}

/**
 * What a chart draws of a table: every row, one dataset per column. A stacked chart leaves out a
 * last column named "Total" (the stack already shows it). Null when the table has no chart.
 */
export function chartSeries(table: ResultTableData): ChartSeries | null {
  if (!table.chart || table.chart === 'ninguno') return null;
  const stacked = table.chart === 'barras-apiladas';
  const lastIsTotal = stacked && /^total$/i.test(table.columns.at(-1) ?? '');
  const columns = lastIsTotal ? table.columns.slice(0, -1) : table.columns;
  return {
    labels: table.rows.map((row) => row.label),
    datasets: columns.map((label, index) => ({ label, values: table.rows.map((row) => row.values[index] ?? null) })),
    stacked,
    unit: table.unit,
  };
}

const REPORT = 'Informe de Resultados Integra 2021-2023 (T1)';

/** Where a passage of the report is, as a reader says it: "sección 3.1.2", "Sinopsis". */
export const passagePlace = (section: string) => (/^\d/.test(section) ? `sección ${section}` : section);

/** A row's unit cell: its unit, or the unit of each column where the report's figure counts something else. */
function rowUnit(row: ResultRow, table: ResultTableData): string {
  const unit = row.unit ?? table.unit;
  if (!row.achievedUnit || row.achievedUnit === unit) return unit;
  return `${table.columns[0]}: ${unit}; ${table.columns[1] ?? ''}: ${row.achievedUnit}`;
}

/** The open-data CSV of a table: header, rows, printed total, then source and notes as rows. */
export function tableCsv(table: ResultTableData, reportNotes: TableReportNote[] = []): string {
  const hasRowUnits = table.rows.some((row) => row.unit || row.achievedUnit);
  const header: CsvCell[] = ['Fila', ...table.columns, ...(hasRowUnits ? ['Unidad'] : [])];
  const line = (label: string, values: (number | null)[], unit: string): CsvCell[] => [label, ...values, ...(hasRowUnits ? [unit] : [])];
  const rows: CsvCell[][] = [header, ...table.rows.map((row) => line(row.label, row.values, rowUnit(row, table)))];
  if (table.total) rows.push(line(table.total.label, table.total.values, table.unit));
  const asOf = table.figuresAsOf ? ` Cifras ${table.figuresAsOf}.` : '';
  rows.push([], [`Fuente: ${REPORT}, sección ${table.reportSection}. Unidad: ${table.unit}.${asOf}`]);
  for (const note of [...table.rows.flatMap((row) => (row.note ? [`${row.label}: ${row.note}`] : [])), ...(table.notes ?? [])]) {
    rows.push([`Nota: ${note}`]);
  }
  for (const row of table.rows) {
    for (const passage of row.passages ?? []) rows.push([`El informe imprime (${passagePlace(passage.section)}), sobre «${row.label}»: ${passage.text}`]);
  }
  for (const note of reportNotes) rows.push([`Nota sobre el informe: ${note.title} (${note.href})`]);
  return toCsv(rows);
}

/** The open-data JSON of a table: the same figures, with their source. */
export function tableJson(id: string, table: ResultTableData, reportNotes: TableReportNote[] = []): string {
  const rowJson = (row: ResultRow) => ({
    fila: row.label,
    valores: Object.fromEntries(table.columns.map((column, index) => [column, row.values[index] ?? null])),
    ...(row.unit ? { unidad: row.unit } : {}),
    ...(row.achievedUnit ? { unidadDeLaCifraDelInforme: row.achievedUnit } : {}),
    ...(row.reportSection ? { seccion: row.reportSection } : {}),
    ...(row.note ? { nota: row.note } : {}),
    ...(row.passages?.length ? { elInformeImprime: row.passages.map((p) => ({ seccion: p.section, texto: p.text })) } : {}),
  });
  return `${JSON.stringify(
    {
      id,
      titulo: table.title,
      fuente: { documento: REPORT, seccion: table.reportSection },
      unidad: table.unit,
      ...(table.figuresAsOf ? { cifras: table.figuresAsOf } : {}),
      columnas: table.columns,
      filas: table.rows.map(rowJson),
      total: table.total ? rowJson(table.total) : null,
      notas: table.notes ?? [],
      notasSobreElInforme: reportNotes.map((note) => ({ titulo: note.title, enlace: note.href })),
    },
    null,
    2,
  )}\n`;
}

/** A table's own page, with its chart, table, notes and downloads; /resultados/ lists them. */
export const resultHref = (id: string) => `/resultados/${id}/`;

/** Download paths of a table's open data. */
export const dataHref = (id: string, format: 'csv' | 'json') => `/resultados/datos/${id}.${format}`;

/** The tables under each section of /resultados/, in the sections' order (empty sections left out), each in its given order. */
export function groupBySection<S extends string, T extends { data: { section: string } }>(sections: readonly S[], tables: readonly T[]): { section: S; tables: T[] }[] {
  return sections.map((section) => ({ section, tables: tables.filter((t) => t.data.section === section) })).filter((group) => group.tables.length > 0);
}
