/**
 * Editors log in on the live site: the admin built for the GitHub backend, served by nginx with the
 * project's headers, opens the login service in a popup and receives the token through Decap's OAuth
 * messages. The login service here is a stand-in that speaks those messages as a real one does after
 * GitHub has answered (GitHub itself cannot be reached from the test machine, so its API is answered
 * by the test too). With `Cross-Origin-Opener-Policy: same-origin` on /admin/ the popup loses its
 * opener and the login never completes; this test fails then.
 */
import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import type { CmsBackend } from '../../src/cms/config.ts';
import { COLLECTION_LABELS } from '../../src/cms/config.ts';
import { adminFor, freePort, NGINX, startNginx, type NginxServer } from '../support/nginx-server.ts';

test.skip(!NGINX, 'nginx is not installed (.ci/run installs it)');

const REPO = 'pnud-ecuador/portal-integra';
const TOKEN = 'gho_token-de-prueba';
let site: NginxServer;
let loginService: Server;
let loginOrigin = '';
const loginRequests: URL[] = [];

/** The page a Decap-compatible OAuth service returns once GitHub has granted a token. */
const grantedPage = (token: string) => `<!doctype html><html lang="es"><body><p>Conectando con el portal…</p><script>
  const message = 'authorization:github:success:' + JSON.stringify({ token: ${JSON.stringify(token)}, provider: 'github' });
  window.addEventListener('message', (event) => {
    if (event.data === 'authorizing:github') window.opener.postMessage(message, event.origin);
  });
  window.opener.postMessage('authorizing:github', '*');
</script></body></html>`;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  loginOrigin = `http://127.0.0.1:${port}`;
  loginService = createServer((request, response) => {
    const url = new URL(request.url ?? '/', loginOrigin);
    loginRequests.push(url);
    if (url.pathname !== '/auth' || url.searchParams.get('provider') !== 'github') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(grantedPage(TOKEN));
  });
  await new Promise<void>((resolve) => loginService.listen(port, '127.0.0.1', resolve));
  const backend: CmsBackend = { kind: 'github', repo: REPO, branch: 'main', baseUrl: loginOrigin };
  site = await startNginx(adminFor(backend));
});

test.afterAll(() => {
  site?.stop();
  loginService?.close();
});

test('«Iniciar sesión con GitHub» opens the login service, the token comes back, and the editor sees the collections', async ({ page, context }) => {
  // Decap's 5 MB bundle starts slowly on a loaded two-core machine; every wait below is on a condition.
  test.setTimeout(120_000);
  const githubCalls: { path: string; authorization: string }[] = [];
  // GitHub's API as it answers a browser (CORS included) for an editor with write access.
  await context.route('https://api.github.com/**', async (route) => {
    const request = route.request();
    const headers = {
      'access-control-allow-origin': site.origin,
      'access-control-allow-headers': 'Authorization, Content-Type, If-None-Match',
      'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
    };
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers });
    const url = new URL(request.url());
    githubCalls.push({ path: url.pathname, authorization: request.headers().authorization ?? '' });
    if (url.pathname === '/user') return route.fulfill({ headers, json: { login: 'editora', name: 'Editora del programa', avatar_url: '' } });
    if (url.pathname === `/repos/${REPO}`) {
      return route.fulfill({ headers, json: { full_name: REPO, owner: { login: REPO.split('/')[0] }, default_branch: 'main', permissions: { admin: false, push: true, pull: true } } });
    }
    return route.fulfill({ status: 404, headers, json: { message: 'Not Found' } });
  });
  const response = await page.goto(`${site.origin}/admin/`);
  expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Iniciar sesión con GitHub' }).click();
  // Decap closes the popup itself once the token has arrived: possibly before a wait for its «close»
  // event could start, so the wait is on its state.
  const loginWindow = await popup;
  await expect.poll(() => loginWindow.isClosed(), { timeout: 60_000 }).toBe(true);
  await expect(page.getByRole('link', { name: COLLECTION_LABELS.manuales.label, exact: true })).toBeVisible({ timeout: 60_000 });
  // The login service checks this against its allowed domains (ALLOWED_DOMAINS, see README).
  expect(loginRequests[0]?.searchParams.get('site_id')).toBe(new URL(site.origin).hostname);
  expect(githubCalls.find((call) => call.path === '/user')?.authorization).toBe(`token ${TOKEN}`);
});
