/** How the diagnostic island writes scores, dates and counts (es-EC). */
import { formatNumber } from '../../../lib/format.ts';
import type { Level } from '../../../lib/diagnostic/instrument.ts';
import { MONTH } from '../../../lib/diagnostic/assessment.ts';

export const scoreText = (score: number | null) => (score === null ? 'sin datos' : formatNumber(score));

export const levelText = (level: Level | null) => level?.label ?? 'sin datos';

/** A dimension's score as the results table writes it: «sin datos suficientes» when mostly «No aplica». */
export const dimensionScoreText = (dimension: { score: number | null; insufficient: boolean }) =>
  dimension.insufficient ? 'sin datos suficientes' : scoreText(dimension.score);

export function changeText(change: number | null): string {
  if (change === null) return 'sin datos';
  if (change === 0) return 'sin cambio';
  return change > 0 ? `+${formatNumber(change)}` : `−${formatNumber(-change)}`;
}

const dateFormat = new Intl.DateTimeFormat('es-EC', { day: 'numeric', month: 'long', year: 'numeric' });
export const dateText = (iso: string) => dateFormat.format(new Date(iso));

export const countText = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${formatNumber(n)} ${many}`);

export const PRIORITY_LABELS = { alta: 'Prioridad alta', media: 'Prioridad media', baja: 'Prioridad baja' } as const;

/** A month field's pattern, for browsers without a month picker (the field is then text): "2026-03". */
export const MONTH_PATTERN = MONTH.source.slice(1, -1);
