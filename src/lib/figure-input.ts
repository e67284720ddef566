/**
 * A figure as an editor types it in the admin and sees it there: Spanish decimals («66,66»),
 * thousands with dots («1.800»), blank for a figure the report does not give (null on disk).
 * Shared by the admin's figure inputs (src/cms/admin/figures-widget.js, src/cms/admin/table-widget.js).
 */

/** The text an editor typed → the number saved, null for blank, undefined when it is not a number. */
export function figureFromText(text: string): number | null | undefined {
  const trimmed = String(text).trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const normalized = /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(trimmed) ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : undefined;
}

/** A saved figure as its input shows it: 66.66 → «66,66», 1800 → «1800», null → blank. */
export function figureAsText(value: number | null | undefined | ''): string {
  return value === null || value === undefined || value === '' ? '' : String(value).replace('.', ',');
}

/** Why a typed figure is refused, shown under its input. */
export const FIGURE_INPUT_ERROR = 'Escriba solo una cifra (por ejemplo 66,66) o deje vacío.';
