/**
 * The diagnostic's radar chart: one polygon per assessment, 0-100 per dimension. Loaded on demand
 * (dynamic import) when results are shown, with only the Chart.js parts a radar needs.
 */
import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';
import { CHART_COLORS, wrapLabel } from '../result-chart/chart-style.ts';
import { formatNumber } from '../../../lib/format.ts';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

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
      plugins: {
        legend: { display: series.length > 1, position: 'bottom' },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.raw === null ? 'sin datos' : formatNumber(Number(item.raw))}` } },
      },
    },
  });
  return () => chart.destroy();
}
