/**
 * `npm start` (scripts/serve.ts --watch) running in a throwaway copy of this working tree, so the bench
 * and the browser tests can publish into its content and watch its rebuilds without touching the real
 * src/content. The copy has the sources, the built site (dist/, which must exist) and its own
 * node_modules/ folder of links to this tree's packages, but its own caches (.astro, .vite), so its
 * builds never mix with the working tree's. Its admin talks to its own decap-server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PUBLISH_STATUS_PATH, type PublishStatus } from '../../src/lib/publish-status.ts';

/** What the copy needs to build and serve; dist/ is copied apart (without its .gz/.br files). */
const SOURCES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Caches that belong to one tree: the copy starts without them. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache', '.vitest']);

export interface StartCopy {
  root: string;
  origin: string;
  decapOrigin: string;
  /** The path of a content file in the copy, e.g. "manuales/gestion-de-casos.mdx". */
  contentFile(path: string): string;
  /** What the copy's admin reads about the last rebuild, or null before the first. */
  status(): Promise<PublishStatus | null>;
  /** Stops the copy's servers and deletes it. */
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

/** Makes the copy and starts its `npm start` servers on the given ports; resolves when both answer. */
export async function startCopy({ port, decapPort, log }: { port: number; decapPort: number; log?: (line: string) => void }): Promise<StartCopy> {
  const origin = `http://127.0.0.1:${port}`;
  const decapOrigin = `http://127.0.0.1:${decapPort}`;
  for (const url of [origin, decapOrigin]) if (await answers(url)) throw new Error(`Something already listens on ${url}: stop it or choose other ports`);
  if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build` first');

  const root = mkdtempSync(join(tmpdir(), 'integra-start-'));
  for (const source of SOURCES) cpSync(source, join(root, source), { recursive: true });
  cpSync('dist', join(root, 'dist'), { recursive: true, filter: (path) => !/\.(gz|br)$/.test(path) });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (!OWN_CACHES.has(name)) symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
  }
  // The copy's admin saves through the copy's decap-server (its address is written into config.yml).
  const cms = spawnSync(process.execPath, ['scripts/build-cms.ts'], { cwd: root, env: { ...process.env, DECAP_PORT: String(decapPort) }, encoding: 'utf8' });
  if (cms.status !== 0) throw new Error(`build-cms in the copy failed:\n${cms.stderr}`);
  rmSync(join(root, 'dist/admin'), { recursive: true, force: true });
  cpSync(join(root, 'public/admin'), join(root, 'dist/admin'), { recursive: true });

  // Its own process group, so stopping it stops decap-server and astro preview with it.
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.ts', '--watch'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DECAP_PORT: String(decapPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const forward = (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) if (line.trim()) log?.(line);
  };
  server.stdout!.on('data', forward);
  server.stderr!.on('data', forward);
  // If this process ends first (an error, Ctrl+C), the copy's servers and files go with it.
  const stopAtExit = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    rmSync(root, { recursive: true, force: true });
  };
  const exitOnSignal = () => process.exit(130);
  process.once('exit', stopAtExit);
  process.once('SIGINT', exitOnSignal);
  process.once('SIGTERM', exitOnSignal);
  const stopServer = async () => {
    process.off('exit', stopAtExit);
    process.off('SIGINT', exitOnSignal);
    process.off('SIGTERM', exitOnSignal);
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  };

  const copy: StartCopy = {
    root,
    origin,
    decapOrigin,
    contentFile: (path) => join(root, 'src/content', path),
    async status() {
      try {
        const response = await fetch(`${origin}/${PUBLISH_STATUS_PATH}`, { cache: 'no-store' });
        return response.ok ? ((await response.json()) as PublishStatus) : null;
      } catch {
        return null;
      }
    },
    async stop() {
      await stopServer();
      rmSync(root, { recursive: true, force: true });
    },
  };
  try {
    for (let waited = 0; !(await answers(`${origin}/`)) || !(await answers(`${decapOrigin}/api/v1`)); waited += 250) {
      if (server.exitCode !== null) throw new Error(`scripts/serve.ts in the copy stopped (exit ${server.exitCode})`);
      if (waited > 120_000) throw new Error(`The copy's servers did not answer on ${origin} and ${decapOrigin} within two minutes`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } catch (error) {
    await copy.stop();
    throw error;
  }
  return copy;
}

/**
 * Saves a file of the copy's content through its decap-server, as Decap's «Publicar» does
 * (persistEntry with the entry's whole text).
 */
export async function persistEntry(copy: StartCopy, path: string, raw: string): Promise<void> {
  const [collection, name] = path.split('/');
  const response = await fetch(`${copy.decapOrigin}/api/v1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ path: `src/content/${path}`, raw, slug: name.replace(/\.(mdx|yaml)$/, '') }],
        assets: [],
        options: { collectionName: collection, commitMessage: `Update ${path}`, useWorkflow: false, status: 'draft' },
      },
    }),
  });
  if (!response.ok) throw new Error(`decap-server refused the save of ${path}: ${response.status} ${await response.text()}`);
}

/** The text of a content file in the copy. */
export const readCopyFile = (copy: StartCopy, path: string) => readFileSync(copy.contentFile(path), 'utf8');
