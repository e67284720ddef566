/** Colours, sizes and tick format shared by the portal's charts. */
import { formatNumber } from '../../../lib/format.ts';
import type { ChartSeries } from '../../../lib/results.ts';

/** Each at least 4.5:1 on white, and told apart by the legend as well as by colour. */
export const CHART_COLORS = ['#0a4a82', '#b33c00', '#17663a', '#5b2c86'];

/** Height class by the number of bars drawn, so the box is sized before Chart.js runs (no layout shift). */
export function barCountClass(series: Pick<ChartSeries, 'labels' | 'datasets' | 'stacked'>): string {
  const bars = series.stacked ? series.labels.length : series.labels.length * series.datasets.length;
  return `chart-box--bars-${Math.min(Math.max(bars, 1), 16)}`;
}

export function formatTick(value: number, unit: string): string {
  return unit === '%' ? `${formatNumber(value)} %` : formatNumber(value);
}

/** Long labels wrap onto lines of about `width` characters instead of squeezing the chart. */
export function wrapLabel(label: string, width = 28): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
