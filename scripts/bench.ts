/**
 * npm run bench: the portal's performance report.
 *
 * 1. Build: a site with 1,000 manual pages (copies of the real manuals under new slugs, in a
 *    temporary content root, content cache and output folder; the working tree's content and cache
 *    are not touched), timed, with the build process's peak memory; BENCH_BUILD_RUNS cold builds,
 *    the median reported. With --starlight (or BENCH_STARLIGHT=1), issue #22's yardstick: Starlight
 *    0.42.9 (installed once in node_modules/.cache/bench-starlight/) builds the same manuals as docs
 *    (src/lib/starlight-doc.ts), each of its cold builds right after one of ours (5 pairs by default),
 *    and the median of the pair-wise ratios is reported against #22's aim of 0.6.
 * 2. Bytes: each page type of the real build (dist/, built first if missing) opened in Chromium
 *    through `astro preview`: what the first load fetches (loaded and idle, with islands that wait
 *    for visibility or idle time held back), what loads later (those islands let go, the page
 *    scrolled through until the network is idle), and on the search page a whole visit for each of
 *    five two-word queries (SEARCH_VISIT_QUERIES: opening the page, typing the query, its results),
 *    against #22's 150 KB. Sizes are of the bodies, gzipped here (the preview server does not compress).
 * 3. Lighthouse, mobile preset, the median of BENCH_RUNS runs per page type.
 * 4. Readability of every sitemap page of dist/ (always; it takes a second): the INFLESZ score
 *    (Szigriszt-Pazos) of its main text, per page type against CONTENT-STYLE.md's targets. Reported,
 *    never failed on (src/lib/readability.ts, src/lib/page-text.ts).
 * 5. Publish to visible: `npm start` in a throwaway copy of the working tree; one text field of one
 *    entry published as Decap writes it, timed until the served page shows it (scripts/bench-publish.ts),
 *    the median of BENCH_PUBLISH_RUNS against #22's 5 s and #17's 7 s.
 *
 * Prints a table and writes the full report as JSON to bench-report/ (git-ignored).
 * Usage: npm run bench -- [--skip-build] [--starlight] [--skip-bytes] [--skip-lighthouse] [--skip-publish] [--only=manual,search]
 * Env: BENCH_PAGES (1000), BENCH_STARLIGHT, BENCH_BUILD_RUNS (5 with Starlight, else 1), BENCH_RUNS (3), BENCH_PORT (4494, for astro preview), BENCH_ONLY,
 *      BENCH_PUBLISH_RUNS (5), BENCH_PUBLISH_PORT and BENCH_DECAP_PORT (4496, 8196: the `npm start` copy).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { benchPublish, type PublishReport } from './bench-publish.ts';
import { BENCH_PAGE_TYPES, DIST, PAGE_TYPES, sitemapPaths } from '../tests/e2e/site.ts';
import {
  READABILITY_FLOOR,
  READABILITY_TARGETS,
  measurePage,
  formatReadability,
  summarizeReadability,
  type PageReadability,
  type PageTypeReadability,
} from '../src/lib/page-text.ts';
import { manualToStarlightDoc } from '../src/lib/starlight-doc.ts';
import {
  BUILD_RATIO_TARGET,
  compareBuilds,
  STARLIGHT_VERSION,
  FIRST_LOAD_TARGET,
  LIGHTHOUSE_CATEGORIES,
  formatBytes,
  formatCls,
  formatKB,
  formatMs,
  formatScore,
  gzipBytes,
  mark,
  median,
  medianRun,
  firstLoadAimOf,
  meetsFirstLoadTarget,
  meetsLighthouseTarget,
  pagesPerSecond,
  parseBenchOptions,
  PUBLISH_TARGET_SECONDS,
  PUBLISH_TARGET_SECONDS_17,
  SEARCH_VISIT_QUERIES,
  SEARCH_VISIT_TARGET,
  parseGnuTimeMaxRss,
  parseVmHwm,
  renderTable,
  resourceKind,
  summarizeResponses,
  type BuildComparison,
  type LighthouseRun,
  type LoadSummary,
  type ResponseRecord,
} from '../src/lib/bench.ts';

const USAGE = `Usage: npm run bench -- [--skip-build] [--starlight] [--skip-bytes] [--skip-lighthouse] [--skip-publish] [--only=home,manual,…]
  --skip-build       do not build the ${'1,000'}-page site (build time and memory)
  --starlight        also build the same manuals with Starlight ${STARLIGHT_VERSION}, alternating with ours, for #22's ratio (≤ ${BUILD_RATIO_TARGET})
  --skip-bytes       do not measure bytes per page type in the browser
  --skip-lighthouse  do not run Lighthouse
  --skip-publish     do not time a publication on \`npm start\` (publish to visible)
  --only=KEYS        only these page types (${BENCH_PAGE_TYPES.join(', ')})
Readability (INFLESZ) is measured on every sitemap page of dist/ whatever the options.
Env: BENCH_PAGES (manual pages of the generated build, 1000), BENCH_STARLIGHT=1 (as --starlight),
     BENCH_BUILD_RUNS (cold builds of the generated site, each; 5 with Starlight, else 1), BENCH_RUNS (Lighthouse runs per page, 3),
     BENCH_PORT (port of astro preview, 4494), BENCH_ONLY (as --only),
     BENCH_PUBLISH_RUNS (measured publications, 5), BENCH_PUBLISH_PORT and BENCH_DECAP_PORT (the npm start copy, 4496 and 8196)`;

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const options = parseBenchOptions(args, process.env);
const unknownTypes = options.only.filter((key) => !(BENCH_PAGE_TYPES as readonly string[]).includes(key));
if (unknownTypes.length > 0) throw new Error(`Unknown page type ${unknownTypes.join(', ')}; known: ${BENCH_PAGE_TYPES.join(', ')}`);
const pageTypes = BENCH_PAGE_TYPES.filter((key) => options.only.length === 0 || options.only.includes(key)).map((key) => ({ key, path: PAGE_TYPES[key] }));

const ASTRO = resolve('node_modules', 'astro', 'bin', 'astro.mjs');
/** Chromium's window for the byte measurements: the size Lighthouse's mobile preset emulates. */
const VIEWPORT = { width: 412, height: 823 };

const progress = (step: string, message: string) => console.log(`[${step}] ${message}`);

// ---------------------------------------------------------------------------------------------
// 1. Build of a 1,000-page site (and, with --starlight, Starlight's build of the same pages)

/** One cold `npm run build` of the generated site. */
interface BuildRun {
  seconds: number;
  /** Each step's own time, as scripts/build.ts measured it (steps side by side overlap). */
  steps: Record<string, number>;
  peakRssBytes: number | null;
}

interface StarlightReport {
  version: string;
  astro: string;
  /** Where its project and install are kept between benches. */
  project: string;
  /** Why there is no ratio (the install or a build failed), when there is none. */
  error?: string;
  htmlPages?: number;
  /** Each cold `astro build`, in the order they ran (run i right after our run i). */
  runs: number[];
  comparison?: BuildComparison;
}

interface BuildReport {
  manualPages: number;
  htmlPages: number;
  /** Each cold `npm run build` (scripts/build.ts), as a person or CI runs it. */
  runs: BuildRun[];
  /** The median of the runs' seconds. */
  seconds: number;
  /** The median of each step over the runs. */
  steps: Record<string, number>;
  pagesPerSecond: number;
  /** The highest of the runs. */
  peakRssBytes: number | null;
  peakRssMethod: string;
  /** Issue #22's yardstick, with --starlight. */
  starlight?: StarlightReport;
}

/** GNU time gives the exact peak RSS of the process it runs; without it, /proc is polled. */
function gnuTime(): string | null {
  const result = spawnSync('/usr/bin/time', ['--version'], { encoding: 'utf8' });
  return result.status === 0 && `${result.stdout}${result.stderr}`.includes('GNU') ? '/usr/bin/time' : null;
}

function generateContent(content: string, manualPages: number) {
  cpSync('src/content', content, { recursive: true });
  const manuals = readdirSync('src/content/manuales').filter((name) => name.endsWith('.mdx'));
  for (let index = 0; index < manualPages - manuals.length; index++) {
    const source = readFileSync(join('src/content/manuales', manuals[index % manuals.length]), 'utf8');
    const copy = source
      .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.startsWith("'") ? title.slice(0, -1) : title} (copia ${index + 1})${title.startsWith("'") ? "'" : ''}`)
      .replace(/^order: \d+$/m, `order: ${100 + index}`)
      .replace(/^relatedManuales:\n(  - .*\n)+/m, '');
    writeFileSync(join(content, 'manuales', `copia-${index + 1}.mdx`), copy);
  }
}

const countHtml = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;

/** Runs a command, keeping the end of its output for an error message; resolves with its exit code. */
async function runTimed(
  command: string,
  commandArgs: string[],
  options: { cwd?: string; env: NodeJS.ProcessEnv },
  onStart?: (child: ChildProcess) => void,
): Promise<{ code: number | null; seconds: number; output: string }> {
  const started = performance.now();
  const child = spawn(command, commandArgs, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  onStart?.(child);
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('exit', resolve);
  });
  return { code, seconds: (performance.now() - started) / 1000, output };
}

/**
 * One `npm run build` (scripts/build.ts: content check, CMS, Astro, Pagefind, service worker) of the
 * generated site in `root`, from cold: a fresh copy of the public folder and a fresh Astro cache and
 * output, all in `root/run-<n>`, so neither the working
 * tree's files nor its caches are read or written, nor an earlier run's.
 */
async function buildOurs(root: string, run: number): Promise<{ report: BuildRun; htmlPages: number }> {
  const folder = join(root, `run-${run}`);
  const out = join(folder, 'dist');
  // The CMS step writes into the public folder: a copy, so the working tree's admin keeps its own content index.
  const publicDir = join(folder, 'public');
  cpSync('public', publicDir, { recursive: true });
  const config = join(folder, 'astro.config.mjs');
  writeFileSync(
    config,
    `import config from ${JSON.stringify(resolve('astro.config.mjs'))};\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(join(folder, 'cache'))}, outDir: ${JSON.stringify(out)}, publicDir: ${JSON.stringify(publicDir)} };\n`,
  );
  const time = gnuTime();
  const rssFile = join(folder, 'max-rss');
  const timesFile = join(folder, 'times.json');
  const build = [process.execPath, 'scripts/build.ts'];
  const [command, ...commandArgs] = time ? [time, '-f', '%M', '-o', rssFile, ...build] : build;
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_ROOT: join(root, 'content'),
    ASTRO_CONFIG: relative(process.cwd(), config), // Astro joins it to the root
    DIST: out,
    PUBLIC_DIR: publicDir,
    BUILD_TIMES: timesFile,
  };
  let polledPeak: number | null = null;
  let poll: NodeJS.Timeout | undefined;
  const { code, seconds, output } = await runTimed(command, commandArgs, { env }, (child) => {
    if (time) return;
    poll = setInterval(() => {
      try {
        const peak = parseVmHwm(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (peak !== null) polledPeak = Math.max(polledPeak ?? 0, peak);
      } catch {
        // The process has just ended, or this is not Linux.
      }
    }, 100);
  });
  clearInterval(poll);
  if (code !== 0) throw new Error(`npm run build of the generated site failed (exit ${code}):\n${output}`);
  const report = {
    seconds,
    steps: JSON.parse(readFileSync(timesFile, 'utf8')) as Record<string, number>,
    peakRssBytes: time ? parseGnuTimeMaxRss(readFileSync(rssFile, 'utf8')) : polledPeak,
  };
  const htmlPages = countHtml(out);
  rmSync(folder, { recursive: true, force: true });
  return { report, htmlPages };
}

// Starlight, issue #22's yardstick -----------------------------------------------------------

/** Kept between benches, outside the tracked files: the install takes a minute or two, once. */
const STARLIGHT_PROJECT = resolve('node_modules', '.cache', 'bench-starlight');

const installedVersion = (folder: string, name: string): string | undefined => {
  try {
    return (JSON.parse(readFileSync(join(folder, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
};

/**
 * A Starlight project in STARLIGHT_PROJECT: a generated package.json pinning Starlight (it needs
 * astro ^7.2.10) and the same astro as the project's, installed with `npm install` when what is
 * installed differs. Its configuration is Starlight's defaults, in Spanish. The default sidebar lists
 * every page on every page (1,000 links our pages do not carry) but costs Starlight no time to speak
 * of: with a sidebar of one link its build of 1,000 manuals took 130 and 146 s, with the default 125 s
 * (one loaded machine, one evening).
 */
function setupStarlight(astroVersion: string) {
  const project = STARLIGHT_PROJECT;
  mkdirSync(project, { recursive: true });
  const packageJson = `${JSON.stringify(
    { name: 'bench-starlight', private: true, type: 'module', dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion } },
    null,
    2,
  )}\n`;
  const packageFile = join(project, 'package.json');
  const current = existsSync(packageFile) ? readFileSync(packageFile, 'utf8') : '';
  if (current !== packageJson || installedVersion(project, '@astrojs/starlight') !== STARLIGHT_VERSION || installedVersion(project, 'astro') !== astroVersion) {
    writeFileSync(packageFile, packageJson);
    progress('starlight', `npm install @astrojs/starlight@${STARLIGHT_VERSION} astro@${astroVersion} in ${relative(process.cwd(), project)} (once)…`);
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, encoding: 'utf8' });
    if (install.status !== 0) {
      throw new Error(`npm install failed (exit ${install.status ?? install.error?.message}): ${`${install.stdout}${install.stderr}`.trim().split('\n').slice(-6).join(' / ')}`);
    }
  }
  writeFileSync(
    join(project, 'astro.config.mjs'),
    `// Generated by scripts/bench.ts (issue #22's yardstick).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR,
  cacheDir: process.env.BENCH_CACHE_DIR,
  integrations: [
    starlight({
      title: 'Integra',
      defaultLocale: 'root',
      locales: { root: { label: 'Español', lang: 'es' } },
    }),
  ],
});
`,
  );
  mkdirSync(join(project, 'src'), { recursive: true });
  writeFileSync(
    join(project, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
}

/** The generated site's manuals as Starlight docs (src/lib/starlight-doc.ts), and a home page listing them, as our manual list does. */
function writeStarlightDocs(content: string) {
  const docs = join(STARLIGHT_PROJECT, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'manuales'), { recursive: true });
  const list: string[] = [];
  for (const name of readdirSync(join(content, 'manuales')).filter((file) => file.endsWith('.mdx')).sort()) {
    const doc = manualToStarlightDoc(readFileSync(join(content, 'manuales', name), 'utf8'));
    writeFileSync(join(docs, 'manuales', name), doc);
    const { title } = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(doc)![1]) as { title: string };
    list.push(`- [${title.replace(/[\\[\]]/g, '\\$&')}](/manuales/${name.replace(/\.mdx$/, '')}/)`);
  }
  writeFileSync(join(docs, 'index.mdx'), `---\ntitle: Manuales\n---\n\n${list.join('\n')}\n`);
}

/** One full `astro build` of the Starlight project (Pagefind included), from cold: no output, Astro or Vite cache left from before. */
async function buildStarlight(root: string, run: number): Promise<{ seconds: number; htmlPages: number }> {
  const folder = join(root, `starlight-${run}`);
  const out = join(folder, 'dist');
  for (const cache of ['.astro', join('node_modules', '.astro'), join('node_modules', '.vite')]) rmSync(join(STARLIGHT_PROJECT, cache), { recursive: true, force: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_OUT_DIR: out, BENCH_CACHE_DIR: join(folder, 'cache') };
  const { code, seconds, output } = await runTimed(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: STARLIGHT_PROJECT, env });
  if (code !== 0) throw new Error(`Starlight's astro build failed (exit ${code}): ${output.trim().split('\n').slice(-8).join(' / ')}`);
  const htmlPages = countHtml(out);
  rmSync(folder, { recursive: true, force: true });
  return { seconds, htmlPages };
}

/**
 * `buildRuns` cold builds of a site with `manualPages` manual pages (its content generated once in a
 * temporary folder); with `starlight`, each followed by Starlight's cold build of the same manuals,
 * so each pair runs under the same load of the machine.
 */
async function benchBuild(manualPages: number, buildRuns: number, starlight: boolean): Promise<BuildReport> {
  const root = mkdtempSync(join(tmpdir(), 'integra-bench-'));
  try {
    const content = join(root, 'content');
    progress('build', `Generating a site with ${manualPages} manual pages in ${root}…`);
    generateContent(content, manualPages);
    // The media folder sits beside the content (astro.config.mjs, scripts/check-content.ts).
    if (existsSync('src/assets/imagenes')) cpSync('src/assets/imagenes', join(root, 'assets', 'imagenes'), { recursive: true });

    let yardstick: StarlightReport | undefined;
    if (starlight) {
      const astroVersion = installedVersion('.', 'astro') ?? '';
      yardstick = { version: STARLIGHT_VERSION, astro: astroVersion, project: relative(process.cwd(), STARLIGHT_PROJECT), runs: [] };
      try {
        setupStarlight(astroVersion);
        writeStarlightDocs(content);
      } catch (error) {
        yardstick.error = `Starlight could not be set up: ${error instanceof Error ? error.message : String(error)}`;
        progress('starlight', `${yardstick.error}; going on without it.`);
      }
    }

    const time = gnuTime();
    const runs: BuildRun[] = [];
    let htmlPages = 0;
    for (let run = 1; run <= buildRuns; run++) {
      progress('build', `npm run build, run ${run} of ${buildRuns} (scripts/build.ts; peak memory by ${time ? 'GNU time' : 'polling /proc'})…`);
      const ours = await buildOurs(root, run);
      runs.push(ours.report);
      htmlPages = ours.htmlPages;
      if (yardstick && !yardstick.error) {
        progress('starlight', `Starlight's astro build, run ${run} of ${buildRuns}…`);
        try {
          const theirs = await buildStarlight(root, run);
          yardstick.runs.push(theirs.seconds);
          yardstick.htmlPages = theirs.htmlPages;
        } catch (error) {
          yardstick.error = error instanceof Error ? error.message : String(error);
          progress('starlight', `${yardstick.error}; going on without it.`);
        }
      }
    }
    if (yardstick && !yardstick.error) yardstick.comparison = compareBuilds(runs.map((run) => run.seconds), yardstick.runs);

    const seconds = median(runs.map((run) => run.seconds))!;
    const stepNames = [...new Set(runs.flatMap((run) => Object.keys(run.steps)))];
    const peaks = runs.map((run) => run.peakRssBytes).filter((peak): peak is number => peak !== null);
    return {
      manualPages,
      htmlPages,
      runs,
      seconds,
      steps: Object.fromEntries(stepNames.map((name) => [name, median(runs.map((run) => run.steps[name]))!])),
      pagesPerSecond: pagesPerSecond(htmlPages, seconds),
      peakRssBytes: peaks.length > 0 ? Math.max(...peaks) : null,
      peakRssMethod: time ? 'GNU time %M (max RSS of the largest process of the build)' : '/proc/<pid>/status VmHWM, polled every 100 ms (the build script only)',
      ...(yardstick && { starlight: yardstick }),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The real build, served by astro preview

function ensureDist() {
  if (existsSync('dist/index.html')) return;
  progress('dist', 'No build in dist/: running `npm run build`…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('`npm run build` failed');
}

async function isUp(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

async function startPreview(port: number): Promise<{ origin: string; server: ChildProcess }> {
  const origin = `http://127.0.0.1:${port}`;
  if (await isUp(origin)) throw new Error(`Something already listens on ${origin}: stop it or set BENCH_PORT`);
  progress('serve', `astro preview on ${origin}…`);
  const server = spawn(process.execPath, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (await isUp(origin)) return { origin, server };
    if (server.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`astro preview did not answer on ${origin}`);
}

// ---------------------------------------------------------------------------------------------
// 2. Bytes per page type, in the browser

type Phase = 'first' | 'later' | 'query';
/** One search visit: a new browser opens /buscar/, types the query and waits for its results. */
interface SearchVisit {
  query: string;
  results: number;
  /** Everything from opening the page to the results (network idle). */
  visit: LoadSummary;
  /** Of that, what typing the query and waiting for its results cost. */
  afterTyping: LoadSummary;
  /** Of that, everything under /pagefind/: the engine, its WebAssembly, index chunks and excerpts. */
  pagefind: LoadSummary;
  withinTarget: boolean;
}
interface PhasedResponse extends ResponseRecord {
  phase: Phase;
  status: number;
}

interface BytesReport {
  status: number;
  /** Until loaded and idle, islands that wait for visibility or idle time held back: HTML, CSS, eager JS, the rest. */
  firstLoad: LoadSummary;
  /** Its type's first-load aim, gzip bytes (firstLoadAimOf). */
  firstLoadAim: number;
  firstLoadWithinTarget: boolean;
  /** Then those islands let go, the page scrolled to the bottom, network idle: what hydrating on visible or idle loads. */
  later: LoadSummary;
  /** Search page: a whole visit for each of SEARCH_VISIT_QUERIES, each in a new browser context. */
  searchVisits?: SearchVisit[];
  responses: PhasedResponse[];
}

async function recordOf(request: Request, phase: Phase): Promise<PhasedResponse | null> {
  const response = await request.response();
  if (!response || !request.url().startsWith('http')) return null;
  let body: Buffer;
  try {
    body = await response.body();
  } catch {
    body = Buffer.alloc(0); // A redirect, or a body the browser let go of.
  }
  return {
    url: request.url(),
    phase,
    status: response.status(),
    kind: resourceKind(request.resourceType(), response.headers()['content-type']),
    raw: body.length,
    gzip: body.length > 0 ? gzipBytes(body) : 0,
  };
}

async function scrollThrough(page: Page) {
  for (let top = 0; top < (await page.evaluate(() => document.documentElement.scrollHeight)); top += VIEWPORT.height / 2) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    await page.waitForTimeout(40);
  }
}

/**
 * Holds back the islands that wait for visibility, idle time or a media query (Astro's client
 * directives are looked up on `self.Astro` when an island connects), so the first load is what the
 * page loads by itself: HTML, CSS, page scripts and client:load islands. `__benchRelease()` lets them go.
 */
function holdDeferredIslands() {
  const held: (() => void)[] = [];
  const directives: Record<string, (...args: unknown[]) => unknown> = {};
  let released = false;
  const astro = {};
  for (const name of ['visible', 'idle', 'media']) {
    Object.defineProperty(astro, name, {
      configurable: true,
      enumerable: true,
      get: () => directives[name] && ((...args: unknown[]) => (released ? directives[name](...args) : held.push(() => directives[name](...args)))),
      set: (directive: (...args: unknown[]) => unknown) => (directives[name] = directive),
    });
  }
  // Page scripts that wait for visibility the same way (the results charts load Chart.js when their box
  // scrolls into view: src/components/result-chart/start-charts.ts) are held back too.
  const NativeObserver = self.IntersectionObserver;
  self.IntersectionObserver = class extends NativeObserver {
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      super((entries, observer) => (released ? callback(entries, observer) : held.push(() => callback(entries, observer))), options);
    }
  };
  Object.assign(self, { Astro: astro, __benchRelease: () => ((released = true), held.splice(0).forEach((hydrate) => hydrate())) });
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

/** Records every response of a page from now on, each with the phase it was requested in. */
function recordResponses(page: Page, phaseNow: () => Phase) {
  const phaseOf = new Map<Request, Phase>();
  const records: Promise<PhasedResponse | null>[] = [];
  page.on('request', (request) => phaseOf.set(request, phaseNow()));
  page.on('requestfinished', (request) => records.push(recordOf(request, phaseOf.get(request) ?? phaseNow())));
  return async () => (await Promise.all(records)).filter((record): record is PhasedResponse => record !== null);
}

async function measureSearchVisit(browser: Browser, url: string, query: string): Promise<SearchVisit> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'es-EC', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    let phase: Phase = 'first';
    const responses = recordResponses(page, () => phase);
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    phase = 'query';
    const input = page.locator('[data-search-root] input[type="search"]');
    await input.fill(query);
    await input.press('Enter');
    await page.locator('[data-search-status]').filter({ hasText: /resultado|No encontramos/ }).waitFor({ timeout: 30_000 });
    await settle(page);
    const all = await responses();
    const visit = summarizeResponses(all);
    return {
      query,
      results: await page.locator('[data-search-results] > li').count(),
      visit,
      afterTyping: summarizeResponses(all.filter((record) => record.phase === 'query')),
      pagefind: summarizeResponses(all.filter((record) => new URL(record.url).pathname.startsWith('/pagefind/'))),
      withinTarget: visit.transferred <= SEARCH_VISIT_TARGET,
    };
  } finally {
    await context.close();
  }
}

async function measureSearchVisits(browser: Browser, url: string): Promise<SearchVisit[]> {
  const visits: SearchVisit[] = [];
  for (const query of SEARCH_VISIT_QUERIES) visits.push(await measureSearchVisit(browser, url, query));
  return visits;
}

async function measureBytes(browser: Browser, url: string, pageType: string): Promise<BytesReport> {
  const isSearch = pageType === 'search';
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'es-EC', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(holdDeferredIslands);
    let phase: Phase = 'first';
    const recorded = recordResponses(page, () => phase);
    const response = await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    // Paper's stylesheet (media="print") never holds up the screen: counted under «Other», not CSS.
    const printOnly = new Set(await page.$$eval('link[rel="stylesheet"][media="print"]', (links) => links.map((link) => (link as HTMLLinkElement).href)));

    phase = 'later';
    await page.evaluate(() => (self as unknown as { __benchRelease: () => void }).__benchRelease());
    await scrollThrough(page);
    await settle(page);

    const responses = (await recorded()).map((record) =>
      printOnly.has(record.url) ? { ...record, kind: 'other' as const } : record,
    );
    const inPhase = (p: Phase) => responses.filter((record) => record.phase === p);
    const firstLoad = summarizeResponses(inPhase('first'));
    return {
      status: response?.status() ?? 0,
      firstLoad,
      firstLoadAim: firstLoadAimOf(pageType),
      firstLoadWithinTarget: meetsFirstLoadTarget(firstLoad, firstLoadAimOf(pageType)),
      later: summarizeResponses(inPhase('later')),
      ...(isSearch && { searchVisits: await measureSearchVisits(browser, url) }),
      responses,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse

interface LighthouseReport {
  url: string;
  /** Each run, with the weighted audits that scored below 100 in it. */
  runs: (LighthouseRun & { failingAudits: { category: string; id: string; score: number }[]; runtimeError?: string })[];
  median: LighthouseRun;
  meetsTarget: boolean;
}

/** Lighthouse does not audit a page answered with 404, so the not-found page is audited as the file it is served from. */
const lighthouseUrl = (origin: string, key: string, path: string) => (key === 'notFound' ? `${origin}/404.html` : `${origin}${path}`);

async function runLighthouse(url: string, chromePath: string): Promise<LighthouseReport['runs'][number]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...LIGHTHOUSE_CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    report.lighthouse = lhr.lighthouseVersion;
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
    const failingAudits = LIGHTHOUSE_CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && typeof lhr.audits[ref.id]?.score === 'number' && lhr.audits[ref.id].score! < 1)
        .map((ref) => ({ category, id: ref.id, score: lhr.audits[ref.id].score! })),
    );
    return {
      scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, lhr.categories[category]?.score ?? null])) as LighthouseRun['scores'],
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      failingAudits,
      ...(lhr.runtimeError && { runtimeError: lhr.runtimeError.message }),
    };
  } finally {
    chrome.kill();
  }
}

/** A run that fails (a protocol timeout on a busy machine) is tried once more, then recorded as failed. */
async function runLighthouseWithRetry(url: string, chromePath: string): Promise<LighthouseReport['runs'][number]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouse(url, chromePath);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt < 2) {
        console.log(`  Lighthouse failed (${message}); trying again…`);
        continue;
      }
      const none = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, null])) as LighthouseRun['scores'];
      return { scores: none, lcp: null, tbt: null, cls: null, failingAudits: [], runtimeError: message };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Readability

interface ReadabilityReport {
  pages: PageReadability[];
  byType: PageTypeReadability[];
}

function benchReadability(): ReadabilityReport {
  const paths = sitemapPaths();
  progress('readability', `INFLESZ of ${paths.length} sitemap pages…`);
  const pages = paths.map((path) => measurePage(path, readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8')));
  return { pages, byType: summarizeReadability(pages) };
}

// ---------------------------------------------------------------------------------------------

interface PageReport {
  key: string;
  path: string;
  bytes?: BytesReport;
  lighthouse?: LighthouseReport;
}

const report: {
  date: string;
  node: string;
  chromium?: string;
  lighthouse?: string;
  options: typeof options;
  build?: BuildReport;
  publish?: PublishReport;
  pages: PageReport[];
  readability?: ReadabilityReport;
  notes: string[];
} = {
  date: new Date().toISOString(),
  node: process.version,
  options,
  pages: pageTypes.map(({ key, path }) => ({ key, path })),
  notes: [
    'Bytes: gzip sizes are computed from the response bodies at level 9; "transferred" counts each response as a compressing server sends it (the smaller of raw and gzip).',
    `Bytes: measured in Chromium at ${VIEWPORT.width}x${VIEWPORT.height}, service workers blocked; first load = until the page is loaded and the network idle, with islands that hydrate on visible, idle or media held back (so: HTML, CSS, page scripts, client:load islands); later = those islands let go and the page scrolled to the bottom until the network is idle; search visit = a new browser opens the search page, types a two-word query and waits until its results show and the network is idle: everything transferred from opening the page.`,
    'Lighthouse: mobile preset (default form factor and simulated throttling), median of each score and metric over the runs; the not-found page is audited at /404.html, since Lighthouse refuses a 404 response.',
    'Readability: Szigriszt-Pazos perspicuity P = 206.835 − 62.3 · syllables/words − words/sentences on the INFLESZ scale, over the text of <main> less navigation, related content, the last-updated line, the quiz island and hidden text (src/lib/page-text.ts says what is left out); syllables by the splitter of src/lib/readability.ts; headings, list items and table cells count as sentences.',
  ],
};

if (options.build) report.build = await benchBuild(options.pages, options.buildRuns, options.starlight);

if (options.publish) {
  ensureDist();
  report.publish = await benchPublish({
    runs: options.publishRuns,
    port: options.publishPort,
    decapPort: options.publishDecapPort,
    progress: (message) => progress('publish', message),
  });
}

if (options.bytes || options.lighthouse) {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install Debian\'s chromium (see scripts/chromium.ts)');
  ensureDist();
  const { origin, server } = await startPreview(options.port);
  try {
    if (options.bytes) {
      const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
      report.chromium = browser.version();
      try {
        for (const [index, page] of report.pages.entries()) {
          progress(`${index + 1}/${report.pages.length}`, `Bytes ${page.path}…`);
          page.bytes = await measureBytes(browser, origin + page.path, page.key);
        }
      } finally {
        await browser.close();
      }
    }
    if (options.lighthouse) {
      for (const [index, page] of report.pages.entries()) {
        const url = lighthouseUrl(origin, page.key, page.path);
        const runs: LighthouseReport['runs'] = [];
        for (let run = 1; run <= options.runs; run++) {
          progress(`${index + 1}/${report.pages.length}`, `Lighthouse ${new URL(url).pathname} (run ${run} of ${options.runs})…`);
          runs.push(await runLighthouseWithRetry(url, chromePath));
        }
        const median = medianRun(runs);
        page.lighthouse = { url, runs, median, meetsTarget: meetsLighthouseTarget(median) };
      }
    }
  } finally {
    if (server.exitCode === null) server.kill('SIGTERM');
  }
}

ensureDist();
report.readability = benchReadability();

// ---------------------------------------------------------------------------------------------
// Report

/** Issue #22's ratio, or why it was not measured. */
function buildRatioLine(build: BuildReport): string {
  const sl = build.starlight;
  if (!sl) return `Ratio against Starlight (#22: ≤ ${BUILD_RATIO_TARGET}): not measured; \`npm run bench -- --starlight\` (or BENCH_STARLIGHT=1) builds the same pages with Starlight, alternating.`;
  if (!sl.comparison) return `Ratio against Starlight (#22: ≤ ${BUILD_RATIO_TARGET}): not measured: ${sl.error ?? 'no run'}`;
  const c: BuildComparison = sl.comparison;
  return (
    `Ratio ours / Starlight ${sl.version}, median of ${c.pairRatios.length} alternating pair${c.pairRatios.length === 1 ? '' : 's'}: ${c.ratio!.toFixed(2)}x ` +
    `(${c.oursMedianSeconds!.toFixed(1)} s against ${c.starlightMedianSeconds!.toFixed(1)} s median; #22: ≤ ${BUILD_RATIO_TARGET} ${mark(c.meetsTarget)})`
  );
}

mkdirSync('bench-report', { recursive: true });
const stamp = report.date.replace(/[:.]/g, '-').replace(/-\d+Z$/, 'Z');
const json = JSON.stringify(report, null, 2);
writeFileSync(join('bench-report', `bench-${stamp}.json`), json);
writeFileSync(join('bench-report', 'latest.json'), json);

console.log('');
if (report.build) {
  const b = report.build;
  const runsOf = (seconds: readonly number[]) => seconds.map((value) => value.toFixed(1)).join(', ');
  const times = b.runs.length === 1 ? `${b.seconds.toFixed(1)} s` : `a median ${b.seconds.toFixed(1)} s of ${b.runs.length} runs (${runsOf(b.runs.map((run) => run.seconds))} s)`;
  console.log(
    `Build (npm run build from cold): ${b.htmlPages} pages (${b.manualPages} manual pages) in ${times}, ${b.pagesPerSecond.toFixed(1)} pages/s, peak memory ${formatBytes(b.peakRssBytes)}`,
  );
  console.log(
    `  Steps${b.runs.length === 1 ? '' : ' (median)'}: ${Object.entries(b.steps).filter(([name]) => name !== 'total').map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(', ')} (check and cms side by side)`,
  );
  const sl = b.starlight;
  if (sl?.comparison) {
    console.log(
      `  Starlight ${sl.version} (astro ${sl.astro}; astro build, Pagefind included), the same ${b.manualPages} manuals as docs: ${sl.htmlPages} pages, ` +
        `a median ${sl.comparison.starlightMedianSeconds!.toFixed(1)} s (${runsOf(sl.runs)} s); pair-wise ratios ${sl.comparison.pairRatios.map((ratio) => ratio.toFixed(2)).join(', ')}.`,
    );
  }
  console.log(`  ${buildRatioLine(b)}`);
  console.log('');
}

if (report.publish) {
  const p = report.publish;
  const seconds = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)} s`);
  console.log(
    `Publish to visible (npm start, ${p.field} of ${p.entry} until ${p.page} shows it), median of ${p.runs}: ${seconds(p.medianVisibleSeconds)} ` +
      `(#22: ≤ ${PUBLISH_TARGET_SECONDS} s ${mark(p.meetsTarget)}; #17: under ${PUBLISH_TARGET_SECONDS_17} s ${mark(p.meetsTarget17)}); ` +
      `search and offline copy updated after ${seconds(p.medianDoneSeconds)}.`,
  );
  console.log(`  Runs: ${p.measured.map((run) => run.visibleSeconds.toFixed(1)).join(', ')} s; Astro's process warmed up in ${p.warmRuns} of ${p.runs}`);
  const steps = Object.entries(p.medianSteps);
  if (steps.length > 0) console.log(`  Steps (median): ${steps.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
  console.log('');
}

const kb = (raw: number, gzip: number) => `${formatKB(raw)} / ${formatKB(gzip)}`;
if (options.bytes) {
  console.log(`Bytes per page type (KB, raw / gzip). First load = HTML, CSS, page scripts and client:load islands; later = islands hydrated on visible/idle. Aim ≤ ${formatBytes(FIRST_LOAD_TARGET)} gzip of HTML + CSS + JS (the diagnostic ≤ ${formatBytes(firstLoadAimOf('diagnostic'))}).`);
  const rows = report.pages.map(({ key, path, bytes }) => {
    const b = bytes!;
    return [
      key,
      path,
      kb(b.firstLoad.html.raw, b.firstLoad.html.gzip),
      kb(b.firstLoad.css.raw, b.firstLoad.css.gzip),
      kb(b.firstLoad.js.raw, b.firstLoad.js.gzip),
      formatKB(b.firstLoad.other.gzip),
      String(b.firstLoad.requests),
      formatKB(b.firstLoad.pageGzip),
      `${mark(b.firstLoadWithinTarget)} ≤ ${formatKB(b.firstLoadAim)}`,
      b.later.js.requests ? `${formatKB(b.later.js.gzip)} (${b.later.js.requests})` : '0',
      b.later.requests ? `${formatKB(b.later.transferred)} (${b.later.requests})` : '0',
    ];
  });
  console.log(
    renderTable(
      ['Page type', 'Path', 'HTML', 'CSS', 'JS', 'Other gz', 'Req', 'First load gz', 'Aim', 'Later JS gz (req)', 'Later all (req)'],
      rows,
      ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'right', 'right'],
    ),
  );
  const visits = report.pages.find((page) => page.key === 'search')?.bytes?.searchVisits;
  if (visits) {
    console.log(`Search visits (KB as sent compressed): opening /buscar/, typing the query, its results. Target ≤ ${formatBytes(SEARCH_VISIT_TARGET)} each.`);
    console.log(
      renderTable(
        ['Query', 'Results shown', 'Opening the page', 'Typing to results', 'Of which Pagefind', 'Whole visit (req)', '≤150 KB'],
        visits.map((v) => [
          `«${v.query}»`,
          String(v.results),
          formatKB(v.visit.transferred - v.afterTyping.transferred),
          formatKB(v.afterTyping.transferred),
          formatKB(v.pagefind.transferred),
          `${formatKB(v.visit.transferred)} (${v.visit.requests})`,
          mark(v.withinTarget),
        ]),
        ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
      ),
    );
  }
  console.log('');
}

if (options.lighthouse) {
  console.log(`Lighthouse, mobile, median of ${options.runs} run${options.runs === 1 ? '' : 's'}. Target: 100 in all four categories.`);
  const rows = report.pages.map(({ key, lighthouse: lh }) => {
    const m = lh!.median;
    return [
      key,
      new URL(lh!.url).pathname,
      ...LIGHTHOUSE_CATEGORIES.map((category) => formatScore(m.scores[category])),
      formatMs(m.lcp),
      formatMs(m.tbt),
      formatCls(m.cls),
      mark(lh!.meetsTarget),
    ];
  });
  console.log(
    renderTable(['Page type', 'URL', 'Perf', 'A11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS', '100×4'], rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left']),
  );
  // Per audit, each page where it scored below 100 in some run, with its lowest score.
  const failing = new Map<string, Map<string, number>>();
  for (const page of report.pages) {
    for (const run of page.lighthouse!.runs) {
      for (const audit of run.failingAudits) {
        const pages = failing.get(`${audit.category}: ${audit.id}`) ?? new Map<string, number>();
        pages.set(page.key, Math.min(pages.get(page.key) ?? 1, audit.score));
        failing.set(`${audit.category}: ${audit.id}`, pages);
      }
    }
  }
  if (failing.size > 0) {
    console.log('Audits below 100 in some run (lowest score):');
    for (const [audit, pages] of [...failing].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`  ${audit}: ${[...pages].map(([page, score]) => `${page} ${formatScore(score)}`).join(', ')}`);
    }
  }
  const errors = report.pages.flatMap((page) => page.lighthouse!.runs.filter((run) => run.runtimeError).map((run) => `${page.key}: ${run.runtimeError}`));
  if (errors.length > 0) console.log(`Lighthouse runs that failed:\n  ${errors.join('\n  ')}`);
  console.log('');
}

const readabilityReport = report.readability!;
const targets = Object.entries(READABILITY_TARGETS).map(([type, target]) => `${type} ≥ ${target}`).join(', ');
console.log(`Readability: INFLESZ (Szigriszt-Pazos) of the main text of ${readabilityReport.pages.length} sitemap pages. Targets: ${targets}; no page below ${READABILITY_FLOOR}.`);
console.log(formatReadability(readabilityReport.pages, readabilityReport.byType));
console.log('');

const met = (flags: boolean[]) => `${flags.filter(Boolean).length} of ${flags.length}`;
if (options.bytes) console.log(`First load within its aim (14 KB gzip; the diagnostic 40 KB): ${met(report.pages.map((page) => page.bytes!.firstLoadWithinTarget))} page types.`);
const searchVisits = report.pages.find((page) => page.key === 'search')?.bytes?.searchVisits;
if (searchVisits) console.log(`Search visit ≤ ${formatBytes(SEARCH_VISIT_TARGET)}: ${met(searchVisits.map((visit) => visit.withinTarget))} queries.`);
if (options.lighthouse) console.log(`Lighthouse 100 in all four categories: ${met(report.pages.map((page) => page.lighthouse!.meetsTarget))} page types.`);
console.log(`INFLESZ ≥ ${READABILITY_FLOOR}: ${met(readabilityReport.pages.map((page) => page.score !== null && page.score >= READABILITY_FLOOR))} pages.`);
if (report.build) console.log(`Build: ${buildRatioLine(report.build)}`);
if (report.publish) console.log(`Publish to visible: ${report.publish.medianVisibleSeconds?.toFixed(1) ?? '–'} s median (≤ ${PUBLISH_TARGET_SECONDS} s ${mark(report.publish.meetsTarget)}, < ${PUBLISH_TARGET_SECONDS_17} s ${mark(report.publish.meetsTarget17)}).`);
console.log(`Full report: bench-report/bench-${stamp}.json (and bench-report/latest.json)`);
process.exit(0);
