/** es-EC formatting, as the content style asks: 4.391 · 59,93 % · 24 de noviembre de 2026. */

const numberFormat = new Intl.NumberFormat('es-EC', { useGrouping: 'always', maximumFractionDigits: 2 });
const longDate = new Intl.DateTimeFormat('es-EC', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 4391 → "4.391"; 59.93 → "59,93". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 59.93 → "59,93 %" (the value is already a percentage). */
export function formatPercent(value: number): string {
  return `${formatNumber(value)} %`;
}

/** A figure of a table cell: a number, or a dash the screen reader reads as "sin dato". */
export function formatFigure(value: number | null, unit?: string): string {
  if (value === null) return 'sin dato';
  return unit === '%' ? formatPercent(value) : formatNumber(value);
}

/** A calendar date (content dates carry no time) → "24 de noviembre de 2026". */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** A calendar date → "2026-11-24", for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Joins labels the Spanish way: "a", "a y b", "a, b y c". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} y ${labels.at(-1)}`;
}
