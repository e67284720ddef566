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

/**
 * A figure of a row that counts something other than its table: "75 %", "9 GAD", "7 de cada 10".
 * Rows without their own unit show the plain figure (the table's unit is in its caption).
 */
export function formatRowFigure(value: number | null, rowUnit: string | undefined, tableUnit: string): string {
  if (value === null) return 'sin dato';
  if (rowUnit === undefined) return formatFigure(value, tableUnit);
  return rowUnit === '%' ? formatPercent(value) : `${formatNumber(value)} ${rowUnit}`;
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

/** 180 → "3 h", 210 → "3 h 30 min", 45 → "45 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** 180 → "3 horas", 210 → "3 horas y 30 minutos", 60 → "1 hora", 45 → "45 minutos". */
export function formatDurationLong(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hourText = hours === 1 ? '1 hora' : `${hours} horas`;
  const minuteText = rest === 1 ? '1 minuto' : `${rest} minutos`;
  if (hours === 0) return minuteText;
  return rest === 0 ? hourText : `${hourText} y ${minuteText}`;
}

const sizeFormat = new Intl.NumberFormat('es-EC', { maximumFractionDigits: 1 });

/** Bytes as a phone shows them (decimal units): 3_200_000 → "3,2 MB", 850_000 → "850 kB", 999_960 → "1 MB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  // Move up a unit while the number, once rounded as shown, would have four digits.
  while (unit < units.length - 1 && Math.round(value * 10) / 10 >= 1000) {
    value /= 1000;
    unit += 1;
  }
  return `${sizeFormat.format(value)} ${units[unit]}`;
}
