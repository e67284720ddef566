/** Draws one results chart with Chart.js (only the parts a bar chart needs, so the bundle stays small). */
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import type { ChartSeries } from '../../lib/results.ts';
import { LABEL_WRAP, NARROW_QUERY, wrapLabel } from '../../lib/chart-layout.ts';
import { CHART_COLORS, formatTick } from './chart-style.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

// The charts' tests read each drawn chart through Chart.getChart (tests/e2e/charts.spec.ts).
export { Chart };

/** Draws the chart of a box rendered by ResultChart.astro, from the series on the box. */
export function drawChart(box: HTMLElement): void {
  const canvas = box.querySelector('canvas');
  if (!canvas || !box.dataset.resultChart) return;
  const series = JSON.parse(box.dataset.resultChart) as ChartSeries;
  // The same query as the box's height class, so the box is tall enough for the lines drawn.
  const width = window.matchMedia(NARROW_QUERY).matches ? LABEL_WRAP.narrow : LABEL_WRAP.wide;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: series.labels.map((label) => wrapLabel(label, width)),
      datasets: series.datasets.map((dataset, index) => ({
        label: dataset.label,
        data: dataset.values,
        backgroundColor: CHART_COLORS[index % CHART_COLORS.length],
        borderWidth: 0,
      })),
    },
    options: {
      indexAxis: 'y',
      locale: 'es-EC',
      animation: false,
      maintainAspectRatio: false,
      responsive: true,
      scales: {
        x: { stacked: series.stacked, beginAtZero: true, ticks: { callback: (value) => formatTick(Number(value), series.unit) } },
        // Every row keeps its label: the box's height class leaves room for all their lines.
        y: { stacked: series.stacked, ticks: { autoSkip: false } },
      },
    },
  });
  box.querySelector('.chart-box__pending')?.remove();
}
