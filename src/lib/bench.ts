/**
 * The arithmetic of `npm run bench` and of the byte budgets: gzip accounting of what a page loads,
 * medians of Lighthouse runs, the targets from DESIGN's quality bars, and the table the bench prints.
 * Node only (it gzips with node:zlib); no browser, no file system, so it is unit tested.
 */
import { gzipSync } from 'node:zlib';

export const KB = 1024;
/** A page's first load (HTML + CSS + eager JS, gzip) fits in the first round trip of a slow connection. */
export const FIRST_LOAD_TARGET = 14 * KB;
/**
 * Issue #22's aims for the page types that may not fit in one round trip: the diagnostic, a tool whose
 * first screen lists the saved assessments and starts a new one (the questionnaire loads when opened).
 */
export const FIRST_LOAD_AIMS: Readonly<Record<string, number>> = { diagnostic: 40 * KB };

/** The first-load aim of a page type (as named in the bench): FIRST_LOAD_TARGET unless #22 set it another. */
export const firstLoadAimOf = (pageType: string): number => FIRST_LOAD_AIMS[pageType] ?? FIRST_LOAD_TARGET;
/**
 * Issue #22: a whole search visit, from opening /buscar/ to the results of a two-word query (the
 * page, the search script, Pagefind, its WebAssembly, the index chunks and the excerpts shown), as a
 * compressing server sends it.
 */
export const SEARCH_VISIT_TARGET = 150 * KB;
/** The two-word queries a search visit is measured with (bench and budgets.spec.ts); each finds results. */
export const SEARCH_VISIT_QUERIES = ['gestión de casos', 'capital semilla', 'bolsa de empleo', 'xenofobia campaña', 'diagnóstico municipal'] as const;
/** Lighthouse mobile: 100 in performance, accessibility, best practices and SEO. */
export const LIGHTHOUSE_TARGET = 1;

/** Gzip size of a body, at the level the budgets have always used (level 9, what a static host can pre-compress). */
export function gzipBytes(body: Uint8Array | string): number {
  return gzipSync(body, { level: 9 }).length;
}

/**
 * Bytes on the wire for a body of `raw` bytes whose gzip is `gzip` bytes: a server that compresses
 * sends the smaller (Pagefind's index and WebAssembly are already gzipped, so gzip adds to them).
 */
export function transferredBytes(raw: number, gzip: number): number {
  return Math.min(raw, gzip);
}

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

/** What a response is, from the browser's resource type, then its content type. */
export function resourceKind(resourceType: string, contentType = ''): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/html') return 'html';
  if (type === 'text/css') return 'css';
  if (/(java|ecma)script$/.test(type)) return 'js';
  return 'other';
}

/** One response a page received: its body's size raw and gzip. */
export interface ResponseRecord {
  url: string;
  kind: ResourceKind;
  raw: number;
  gzip: number;
}

export interface ByteTotals {
  raw: number;
  gzip: number;
  requests: number;
}

/** What a set of responses weighs, by kind, and in all. */
export interface LoadSummary {
  html: ByteTotals;
  css: ByteTotals;
  js: ByteTotals;
  other: ByteTotals;
  requests: number;
  /** HTML + CSS + JS, gzip: what the 14 KB target counts. */
  pageGzip: number;
  /** Every response as a compressing server sends it (see transferredBytes). */
  transferred: number;
}

const empty = (): ByteTotals => ({ raw: 0, gzip: 0, requests: 0 });

export function summarizeResponses(responses: readonly ResponseRecord[]): LoadSummary {
  const totals: Record<ResourceKind, ByteTotals> = { html: empty(), css: empty(), js: empty(), other: empty() };
  let transferred = 0;
  for (const response of responses) {
    const total = totals[response.kind];
    total.raw += response.raw;
    total.gzip += response.gzip;
    total.requests += 1;
    transferred += transferredBytes(response.raw, response.gzip);
  }
  return {
    ...totals,
    requests: responses.length,
    pageGzip: totals.html.gzip + totals.css.gzip + totals.js.gzip,
    transferred,
  };
}

/** The median of the numbers given, ignoring missing ones; null when there are none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** One Lighthouse run, reduced to what the report shows. Scores 0–1; LCP and TBT in ms; CLS unitless. */
export interface LighthouseRun {
  scores: Record<LighthouseCategory, number | null>;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
}

/** The median of each score and metric over the runs (each on its own, as the table shows them). */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, median(runs.map((run) => run.scores[category]))])) as LighthouseRun['scores'];
  return {
    scores,
    lcp: median(runs.map((run) => run.lcp)),
    tbt: median(runs.map((run) => run.tbt)),
    cls: median(runs.map((run) => run.cls)),
  };
}

export function meetsLighthouseTarget(run: LighthouseRun): boolean {
  return LIGHTHOUSE_CATEGORIES.every((category) => (run.scores[category] ?? 0) >= LIGHTHOUSE_TARGET);
}

export function meetsFirstLoadTarget(summary: Pick<LoadSummary, 'pageGzip'>, aim = FIRST_LOAD_TARGET): boolean {
  return summary.pageGzip <= aim;
}

export const mark = (ok: boolean): string => (ok ? '✓' : '✗');

/** 13 → "13 B"; 14336 → "14.0 KB"; 1572864 → "1.50 MB" (1 KB = 1024 bytes, as the budgets count). */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '–';
  if (bytes < KB) return `${bytes} B`;
  if (bytes < KB * KB) return `${(bytes / KB).toFixed(1)} KB`;
  return `${(bytes / KB / KB).toFixed(2)} MB`;
}

/** Bytes in KB with one decimal, no unit, for dense table cells: 14336 → "14.0". */
export function formatKB(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '–';
  return (bytes / KB).toFixed(1);
}

/** A Lighthouse score 0–1 as Lighthouse shows it: 0.956 → "96". */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '–' : String(Math.round(score * 100));
}

/** Milliseconds: 1234.5 → "1.23 s"; 40 → "40 ms". */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '–';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export function formatCls(cls: number | null | undefined): string {
  return cls === null || cls === undefined ? '–' : cls.toFixed(3);
}

export function pagesPerSecond(pages: number, seconds: number): number {
  return seconds > 0 ? pages / seconds : 0;
}

/** Peak resident memory from /proc/<pid>/status ("VmHWM:  123456 kB"), in bytes; null if absent. */
export function parseVmHwm(status: string): number | null {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** Peak resident memory from GNU time's `-f %M` output (kilobytes, the last number line), in bytes. */
export function parseGnuTimeMaxRss(output: string): number | null {
  const lines = output.trim().split('\n').filter((line) => /^\d+$/.test(line.trim()));
  return lines.length ? Number(lines.at(-1)) * 1024 : null;
}

export type Align = 'left' | 'right';

/**
 * A plain-text table: a header, a rule, the rows; columns padded to their widest cell, numbers
 * usually right-aligned. Cells are counted in code points, so ✓ and ✗ line up.
 */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const width = (text: string) => [...text].length;
  const widths = headers.map((header, column) => Math.max(width(header), ...rows.map((row) => width(row[column] ?? ''))));
  const pad = (text: string, column: number) => {
    const space = ' '.repeat(widths[column] - width(text));
    return align[column] === 'right' ? space + text : text + space;
  };
  const line = (cells: readonly string[]) => headers.map((_, column) => pad(cells[column] ?? '', column)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** What to run, from the command line and the environment. */
export interface BenchOptions {
  /** Build the generated site and time it. */
  build: boolean;
  /** Measure bytes per page type in the browser. */
  bytes: boolean;
  lighthouse: boolean;
  /** Manual pages of the generated build. */
  pages: number;
  /** Also build the same pages with Starlight, alternating with ours, for issue #22's ratio. */
  starlight: boolean;
  /** Cold builds of the generated site (each of ours and Starlight's with `starlight`): 5 with Starlight, 1 without. */
  buildRuns: number;
  /** Lighthouse runs per page type (the median is reported). */
  runs: number;
  /** Page type keys to measure; empty for all. */
  only: string[];
  port: number;
  /** Time from «Publicar» to the changed page served by `npm start` (scripts/bench-publish.ts). */
  publish: boolean;
  /** Measured publications (after one that is not counted). */
  publishRuns: number;
  /** Ports of the `npm start` copy the publication is measured on: its site and its decap-server. */
  publishPort: number;
  publishDecapPort: number;
}

export function parseBenchOptions(args: readonly string[], env: Record<string, string | undefined>): BenchOptions {
  const known = new Set(['--skip-build', '--skip-bytes', '--skip-lighthouse', '--skip-publish', '--starlight', '--help']);
  const unknown = args.filter((arg) => !known.has(arg) && !arg.startsWith('--only='));
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(' ')} (try --help)`);
  const positive = (name: string, fallback: number) => {
    const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0, got "${env[name]}"`);
    return value;
  };
  const flag = (name: string) => ['1', 'true', 'yes'].includes((env[name] ?? '').toLowerCase());
  const starlight = args.includes('--starlight') || flag('BENCH_STARLIGHT');
  const onlyArg = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) ?? env.BENCH_ONLY ?? '';
  return {
    build: !args.includes('--skip-build'),
    bytes: !args.includes('--skip-bytes'),
    lighthouse: !args.includes('--skip-lighthouse'),
    pages: positive('BENCH_PAGES', 1000),
    starlight,
    buildRuns: positive('BENCH_BUILD_RUNS', starlight ? 5 : 1),
    runs: positive('BENCH_RUNS', 3),
    only: onlyArg.split(',').map((key) => key.trim()).filter(Boolean),
    port: positive('BENCH_PORT', 4494),
    publish: !args.includes('--skip-publish'),
    publishRuns: positive('BENCH_PUBLISH_RUNS', 5),
    publishPort: positive('BENCH_PUBLISH_PORT', 4496),
    publishDecapPort: positive('BENCH_DECAP_PORT', 8196),
  };
}

/** The Starlight issue #22 measured our build against (on the same 1,000 pages). */
export const STARLIGHT_VERSION = '0.42.9';

/** Issue #22's aim for the full build's time against Starlight's on the same pages. */
export const BUILD_RATIO_TARGET = 0.6;

/** Our build against Starlight's, from runs that alternated (ours[i] ran beside starlight[i]). */
export interface BuildComparison {
  oursMedianSeconds: number | null;
  starlightMedianSeconds: number | null;
  /** Each pair's ours / Starlight. */
  pairRatios: number[];
  /** The median of the pair-wise ratios: a pair ran under the same load, so it is steadier than a ratio of medians. */
  ratio: number | null;
  meetsTarget: boolean;
}

export function compareBuilds(oursSeconds: readonly number[], starlightSeconds: readonly number[]): BuildComparison {
  const pairs = Math.min(oursSeconds.length, starlightSeconds.length);
  const pairRatios = Array.from({ length: pairs }, (_, index) => oursSeconds[index] / starlightSeconds[index]);
  const ratio = median(pairRatios);
  return {
    oursMedianSeconds: median(oursSeconds),
    starlightMedianSeconds: median(starlightSeconds),
    pairRatios,
    ratio,
    meetsTarget: ratio !== null && ratio <= BUILD_RATIO_TARGET,
  };
}

/** Issue #22's aim for a text change in one entry, from «Publicar» to the page served with it (median). */
export const PUBLISH_TARGET_SECONDS = 5;
/** Issue #17's aim for the same. */
export const PUBLISH_TARGET_SECONDS_17 = 7;

/** One measured publication: seconds until the page showed the change, and until the rebuild was done. */
export interface PublishRun {
  visibleSeconds: number;
  doneSeconds: number;
  /** Milliseconds per step of the rebuild, as the rebuilder reported them. */
  steps: Record<string, number>;
  /** Whether Astro's process had built once before (scripts/rebuild-worker.ts). */
  warm?: boolean;
}

export interface PublishSummary {
  runs: number;
  medianVisibleSeconds: number | null;
  medianDoneSeconds: number | null;
  /** The median of each step over the runs, in milliseconds. */
  medianSteps: Record<string, number>;
  /** Runs whose Astro process had warmed up. */
  warmRuns: number;
  meetsTarget: boolean;
  meetsTarget17: boolean;
}

export function summarizePublishRuns(runs: readonly PublishRun[]): PublishSummary {
  const medianVisibleSeconds = median(runs.map((run) => run.visibleSeconds));
  const names = [...new Set(runs.flatMap((run) => Object.keys(run.steps)))];
  return {
    runs: runs.length,
    medianVisibleSeconds,
    medianDoneSeconds: median(runs.map((run) => run.doneSeconds)),
    medianSteps: Object.fromEntries(names.map((name) => [name, median(runs.map((run) => run.steps[name]))!])),
    warmRuns: runs.filter((run) => run.warm).length,
    meetsTarget: medianVisibleSeconds !== null && medianVisibleSeconds <= PUBLISH_TARGET_SECONDS,
    meetsTarget17: medianVisibleSeconds !== null && medianVisibleSeconds < PUBLISH_TARGET_SECONDS_17,
  };
}
