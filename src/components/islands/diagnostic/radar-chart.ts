/**
 * The diagnostic's radar chart: one polygon per assessment, 0-100 per dimension. Loaded on demand
 * (dynamic import) when results are shown, with only the Chart.js parts a radar needs (no legend
 * or tooltip: the page says which line is which, and the scores are in the table).
 */
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';
import { CHART_COLORS } from '../../result-chart/chart-style.ts';
import { wrapLabel } from '../../../lib/chart-layout.ts';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export interface RadarSeries {
  label: string;
  values: (number | null)[];
}

/** Draws the chart; returns the function that removes it. */
export function drawRadar(canvas: HTMLCanvasElement, labels: string[], series: RadarSeries[]): () => void {
  const chart = new Chart(canvas, {
    type: 'radar',
    data: {
      labels: labels.map((label, index) => wrapLabel(`${index + 1}. ${label}`, 18)),
      datasets: series.map((s, index) => ({
        label: s.label,
        data: s.values,
        borderColor: CHART_COLORS[index % CHART_COLORS.length],
        backgroundColor: `${CHART_COLORS[index % CHART_COLORS.length]}33`,
        pointBackgroundColor: CHART_COLORS[index % CHART_COLORS.length],
        borderWidth: 2,
        borderDash: index === 0 ? [] : [6, 4],
        fill: true,
      })),
    },
    options: {
      locale: 'es-EC',
      animation: false,
      maintainAspectRatio: false,
      responsive: true,
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: { stepSize: 20, backdropColor: 'transparent' },
          // On a phone the full names do not fit around the chart: numbers, which the table beside it lists.
          pointLabels: { font: { size: 11 }, callback: (label, index) => (canvas.clientWidth < 520 ? String(index + 1) : label) },
        },
      },
    },
  });
  return () => chart.destroy();
}
