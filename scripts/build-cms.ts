/**
 * Puts the CMS at /admin/: Decap's bundle copied from node_modules (never a CDN), the config
 * generated from the content schemas, the admin page with its own Content-Security-Policy, and the
 * preview styles. Runs before `astro build`; everything it writes under public/admin/ is generated.
 *
 * Backend: local decap-server by default; CMS_BACKEND=github CMS_REPO=owner/repo for production.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { backendFromEnv } from '../src/cms/config.ts';
import { adminConfigYaml, adminIndexHtml } from '../src/cms/admin-page.ts';
import { DECAP_FOLDER } from '../src/lib/security-headers.ts';
import { readContentFiles } from './check-content.ts';
import { CONTENT_INDEX_FILE, contentIndexJson } from './lib/content-index-file.ts';

/** The public folder Astro copies (PUBLIC_DIR: the bench builds with a copy of its own). */
const PUBLIC = process.env.PUBLIC_DIR ?? 'public';
const ADMIN = join(PUBLIC, 'admin');
const DECAP_DIST = 'node_modules/decap-cms/dist';
const backend = backendFromEnv(process.env);

// Decap's bundle and its lazy chunks (which it loads from its own folder) go in a folder named by the
// bundle's hash: browsers keep it for good (src/lib/security-headers.ts) and a new version gets a new name.
const decapVersion = createHash('sha256').update(readFileSync(join(DECAP_DIST, 'decap-cms.js'))).digest('hex').slice(0, 12);
const decapFolder = `${DECAP_FOLDER}${decapVersion}/`;
const decapFiles = readdirSync(DECAP_DIST).filter((file) => /^(\d+\.)?decap-cms\.js$|\.wasm$/.test(file));
const decapTarget = join(PUBLIC, decapFolder);
// The 7 MB of Decap are copied again only when that version is not all there already (same names, same sizes).
const decapInPlace =
  existsSync(decapTarget) &&
  readdirSync(decapTarget).length === decapFiles.length &&
  decapFiles.every((file) => existsSync(join(decapTarget, file)) && statSync(join(decapTarget, file)).size === statSync(join(DECAP_DIST, file)).size);
// Everything else under public/admin/ is written afresh (an older Decap version's folder goes too).
for (const entry of existsSync(ADMIN) ? readdirSync(ADMIN) : []) {
  if (entry !== 'decap') rmSync(join(ADMIN, entry), { recursive: true, force: true });
}
for (const version of existsSync(join(ADMIN, 'decap')) ? readdirSync(join(ADMIN, 'decap')) : []) {
  if (version !== decapVersion || !decapInPlace) rmSync(join(ADMIN, 'decap', version), { recursive: true, force: true });
}
if (!decapInPlace) {
  mkdirSync(decapTarget, { recursive: true });
  for (const file of decapFiles) cpSync(join(DECAP_DIST, file), join(decapTarget, file));
}
writeFileSync(join(ADMIN, 'config.yml'), adminConfigYaml(backend));
// The preview shows entries as the site does: every screen stylesheet, the shared one first (paper's and the admin's own are not for it).
const SCREEN_STYLESHEETS = ['global.css', ...readdirSync('src/styles').filter((name) => name.endsWith('.css') && !['global.css', 'print.css', 'admin-notice.css'].includes(name)).sort()];
writeFileSync(join(ADMIN, 'preview.css'), SCREEN_STYLESHEETS.map((name) => readFileSync(join('src/styles', name), 'utf8')).join('\n'));
cpSync('src/styles/admin-notice.css', join(ADMIN, 'admin-notice.css'));
cpSync('src/cms/admin/cms-setup.js', join(ADMIN, 'cms-setup.js'));
// Decap starts only when cms-setup.js has registered the Spanish phrases, checks and components.
writeFileSync(join(ADMIN, 'manual-init.js'), 'window.CMS_MANUAL_INIT = true;\n');
cpSync('src/cms/admin/editor-components.js', join(ADMIN, 'editor-components.js'));
cpSync('src/cms/admin/admin-spanish.js', join(ADMIN, 'admin-spanish.js'));
cpSync('src/cms/admin/figures-widget.js', join(ADMIN, 'figures-widget.js'));
cpSync('src/cms/admin/table-widget.js', join(ADMIN, 'table-widget.js'));
cpSync('src/cms/admin/previews.js', join(ADMIN, 'previews.js'));
// Taken slugs and who references whom, so the admin refuses a duplicate file and the deletion of an entry in use.
writeFileSync(join(PUBLIC, CONTENT_INDEX_FILE), contentIndexJson(readContentFiles(process.env.CONTENT_ROOT ?? 'src/content')));
// The build's own schemas and checks, bundled for the browser: the admin refuses to save what the build would reject.
buildSync({
  entryPoints: ['src/cms/admin-checks.ts'],
  outfile: join(ADMIN, 'admin-checks.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  logLevel: 'error',
});
writeFileSync(join(ADMIN, 'index.html'), adminIndexHtml(backend, decapFolder));
console.log(`CMS written to ${ADMIN}/ (backend: ${backend.kind === 'local' ? backend.url : `github ${backend.repo}`})`);
