/**
 * Every results chart on every page draws what its table says, read from the drawn chart itself
 * (the Chart.js instance: its category scale and its bars), at a phone's and a laptop's width: one
 * category label per table row with the row's text, a bar of non-zero size for every figure that is
 * not empty, no label line outside the canvas or crowding its neighbours, no row label skipped.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPagesContaining, PAGE_TYPES } from './site.ts';

const CHART_PAGES = builtPagesContaining('data-result-chart=');

interface DrawnChart {
  labels: string[];
  lineCounts: number[];
  bars: { dataset: string; row: number; value: number | null; length: number; thickness: number }[];
  canvas: { width: number; height: number };
  chartArea: { width: number; height: number };
  /** Per label line: where its text starts (x, from the canvas' left edge). */
  lineLefts: number[];
  /** Vertical room per category and the height of one label line, in CSS pixels. */
  rowHeight: number;
  lineHeight: number;
}

/** Reads each chart in a section, after it has been drawn: what Chart.js laid out, not what it was asked to do. */
async function drawnChart(page: Page, canvasIndex: number): Promise<DrawnChart> {
  return page.evaluate(async (index) => {
    // Chart.js is a module of the page: its Chart class (found by its static getChart) knows every chart drawn.
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => /\/_astro\/[^/]+\.js$/.test(url));
    type ChartLike = { getChart: (canvas: HTMLCanvasElement) => any; defaults: { font: Record<string, unknown> } };
    let Chart: ChartLike | undefined;
    for (const url of urls) {
      const module = (await import(url)) as Record<string, unknown>;
      Chart ??= Object.values(module).find((value): value is ChartLike => typeof value === 'function' && typeof (value as Partial<ChartLike>).getChart === 'function');
    }
    if (!Chart) throw new Error('Chart.js is not loaded on this page');
    const canvas = document.querySelectorAll<HTMLCanvasElement>('.chart-box canvas')[index];
    const chart = Chart.getChart(canvas);
    if (!chart) throw new Error(`canvas ${index} has no chart`);
    const y = chart.scales.y;
    // The tick font: the scale's own, else Chart.js' default (12 px, line height 1.2).
    const font = { ...Chart.defaults.font, ...(y.options.ticks.font ?? {}) } as { size: number; lineHeight: number | string; family: string; style?: string; weight?: string };
    const lineHeight = typeof font.lineHeight === 'number' ? font.lineHeight * font.size : Number.parseFloat(String(font.lineHeight));
    const ctx = chart.ctx as CanvasRenderingContext2D;
    ctx.save();
    ctx.font = `${font.style ?? 'normal'} ${font.weight ?? 'normal'} ${font.size}px ${font.family}`;
    const tickLabels: (string | string[])[] = y.ticks.map((tick: { label: string | string[] }) => tick.label);
    // Category labels are drawn right-aligned against the axis, `padding` away from it.
    const right = y.right - (y.options.ticks.padding ?? 0);
    const lineLefts = tickLabels.flatMap((label) => (Array.isArray(label) ? label : [label]).map((line) => right - ctx.measureText(line).width));
    ctx.restore();
    const bars = chart.data.datasets.flatMap((dataset: { label: string; data: (number | null)[] }, datasetIndex: number) =>
      chart.getDatasetMeta(datasetIndex).data.map((element: { x: number; base: number; height: number }, row: number) => ({
        dataset: dataset.label,
        row,
        value: dataset.data[row],
        length: Math.abs(element.x - element.base),
        thickness: element.height,
      })),
    );
    return {
      labels: tickLabels.map((label) => (Array.isArray(label) ? label.join(' ') : label)),
      lineCounts: tickLabels.map((label) => (Array.isArray(label) ? label.length : 1)),
      bars,
      canvas: { width: canvas.clientWidth, height: canvas.clientHeight },
      chartArea: { width: chart.chartArea.width, height: chart.chartArea.height },
      lineLefts,
      rowHeight: (y.bottom - y.top) / Math.max(y.ticks.length, 1),
      lineHeight,
    };
  }, canvasIndex);
}

// Soft: every chart of every page is read and reported, even after one fails.
const check = expect.configure({ soft: true });

// One browser page per width: Chart.js stays in its cache from one table's page to the next, as for a reader.
for (const width of [360, 1280]) {
  test(`at ${width} px every chart draws its table`, async ({ page }) => {
    test.setTimeout(30_000 * CHART_PAGES.length);
    await page.setViewportSize({ width, height: 800 });
    for (const path of CHART_PAGES) {
      await test.step(path, async () => {
        await page.goto(path);
        const boxes = page.locator('.chart-box');
        const count = await boxes.count();
        check(count, `charts on ${path}`).toBeGreaterThan(0);
        for (let index = 0; index < count; index++) {
          const box = boxes.nth(index);
          await box.scrollIntoViewIfNeeded();
          await check(box.locator('.chart-box__pending'), `${path}: chart ${index} drawn`).toHaveCount(0);
          const section = box.locator('xpath=ancestor::section[contains(concat(" ", @class, " "), " result ")][1]');
          // A table on its own page is titled by the page's h1; one among others (a campaign page) by its h3.
          const heading = (await section.locator('h3').count()) > 0 ? section.locator('h3').first() : page.locator('h1');
          const title = (await heading.textContent())?.trim() ?? `chart ${index}`;
          // What people read in the table beside the chart: each row's label (its acronyms marked with <abbr>), without its note markers.
          const rows = await section.locator('table tbody th[scope="row"]').evaluateAll((cells) =>
            cells.map((cell) => [...cell.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE || node.nodeName === 'ABBR').map((node) => node.textContent).join('').trim()),
          );
          // Chart.js lays a chart out once its box has a size: read it when its category axis has ticks.
          await check.poll(async () => (await drawnChart(page, index)).labels.length, { message: `${title}: the chart is laid out` }).toBeGreaterThan(0);
          const chart = await drawnChart(page, index);
          check(chart.labels, `${title}: category labels`).toEqual(rows);
          check(chart.chartArea.width, `${title}: room for the bars`).toBeGreaterThan(chart.canvas.width * 0.35);
          for (const bar of chart.bars) {
            if (bar.value === null || bar.value === 0) continue;
            check(bar.length, `${title}: bar «${bar.dataset}» of «${rows[bar.row]}» (${bar.value})`).toBeGreaterThan(0.5);
            check(bar.thickness, `${title}: bar «${bar.dataset}» of «${rows[bar.row]}»`).toBeGreaterThan(2);
          }
          check(Math.min(...chart.lineLefts), `${title}: a label line starts left of the canvas`).toBeGreaterThanOrEqual(0);
          const tallest = Math.max(...chart.lineCounts) * chart.lineHeight;
          check(tallest, `${title}: the longest label's lines fit in its row (${chart.rowHeight.toFixed(1)} px)`).toBeLessThanOrEqual(chart.rowHeight + 0.5);
        }
      });
    }
  });
}

test('the charts are found in the built pages (each results table with a chart has its own page)', () => {
  expect(CHART_PAGES).toEqual(expect.arrayContaining([PAGE_TYPES.resultTable]));
  expect(CHART_PAGES.filter((path) => path.startsWith('/resultados/')).length).toBeGreaterThanOrEqual(8);
});
