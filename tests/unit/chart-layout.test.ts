import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartHeightClasses, chartHeightsCss, chartUnits, LABEL_WRAP, MAX_UNITS, wrapLabel } from '../../src/lib/chart-layout.ts';

describe('chart layout', () => {
  it('wraps a label at the given width, keeping every word', () => {
    const label = 'Funcionarios y funcionarias municipales capacitados en metodologías';
    const lines = wrapLabel(label, 18);
    expect(lines.join(' ')).toBe(label);
    expect(lines.every((line) => line.length <= 18 || !line.includes(' '))).toBe(true);
    expect(wrapLabel('Quito', 18)).toEqual(['Quito']);
  });

  it('gives every row the room of the tallest: its bars or the longest wrapped label', () => {
    const mixed = { labels: ['Quito', 'Una etiqueta bastante larga que se parte en varias líneas'], datasets: [{ label: 'A', values: [1, 2] }], stacked: false };
    const longest = Math.ceil(wrapLabel(mixed.labels[1], LABEL_WRAP.narrow).length * 0.8 + 0.6);
    expect(chartUnits(mixed, LABEL_WRAP.narrow)).toBe(2 * Math.max(2, longest));
    const short = { labels: ['Quito', 'Manta'], datasets: [{ label: 'A', values: [1, 2] }], stacked: false };
    expect(chartUnits(short, LABEL_WRAP.wide)).toBe(4);
    const long = { labels: ['Personas formadas en los talleres de intercambio de conocimientos entre los equipos municipales de las tres zonas'], datasets: [{ label: 'A', values: [1] }], stacked: false };
    const lines = wrapLabel(long.labels[0], LABEL_WRAP.narrow).length;
    expect(lines).toBeGreaterThan(2);
    expect(chartUnits(long, LABEL_WRAP.narrow)).toBe(Math.ceil(lines * 0.8 + 0.6));
    expect(chartUnits(long, LABEL_WRAP.narrow)).toBeGreaterThan(chartUnits(long, LABEL_WRAP.wide));
    const grouped = { labels: ['Quito'], datasets: [1, 2, 3].map((n) => ({ label: `C${n}`, values: [n] })), stacked: false };
    expect(chartUnits(grouped, LABEL_WRAP.wide)).toBe(6);
    expect(chartUnits({ ...grouped, stacked: true }, LABEL_WRAP.wide)).toBe(2);
  });

  it('caps the height and has a CSS class for every height it can give', () => {
    const huge = { labels: Array.from({ length: 200 }, (_, i) => `Fila ${i}`), datasets: [{ label: 'A', values: [] }], stacked: false };
    expect(chartUnits(huge, LABEL_WRAP.wide)).toBe(MAX_UNITS);
    const css = chartHeightsCss();
    for (const name of chartHeightClasses(huge).split(' ')) expect(css).toContain(`.${name} {`);
    expect(css).toContain('.chart-box--h2 {');
  });

  it('chart-heights.css is the generated stylesheet (npm run write:chart-css)', () => {
    expect(readFileSync('src/components/result-chart/chart-heights.css', 'utf8')).toBe(chartHeightsCss());
  });
});
