/**
 * Serves the built portal and the CMS's local backend together: `astro preview` on
 * http://127.0.0.1:4321/ and decap-server on 127.0.0.1:8081 (never beyond this machine), which
 * writes the files /admin/ saves into this working tree. Ctrl+C stops both.
 *
 * Env: PORT (site, 4321), DECAP_PORT (8081), CONTENT_REPO (folder decap-server writes to: the repo).
 * With --copy-content, CONTENT_REPO starts as a fresh copy of src/content, so tests that save through
 * the CMS never touch the working tree. With --watch (what `npm start` uses), a change to the
 * content or to uploaded images rebuilds the site (scripts/site-rebuilder.ts), so what an editor
 * publishes shows on the portal without running anything, and the admin says when.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SERVED, watchAndRebuild, writeStatus, type SiteRebuilder } from './site-rebuilder.ts';
import { PUBLISH_STATUS_PATH } from '../src/lib/publish-status.ts';

const sitePort = process.env.PORT ?? '4321';
const decapPort = process.env.DECAP_PORT ?? '8081';
const contentRepo = process.env.CONTENT_REPO ?? process.cwd();
const children: ChildProcess[] = [];
let rebuilder: SiteRebuilder | undefined;

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
  rebuilder?.stop();
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
// A rebuild stopped with the last `npm start` would leave «updating…» in the admin for good.
rmSync(join(SERVED, PUBLISH_STATUS_PATH), { force: true });
start('astro preview', 'npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', sitePort]);
if (process.argv.includes('--watch')) {
  // `npm run build` builds this working tree; watching a copy elsewhere would rebuild the wrong content.
  if (contentRepo === process.cwd()) {
    // The admin keeps asking for the status while this file is there (src/cms/admin/cms-setup.js).
    writeStatus(SERVED, { state: 'watching', since: Date.now() });
    rebuilder = watchAndRebuild([join(contentRepo, 'src/content'), join(contentRepo, 'src/assets/imagenes')]);
  } else console.warn('--watch only rebuilds when the CMS saves into this working tree (CONTENT_REPO unset).');
}

console.log(`\n  Portal: http://127.0.0.1:${sitePort}/\n  CMS:    http://127.0.0.1:${sitePort}/admin/ (saves into ${join(contentRepo, 'src/content')})\n`);
