/**
 * Serves the built portal and the CMS's local backend together: `astro preview` on
 * http://127.0.0.1:4321/ and decap-server on 127.0.0.1:8081 (never beyond this machine), which
 * writes the files /admin/ saves into this working tree. Ctrl+C stops both.
 *
 * Env: PORT (site, 4321), DECAP_PORT (8081), CONTENT_REPO (folder decap-server writes to: the repo).
 * With --copy-content, CONTENT_REPO starts as a fresh copy of src/content, so tests that save through
 * the CMS never touch the working tree. With --watch (what `npm start` uses), a change to the
 * content or to uploaded images rebuilds the site, so what an editor publishes shows on the portal
 * a few seconds later without running anything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';

const sitePort = process.env.PORT ?? '4321';
const decapPort = process.env.DECAP_PORT ?? '8081';
const contentRepo = process.env.CONTENT_REPO ?? process.cwd();
const children: ChildProcess[] = [];

if (process.argv.includes('--copy-content')) {
  if (contentRepo === process.cwd()) throw new Error('--copy-content needs CONTENT_REPO set to another folder');
  rmSync(contentRepo, { recursive: true, force: true });
  cpSync('src/content', join(contentRepo, 'src/content'), { recursive: true });
}

function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    console.log(`${name} stopped (${code ?? 'signal'}); stopping the rest.`);
    stopAll(code ?? 0);
  });
  children.push(child);
}

function stopAll(code: number) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

start('decap-server', 'npx', ['decap-server'], {
  BIND_HOST: '127.0.0.1',
  PORT: decapPort,
  MODE: 'fs',
  GIT_REPO_DIRECTORY: contentRepo,
  LOG_LEVEL: 'warn',
});
start('astro preview', 'npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', sitePort]);
if (process.argv.includes('--watch')) {
  // `npm run build` builds this working tree; watching a copy elsewhere would rebuild the wrong content.
  if (contentRepo === process.cwd()) watchAndRebuild([join(contentRepo, 'src/content'), join(contentRepo, 'src/assets/imagenes')]);
  else console.warn('--watch only rebuilds when the CMS saves into this working tree (CONTENT_REPO unset).');
}

/** Rebuilds the site (content check, CMS, Astro, search index) once the changes stop for a moment. */
function watchAndRebuild(folders: string[]) {
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let again = false;
  const rebuild = () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    const started = Date.now();
    console.log('Contenido cambiado: reconstruyendo el portal…');
    const build = spawn('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    build.on('exit', (code) => {
      building = false;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(code === 0 ? `Portal actualizado en ${seconds} s.` : `La reconstrucción falló (código ${code}); el portal sigue con la versión anterior.`);
      // A save during the build (its event may have come too early or been merged) rebuilds once more.
      if (again || latestChange(folders) > started) {
        again = false;
        rebuild();
      }
    });
  };
  for (const folder of folders) {
    if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
    watch(folder, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(rebuild, 800);
    });
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

console.log(`\n  Portal: http://127.0.0.1:${sitePort}/\n  CMS:    http://127.0.0.1:${sitePort}/admin/ (saves into ${join(contentRepo, 'src/content')})\n`);
