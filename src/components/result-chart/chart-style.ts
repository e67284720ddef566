/** Colours, sizes and tick format shared by the portal's charts. */
import { formatNumber } from '../../lib/format.ts';

/** Each at least 4.5:1 on white, and told apart by the legend as well as by colour. */
export const CHART_COLORS = ['#0a4a82', '#b33c00', '#17663a', '#5b2c86'];

export function formatTick(value: number, unit: string): string {
  return unit === '%' ? `${formatNumber(value)} %` : formatNumber(value);
}
