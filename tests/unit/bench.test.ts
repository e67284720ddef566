import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  compareBuilds,
  FIRST_LOAD_TARGET,
  firstLoadAimOf,
  formatBytes,
  formatCls,
  formatKB,
  formatMs,
  formatScore,
  gzipBytes,
  mark,
  median,
  medianRun,
  meetsFirstLoadTarget,
  meetsLighthouseTarget,
  pagesPerSecond,
  parseBenchOptions,
  parseGnuTimeMaxRss,
  summarizePublishRuns,
  parseVmHwm,
  renderTable,
  resourceKind,
  summarizeResponses,
  transferredBytes,
  type LighthouseRun,
} from '../../src/lib/bench.ts';

const run = (performance: number, lcp: number, seo = 1): LighthouseRun => ({
  scores: { performance, accessibility: 1, 'best-practices': 1, seo },
  lcp,
  tbt: 0,
  cls: 0,
});

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('ignores missing values and says null when there is nothing to take', () => {
    expect(median([null, 5, undefined, 1, 3])).toBe(3);
    expect(median([])).toBeNull();
    expect(median([null, Number.NaN])).toBeNull();
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('Lighthouse runs', () => {
  it('reports the median of each score and metric on its own', () => {
    const result = medianRun([run(0.9, 1200), run(1, 900), run(0.97, 2000)]);
    expect(result.scores.performance).toBe(0.97);
    expect(result.lcp).toBe(1200);
    expect(result.scores.seo).toBe(1);
  });
  it('meets the target only with 100 in all four categories', () => {
    expect(meetsLighthouseTarget(run(1, 800))).toBe(true);
    expect(meetsLighthouseTarget(run(0.99, 800))).toBe(false);
    expect(meetsLighthouseTarget(run(1, 800, 0.69))).toBe(false);
    expect(meetsLighthouseTarget({ ...run(1, 800), scores: { ...run(1, 800).scores, accessibility: null } })).toBe(false);
  });
});

describe('gzip accounting', () => {
  it('measures gzip at level 9, as the budgets do', () => {
    const text = 'la gestión de casos '.repeat(200);
    expect(gzipBytes(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gzipBytes(text)).toBeLessThan(Buffer.byteLength(text));
  });
  it('counts what a compressing server sends: the smaller of raw and gzip', () => {
    expect(transferredBytes(10_000, 3_000)).toBe(3_000);
    // Pagefind's index is already gzipped: gzipping again only adds a header.
    expect(transferredBytes(30_064, 30_092)).toBe(30_064);
  });
  it('tells HTML, CSS and JavaScript apart by resource type, then content type', () => {
    expect(resourceKind('document')).toBe('html');
    expect(resourceKind('stylesheet')).toBe('css');
    expect(resourceKind('script')).toBe('js');
    expect(resourceKind('other', 'text/javascript; charset=utf-8')).toBe('js');
    expect(resourceKind('fetch', 'application/wasm')).toBe('other');
    expect(resourceKind('image', 'image/svg+xml')).toBe('other');
  });
  it('sums responses by kind, and the first-load figure counts HTML + CSS + JS only', () => {
    const summary = summarizeResponses([
      { url: '/', kind: 'html', raw: 20_000, gzip: 6_000 },
      { url: '/a.css', kind: 'css', raw: 17_000, gzip: 4_000 },
      { url: '/b.js', kind: 'js', raw: 2_000, gzip: 900 },
      { url: '/c.js', kind: 'js', raw: 1_000, gzip: 500 },
      { url: '/e.svg', kind: 'other', raw: 900, gzip: 400 },
    ]);
    expect(summary.js).toEqual({ raw: 3_000, gzip: 1_400, requests: 2 });
    expect(summary.requests).toBe(5);
    expect(summary.pageGzip).toBe(11_400);
    expect(summary.transferred).toBe(11_800);
    expect(meetsFirstLoadTarget(summary)).toBe(true);
    expect(meetsFirstLoadTarget({ pageGzip: FIRST_LOAD_TARGET + 1 })).toBe(false);
  });
  it('holds the diagnostic to its own first-load aim (40 KB), every other page type to 14 KB', () => {
    expect(firstLoadAimOf('diagnostic')).toBe(40 * 1024);
    expect(firstLoadAimOf('manual')).toBe(FIRST_LOAD_TARGET);
    expect(meetsFirstLoadTarget({ pageGzip: 36 * 1024 }, firstLoadAimOf('diagnostic'))).toBe(true);
    expect(meetsFirstLoadTarget({ pageGzip: 36 * 1024 }, firstLoadAimOf('trainerGuide'))).toBe(false);
  });
  it('sums nothing to zero', () => {
    expect(summarizeResponses([])).toMatchObject({ requests: 0, pageGzip: 0, transferred: 0, html: { raw: 0, gzip: 0, requests: 0 } });
  });
});

describe('formatting', () => {
  it('writes bytes in B, KB (1024) and MB', () => {
    expect(formatBytes(13)).toBe('13 B');
    expect(formatBytes(14 * 1024)).toBe('14.0 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.50 MB');
    expect(formatBytes(null)).toBe('–');
    expect(formatKB(15_360)).toBe('15.0');
  });
  it('writes scores as Lighthouse shows them, times in ms or s, CLS with three decimals', () => {
    expect(formatScore(0.956)).toBe('96');
    expect(formatScore(1)).toBe('100');
    expect(formatScore(null)).toBe('–');
    expect(formatMs(40.4)).toBe('40 ms');
    expect(formatMs(1234.5)).toBe('1.23 s');
    expect(formatCls(0.0412)).toBe('0.041');
    expect(mark(true)).toBe('✓');
    expect(mark(false)).toBe('✗');
  });
  it('computes pages per second, without dividing by zero', () => {
    expect(pagesPerSecond(1000, 50)).toBe(20);
    expect(pagesPerSecond(10, 0)).toBe(0);
  });
});

describe('peak memory', () => {
  it('reads VmHWM from /proc/<pid>/status', () => {
    expect(parseVmHwm('Name:\tnode\nVmPeak:\t 2000000 kB\nVmHWM:\t  812345 kB\nVmRSS:\t  700000 kB\n')).toBe(812_345 * 1024);
    expect(parseVmHwm('Name:\tnode\n')).toBeNull();
  });
  it("reads GNU time's %M (kilobytes), after any warning it printed", () => {
    expect(parseGnuTimeMaxRss('857312\n')).toBe(857_312 * 1024);
    expect(parseGnuTimeMaxRss('Command exited with non-zero status 1\n857312\n')).toBe(857_312 * 1024);
    expect(parseGnuTimeMaxRss('')).toBeNull();
  });
});

describe('renderTable', () => {
  it('pads columns to their widest cell, right-aligns where asked, and rules the header', () => {
    const table = renderTable(['Page', 'KB', 'OK'], [['/', '8.7', '✓'], ['/manuales/', '11.7', '✗']], ['left', 'right', 'left']);
    expect(table.split('\n')).toEqual([
      'Page          KB  OK',
      '----------  ----  --',
      '/            8.7  ✓',
      '/manuales/  11.7  ✗',
    ]);
  });
  it('renders a table with no rows as its header', () => {
    expect(renderTable(['A', 'B'], []).split('\n')).toEqual(['A  B', '-  -']);
  });
});

describe('parseBenchOptions', () => {
  it('runs everything by default: 1,000 pages, 3 Lighthouse runs, port 4494', () => {
    expect(parseBenchOptions([], {})).toEqual({
      build: true,
      bytes: true,
      lighthouse: true,
      pages: 1000,
      starlight: false,
      buildRuns: 1,
      runs: 3,
      only: [],
      port: 4494,
      publish: true,
      publishRuns: 5,
      publishPort: 4496,
      publishDecapPort: 8196,
    });
  });
  it('skips parts and reads sizes from the environment', () => {
    const options = parseBenchOptions(['--skip-build', '--skip-lighthouse', '--only=manual, search'], { BENCH_PAGES: '100', BENCH_RUNS: '1' });
    expect(options).toMatchObject({ build: false, bytes: true, lighthouse: false, pages: 100, runs: 1, only: ['manual', 'search'] });
    expect(parseBenchOptions([], { BENCH_ONLY: 'home' }).only).toEqual(['home']);
    expect(parseBenchOptions(['--skip-publish'], { BENCH_PUBLISH_RUNS: '3', BENCH_PUBLISH_PORT: '4471', BENCH_DECAP_PORT: '8171' })).toMatchObject({
      publish: false,
      publishRuns: 3,
      publishPort: 4471,
      publishDecapPort: 8171,
    });
  });
  it('adds Starlight with --starlight or BENCH_STARLIGHT=1, then builds 5 times each unless BENCH_BUILD_RUNS says', () => {
    expect(parseBenchOptions(['--starlight'], {})).toMatchObject({ starlight: true, buildRuns: 5 });
    expect(parseBenchOptions([], { BENCH_STARLIGHT: '1', BENCH_BUILD_RUNS: '2' })).toMatchObject({ starlight: true, buildRuns: 2 });
    expect(parseBenchOptions([], { BENCH_STARLIGHT: '0', BENCH_BUILD_RUNS: '3' })).toMatchObject({ starlight: false, buildRuns: 3 });
    expect(() => parseBenchOptions(['--starlight'], { BENCH_BUILD_RUNS: '0' })).toThrow(/BENCH_BUILD_RUNS/);
  });
  it('refuses unknown flags and nonsense numbers', () => {
    expect(() => parseBenchOptions(['--skip-everything'], {})).toThrow(/Unknown option --skip-everything/);
    expect(() => parseBenchOptions([], { BENCH_RUNS: '0' })).toThrow(/BENCH_RUNS/);
    expect(() => parseBenchOptions([], { BENCH_PAGES: 'mil' })).toThrow(/BENCH_PAGES/);
  });
});

describe('summarizePublishRuns', () => {
  const run = (visibleSeconds: number, doneSeconds: number, astro: number, warm = true) => ({ visibleSeconds, doneSeconds, steps: { check: 400, astro }, warm });
  it('takes the median of the time to visible, to done and of each step, against #22 (≤ 5 s) and #17 (under 7 s)', () => {
    const summary = summarizePublishRuns([run(4.2, 8, 3000), run(5.6, 9, 4000), run(4.9, 7, 3500), run(9, 12, 8000, false), run(4, 6, 2900)]);
    expect(summary).toEqual({
      runs: 5,
      medianVisibleSeconds: 4.9,
      medianDoneSeconds: 8,
      medianSteps: { check: 400, astro: 3500 },
      warmRuns: 4,
      meetsTarget: true,
      meetsTarget17: true,
    });
  });
  it('fails an aim the median misses, and says nothing was met without runs', () => {
    expect(summarizePublishRuns([run(6, 9, 5000), run(7, 10, 6000), run(5.5, 8, 4500)])).toMatchObject({ medianVisibleSeconds: 6, meetsTarget: false, meetsTarget17: true });
    expect(summarizePublishRuns([run(7, 9, 5000)])).toMatchObject({ meetsTarget: false, meetsTarget17: false });
    expect(summarizePublishRuns([])).toMatchObject({ medianVisibleSeconds: null, meetsTarget: false, meetsTarget17: false });
  });
});

describe('compareBuilds', () => {
  it('takes the median of the pair-wise ratios against #22’s aim of 0.6', () => {
    const comparison = compareBuilds([20, 30, 18], [40, 40, 36]);
    expect(comparison).toEqual({ oursMedianSeconds: 20, starlightMedianSeconds: 40, pairRatios: [0.5, 0.75, 0.5], ratio: 0.5, meetsTarget: true });
    expect(compareBuilds([32.3], [34])).toMatchObject({ meetsTarget: false });
  });
  it('pairs only the runs both builds made, and meets nothing without pairs', () => {
    expect(compareBuilds([10, 12], [20]).pairRatios).toEqual([0.5]);
    expect(compareBuilds([10], [])).toMatchObject({ ratio: null, starlightMedianSeconds: null, meetsTarget: false });
  });
});
