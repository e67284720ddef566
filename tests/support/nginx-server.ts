/**
 * The built site served by the real nginx with the project's own deploy/nginx.conf (only its listen
 * address and root changed), from a copy of dist/ that a test may adjust first. Used by the tests that
 * are about what the server sends: headers, compression, the admin's login popup.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../e2e/site.ts';
import { adminConfigYaml, adminIndexHtml } from '../../src/cms/admin-page.ts';
import type { CmsBackend } from '../../src/cms/config.ts';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

export interface NginxServer {
  origin: string;
  /** The served copy of dist/. */
  root: string;
  stop: () => void;
}

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts nginx on a free port; `prepare` may change the copy of dist/ before it serves it. Resolves once it answers. */
export async function startNginx(prepare: (site: string) => void = () => {}): Promise<NginxServer> {
  if (!NGINX) throw new Error('nginx is not installed: apt-get install nginx libnginx-mod-http-brotli-static (.ci/run does)');
  const folder = mkdtempSync(join(tmpdir(), 'integra-nginx-'));
  const site = join(folder, 'dist');
  cpSync(DIST, site, { recursive: true });
  prepare(site);
  copyFileSync('/etc/nginx/mime.types', join(folder, 'mime.types'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const conf = readFileSync('deploy/nginx.conf', 'utf8');
  if (!conf.includes('listen 80;') || !conf.includes('root /srv/integra/dist;')) throw new Error('deploy/nginx.conf no longer has the listen and root lines this harness replaces');
  writeFileSync(join(folder, 'site.conf'), conf.replace('listen 80;', `listen 127.0.0.1:${port};`).replace('root /srv/integra/dist;', `root ${site};`));
  writeFileSync(
    join(folder, 'nginx.conf'),
    `user root;
worker_processes 1;
daemon off;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
include /etc/nginx/modules-enabled/*.conf;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${folder}/body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  include ${folder}/site.conf;
}
`,
  );
  const nginx: ChildProcess = spawn(NGINX, ['-c', join(folder, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const stop = () => {
    nginx.kill('SIGTERM');
    rmSync(folder, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt++) {
    if (nginx.exitCode !== null) {
      stop();
      throw new Error(`nginx stopped: ${stderr}`);
    }
    const status = await fetch(`${origin}/`).then((response) => response.status, () => 0);
    if (status === 200) break;
    if (attempt > 300) {
      stop();
      throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { origin, root: site, stop };
}

/** A `prepare` for startNginx: the admin configured for another backend, by the generators the build uses. */
export function adminFor(backend: CmsBackend): (site: string) => void {
  return (root) => {
    const decapFolder = `/admin/decap/${readdirSync(join(root, 'admin/decap'))[0]}/`;
    writeFileSync(join(root, 'admin/config.yml'), adminConfigYaml(backend));
    writeFileSync(join(root, 'admin/index.html'), adminIndexHtml(backend, decapFolder));
  };
}
