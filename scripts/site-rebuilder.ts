/**
 * `npm start`'s rebuild after an editor publishes. dist/ keeps serving the previous version throughout
 * (no 404 during a rebuild); the admin reads how it goes from /admin/estado-publicacion.json
 * (src/lib/publish-status.ts), so an editor never has to read a terminal.
 *
 * Two phases, so the new text shows as soon as its pages exist:
 * 1. Pages: the content check, then `astro build` into dist-next/. The check runs first because Astro
 *    runs the MDX it compiles: content that fails the check (the MDX safety check among it) never reaches
 *    Astro, and is never served. dist-next/ gets the content index the admin reads, and the previous
 *    search index and service worker (still valid for the pages they list), then is swapped in.
 * 2. Search and offline: the search index is built from the served pages beside them and swapped in,
 *    then the service worker, which precaches that index, is written and renamed into place. The admin
 *    says «falta actualizar la búsqueda…» meanwhile; a failure here leaves the previous index and worker.
 *
 * Both phase-1 steps run in processes started ahead of time (scripts/rebuild-worker.ts): their modules
 * are loaded, and the check has run once, before the editor publishes.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { PUBLISH_STATUS_PATH, failureSummary, type PublishStatus, type StepTimes } from '../src/lib/publish-status.ts';
import { SEARCH_WORDS_URL } from '../src/lib/search-suggestion.ts';
import { SERVICE_WORKER_URL } from '../src/lib/offline-cache.ts';
import { CONTENT_INDEX_FILE } from './lib/content-index-file.ts';
import { WARM_UP_FOLDER, type WorkerFollowUp, type WorkerMessage, type WorkerRequest, type WorkerResult } from './lib/rebuild-protocol.ts';

export const SERVED = 'dist';
const NEXT = 'dist-next';
const PREVIOUS = 'dist-previous';
/** Where phase 2 writes the new search index and service worker before renaming them into SERVED (same disk). */
const STAGING = 'dist-search';

/** What phase 2 replaces, and phase 1 carries over from the served site meanwhile. */
const SEARCH_FILES = ['pagefind', SEARCH_WORDS_URL.slice(1)];
const SERVICE_WORKER = SERVICE_WORKER_URL.slice(1);

export function writeStatus(site: string, status: PublishStatus) {
  if (!existsSync(site)) return;
  const path = join(site, PUBLISH_STATUS_PATH);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(status));
}

/** A phase-1 step in a process of its own, started (and made ready) before it is needed. */
class PreparedStep {
  readonly #child: ChildProcess;
  /** Resolves once it has loaded and warmed up, and waits for its run (or has ended). */
  readonly ready: Promise<void>;
  readonly #ended: Promise<WorkerResult>;
  /** What the step sends after its result, if anything (undefined once the process has ended without it). */
  readonly followUp: Promise<WorkerFollowUp | undefined>;
  #output = '';
  /** Whether it has loaded and warmed up, and waits for its run. */
  isReady = false;

  constructor(task: 'check' | 'astro', { warmUp = true } = {}) {
    this.#child = fork('scripts/rebuild-worker.ts', [task, ...(warmUp ? [] : ['--no-warm-up'])], {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const keep = (chunk: Buffer) => (this.#output = (this.#output + String(chunk)).slice(-20_000));
    this.#child.stdout!.on('data', keep);
    this.#child.stderr!.on('data', keep);
    let onReady = () => {};
    this.ready = new Promise<void>((resolve) => (onReady = resolve)).then(() => {
      this.isReady = true;
    });
    let onFollowUp: (followUp: WorkerFollowUp | undefined) => void = () => {};
    this.followUp = new Promise((resolve) => (onFollowUp = resolve));
    this.#ended = new Promise((resolve) => {
      this.#child.on('message', (message: WorkerMessage) => {
        if ('ready' in message) onReady();
        else if ('result' in message) resolve(message.result);
        else onFollowUp(message.followUp);
      });
      // A process that ends without answering (it crashed while loading, or was stopped) fails its step.
      this.#child.on('exit', (code, signal) => {
        onReady();
        resolve({ ok: false, error: `the step stopped (${signal ?? `exit ${code}`}) without finishing` });
        onFollowUp(undefined);
      });
    });
  }

  /** Runs the step once; resolves with its answer and what it printed. */
  async run(request: WorkerRequest): Promise<{ reply: WorkerResult; output: string; followUp: Promise<WorkerFollowUp | undefined> }> {
    await this.ready;
    if (this.#child.connected) this.#child.send(request);
    const reply = await this.#ended;
    return { reply, output: this.#output, followUp: this.followUp };
  }

  stop() {
    if (this.#child.exitCode === null) this.#child.kill('SIGTERM');
  }
}

/** Runs a script with this Node; resolves with its exit code and what it printed. */
function runScript(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Replaces `target` by `replacement` with two renames: `target` is missing for the moment between them
 * only. What it replaced is left at `previous`, for the caller to delete when nothing waits on it.
 */
function swapIn(replacement: string, target: string, previous: string) {
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(replacement, target);
}

/** Builds and serves the site after a content change, in the two phases above. One rebuild at a time. */
export class SiteRebuilder {
  #check: PreparedStep;
  #astro: PreparedStep;

  #rebuilds = 0;

  constructor() {
    // What a step stopped while warming up left behind (none of them runs yet).
    rmSync(WARM_UP_FOLDER, { recursive: true, force: true });
    this.#check = new PreparedStep('check');
    this.#astro = new PreparedStep('astro');
    this.#sayWhenPrepared({ state: 'watching', since: Date.now() });
  }

  /**
   * Adds `ready` to the status once the next rebuild's steps are prepared, unless a rebuild has started
   * since: the bench waits for it, as an editor's next publication usually comes minutes later.
   */
  #sayWhenPrepared(status: Extract<PublishStatus, { ready?: boolean }>) {
    const rebuilds = this.#rebuilds;
    void Promise.all([this.#check.ready, this.#astro.ready]).then(() => {
      if (this.#rebuilds === rebuilds) writeStatus(SERVED, { ...status, ready: true });
    });
  }

  /** Stops the prepared step processes (they also end by themselves when this process does). */
  stop() {
    this.#check.stop();
    this.#astro.stop();
  }

  async rebuild(): Promise<PublishStatus> {
    this.#rebuilds++;
    const since = Date.now();
    const steps: StepTimes = {};
    const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
      const started = performance.now();
      try {
        return await work();
      } finally {
        steps[name] = Math.round(performance.now() - started);
      }
    };
    const fail = (error: string, published = false): PublishStatus => {
      const status: Extract<PublishStatus, { state: 'failed' }> = { state: 'failed', at: Date.now(), error, ...(published && { published }), steps };
      writeStatus(SERVED, status);
      this.#sayWhenPrepared(status);
      return status;
    };
    writeStatus(SERVED, { state: 'building', since });
    rmSync(NEXT, { recursive: true, force: true });

    // Phase 1: the pages.
    // Each prepared process runs once; the next ones are started once the pages are served, so that
    // loading them does not take the processor from this rebuild's steps.
    const checked = await timed('check', () => this.#check.run({ root: 'src/content' }));
    if (!checked.reply.ok) {
      this.#check = new PreparedStep('check');
      const issues = checked.reply.issues?.length ? checked.reply.issues.map((line) => `  ${line}`).join('\n') : (checked.reply.error ?? checked.output);
      return fail(failureSummary(issues));
    }
    // An Astro step still warming up (a publication soon after another) would make this one wait for a whole
    // build first: a fresh one that only loads Astro is quicker.
    if (!this.#astro.isReady) {
      this.#astro.stop();
      this.#astro = new PreparedStep('astro', { warmUp: false });
    }
    const built = await timed('astro', () => this.#astro.run({ outDir: resolve(NEXT) }));
    if (checked.reply.cpuMs !== undefined) steps.checkCpu = checked.reply.cpuMs;
    if (built.reply.cpuMs !== undefined) steps.astroCpu = built.reply.cpuMs;
    // Whether Astro's process had built once before (its build then takes about 40% less processor time).
    const warm = built.reply.warmedUp === true;
    this.#check = new PreparedStep('check');
    this.#astro = new PreparedStep('astro');
    if (!built.reply.ok) {
      rmSync(NEXT, { recursive: true, force: true });
      return fail(failureSummary(`${built.output}\n${built.reply.error ?? ''}`));
    }
    // The check's process has written the admin's content index while Astro built.
    const contentIndex = (await checked.followUp)?.contentIndex;
    if (contentIndex === undefined) {
      rmSync(NEXT, { recursive: true, force: true });
      return fail(failureSummary(`The admin's content index was not written:\n${checked.output}`));
    }
    await timed('swap', () => {
      writeFileSync(join(NEXT, CONTENT_INDEX_FILE), contentIndex);
      for (const file of [...SEARCH_FILES, SERVICE_WORKER]) {
        if (existsSync(join(SERVED, file))) cpSync(join(SERVED, file), join(NEXT, file), { recursive: true });
      }
      const visible = Date.now();
      writeStatus(NEXT, { state: 'indexing', since, at: visible, seconds: (visible - since) / 1000, steps, warm });
      swapIn(NEXT, SERVED, PREVIOUS);
    });
    const visible = Date.now();

    // Phase 2: search and offline, from the pages now served.
    rmSync(STAGING, { recursive: true, force: true });
    const search = await timed('search', () => runScript(['scripts/build-search-index.ts', SERVED, STAGING]));
    if (search.code !== 0) return fail(failureSummary(search.output), true);
    swapIn(join(STAGING, 'pagefind'), join(SERVED, 'pagefind'), join(STAGING, 'pagefind-previous'));
    renameSync(join(STAGING, SEARCH_WORDS_URL.slice(1)), join(SERVED, SEARCH_WORDS_URL.slice(1)));
    const worker = await timed('serviceWorker', () => runScript(['scripts/build-sw.ts'], { DIST: SERVED, SW_DEST: join(STAGING, SERVICE_WORKER) }));
    if (worker.code !== 0) return fail(failureSummary(worker.output), true);
    renameSync(join(STAGING, SERVICE_WORKER), join(SERVED, SERVICE_WORKER));
    await Promise.all([rm(STAGING, { recursive: true, force: true }), rm(PREVIOUS, { recursive: true, force: true })]);

    const status: Extract<PublishStatus, { state: 'done' }> = { state: 'done', at: Date.now(), seconds: (visible - since) / 1000, steps, warm };
    writeStatus(SERVED, status);
    this.#sayWhenPrepared(status);
    return status;
  }
}

/** The newest modification time of any file in the folders. */
function latestChange(folders: string[]): number {
  let latest = 0;
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return latest;
}

const formatSteps = (steps: StepTimes = {}) =>
  Object.entries(steps)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');

/** Rebuilds once the changes in the folders stop for a moment; a save during a rebuild rebuilds once more. */
export function watchAndRebuild(folders: string[]): SiteRebuilder {
  const rebuilder = new SiteRebuilder();
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let again = false;
  const rebuild = async () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    const started = Date.now();
    console.log('Contenido cambiado: reconstruyendo el portal…');
    const status = await rebuilder.rebuild();
    building = false;
    if (status.state === 'done') {
      console.log(`Portal actualizado: lo publicado se ve desde los ${status.seconds.toFixed(1)} s (${formatSteps(status.steps)}; Astro ${status.warm ? 'preparado' : 'sin preparar'}).`);
    }
    else if (status.state === 'failed' && status.published) console.log(`Lo publicado ya se ve, pero la búsqueda o la copia sin conexión no se actualizaron.\n${status.error}`);
    else if (status.state === 'failed') console.log(`La reconstrucción falló; el portal sigue con la versión anterior.\n${status.error}`);
    if (again || latestChange(folders) > started) {
      again = false;
      void rebuild();
    }
  };
  for (const folder of folders) {
    if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
    watch(folder, { recursive: true }, () => {
      clearTimeout(timer);
      // Decap writes an entry and its uploads one after the other: wait until they stop.
      timer = setTimeout(() => void rebuild(), 100);
    });
  }
  return rebuilder;
}
