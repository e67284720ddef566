/**
 * `npm run build`: the whole build, its independent steps side by side, with the time of each.
 *
 *   1. the content check      ┐ side by side: neither reads what the other writes (the check without its
 *                             │ style advice, which `npm run check:content` prints)
 *      the CMS (public/admin) ┘
 *   2. astro build
 *   3. the search index, then the service worker (which precaches that index)
 *
 * The .gz and .br files are not part of it: only a plain static host uses them (nginx's brotli_static and
 * gzip_static; Cloudflare Pages compresses what it serves itself), so the nginx deploy runs
 * `npm run build:compress` after this (README, «Deploy»), and so does `npm test`, which serves dist/ through nginx.
 *
 * A failing step stops the build with its own message and exit code; its partner is stopped too.
 * Env: CONTENT_ROOT (src/content), ASTRO_CONFIG (a config file for `astro build --config`, as the bench
 * uses), DIST (where that config builds: dist), BUILD_TIMES (a file to write the step times to, as JSON).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const CONTENT_ROOT = process.env.CONTENT_ROOT ?? 'src/content';
const DIST = process.env.DIST ?? 'dist';
const ASTRO_CONFIG = process.env.ASTRO_CONFIG;

const running = new Set<ChildProcess>();
const times: Record<string, number> = {};

/** Runs one step as its own process (`node …`), its output passed through; rejects on a non-zero exit. */
function step(name: string, args: string[]): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, DIST } });
    running.add(child);
    child.on('error', reject);
    child.on('exit', (code) => {
      running.delete(child);
      times[name] = (performance.now() - started) / 1000;
      if (code === 0) resolve();
      else reject(new BuildStepError(name, code ?? 1));
    });
  });
}

class BuildStepError extends Error {
  readonly code: number;
  constructor(step: string, code: number) {
    super(`build: ${step} failed (exit ${code})`);
    this.code = code;
  }
}

const astroArgs = ['node_modules/astro/bin/astro.mjs', 'build', ...(ASTRO_CONFIG ? ['--config', ASTRO_CONFIG] : [])];
const started = performance.now();
try {
  await Promise.all([step('check', ['scripts/check-content.ts', '--no-advice', CONTENT_ROOT]), step('cms', ['scripts/build-cms.ts'])]);
  await step('astro', astroArgs);
  await step('search', ['scripts/build-search-index.ts', DIST]);
  await step('serviceWorker', ['scripts/build-sw.ts']);
} catch (error) {
  for (const child of running) child.kill();
  console.error(error instanceof BuildStepError ? error.message : error);
  process.exit(error instanceof BuildStepError ? error.code : 1);
}
times.total = (performance.now() - started) / 1000;
const line = Object.entries(times)
  .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
  .join(', ');
console.log(`\nBuild done: ${line}`);
if (process.env.BUILD_TIMES) writeFileSync(process.env.BUILD_TIMES, JSON.stringify(times));
