/**
 * A bar chart of one results table (Chart.js, only the parts a bar chart needs, so the bundle stays
 * small). Hydrated with client:visible: Chart.js loads when the chart scrolls into view. The same
 * figures are always in the table beside it; the canvas is labelled as an image that says so. No
 * Chart.js legend or tooltip (8 KB less): the legend is HTML, the exact figures are in the table.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import type { ChartSeries } from '../../../lib/results.ts';
import { chartHeightClasses, LABEL_WRAP, NARROW_QUERY, wrapLabel } from '../../../lib/chart-layout.ts';
import { CHART_COLORS, formatTick } from './chart-style.ts';
import './result-chart.css';
import './chart-heights.css';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

interface Props {
  series: ChartSeries;
  title: string;
}

export default function ResultChart({ series, title }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // Until the chart is drawn (and without JavaScript) the reserved box says where the figures are.
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    if (!canvasRef.current) return;
    // The same query as the box's height class, so the box is tall enough for the lines drawn.
    const width = window.matchMedia(NARROW_QUERY).matches ? LABEL_WRAP.narrow : LABEL_WRAP.wide;
    const chart = new Chart(canvasRef.current, {
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
    setDrawn(true);
    return () => chart.destroy();
  }, [series]);

  return (
    <div class={`chart-box ${chartHeightClasses(series)}`}>
      {!drawn && <p class="chart-box__pending">El gráfico se dibuja con JavaScript. Las mismas cifras están en la tabla.</p>}
      <div class="chart-box__canvas">
        <canvas ref={canvasRef} role="img" aria-label={`Gráfico de barras: ${title}. Las cifras están en la tabla que sigue.`}>
          Las cifras de este gráfico están en la tabla que sigue.
        </canvas>
      </div>
      {series.datasets.length > 1 && (
        <ul class="chart-legend" aria-hidden="true">
          {series.datasets.map((dataset, index) => (
            <li key={dataset.label}>
              <span class={`chart-legend__swatch chart-legend__swatch--${index % CHART_COLORS.length}`} />
              {dataset.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
