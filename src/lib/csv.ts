/**
 * CSV that opens correctly in a spreadsheet set to Spanish (Ecuador): UTF-8 with a byte-order mark
 * (so accents survive), `;` between fields (the comma is the decimal separator there), decimal
 * comma in numbers, CRLF between rows (RFC 4180). Used by the results downloads and the
 * diagnostic's export.
 */

export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

/** 59.93 → "59,93"; 4391 → "4391" (no thousands separator, so spreadsheets read a number). */
export function csvNumber(value: number): string {
  return String(value).replace('.', ',');
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? csvNumber(value) : value;
  // Quote what would otherwise split the field, and text a spreadsheet would run as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[";\r\n]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows (the first is the header) → CSV text with BOM. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

/**
 * CSV text written by `toCsv` (or a spreadsheet saving with `;`) → rows of strings. Handles the BOM,
 * quoted fields with `;`, quotes and line breaks. Used by tests and the import checks.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** "59,93" → 59.93; "" → null; anything else that is not a number → NaN. */
export function parseCsvNumber(text: string): number | null {
  if (text.trim() === '') return null;
  return Number(text.replace(',', '.'));
}
