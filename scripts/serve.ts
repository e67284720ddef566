/**
 * Serves the built portal and the CMS's local backend together: `astro preview` on
 * http://127.0.0.1:4321/ and decap-server on 127.0.0.1:8081 (never beyond this machine), which
 * writes the files /admin/ saves into this working tree. Ctrl+C stops both.
 *
 * Env: PORT (site, 4321), DECAP_PORT (8081), CONTENT_REPO (folder decap-server writes to: the repo).
 */
import { spawn, type ChildProcess } from 'node:child_process';

const sitePort = process.env.PORT ?? '4321';
const decapPort = process.env.DECAP_PORT ?? '8081';
const children: ChildProcess[] = [];

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
  GIT_REPO_DIRECTORY: process.env.CONTENT_REPO ?? process.cwd(),
  LOG_LEVEL: 'warn',
});
start('astro preview', 'npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', sitePort]);
console.log(`\n  Portal: http://127.0.0.1:${sitePort}/\n  CMS:    http://127.0.0.1:${sitePort}/admin/ (saves into src/content/)\n`);
