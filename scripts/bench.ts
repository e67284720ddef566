/**
 * npm run bench: build time for a site with 1,000 manual pages, and gzip bytes per page type of
 * the real build. The 1,000 pages are copies of the real manuals under new slugs, in a temporary
 * content root (CONTENT_ROOT), built into a temporary folder; the working tree is not touched.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

const GENERATED_PAGES = Number(process.env.BENCH_PAGES ?? 1000);
const root = mkdtempSync(join(tmpdir(), 'integra-bench-'));
const content = join(root, 'content');
const out = join(root, 'dist');

cpSync('src/content', content, { recursive: true });
const manuals = readdirSync('src/content/manuales').filter((name) => name.endsWith('.mdx'));
for (let index = 0; index < GENERATED_PAGES - manuals.length; index++) {
  const source = readFileSync(join('src/content/manuales', manuals[index % manuals.length]), 'utf8');
  const copy = source
    .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.startsWith("'") ? title.slice(0, -1) : title} (copia ${index + 1})${title.startsWith("'") ? "'" : ''}`)
    .replace(/^order: \d+$/m, `order: ${100 + index}`)
    .replace(/^relatedManuales:\n(  - .*\n)+/m, '');
  writeFileSync(join(content, 'manuales', `copia-${index + 1}.mdx`), copy);
}

const started = performance.now();
execFileSync('npx', ['astro', 'build', '--outDir', out], { env: { ...process.env, CONTENT_ROOT: content }, stdio: 'ignore' });
const seconds = (performance.now() - started) / 1000;
const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
console.log(`Build of ${pages} pages (${GENERATED_PAGES} manuals): ${seconds.toFixed(1)} s`);
rmSync(root, { recursive: true, force: true });

if (!existsSync('dist/index.html')) {
  console.log('No dist/ build: run `npm run build` to also report bytes per page type.');
} else {
  const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
  const types: Record<string, string> = {
    inicio: '/',
    'lista de manuales': '/manuales/',
    manual: '/manuales/gestion-de-casos/',
    municipio: '/municipios/quito/',
    glosario: '/glosario/',
    buscar: '/buscar/',
  };
  console.log('\nBytes per page type (gzip): HTML + CSS + JS of the page itself');
  for (const [type, path] of Object.entries(types)) {
    const htmlPath = join('dist', path, 'index.html');
    const html = readFileSync(htmlPath, 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, m) => sum + gzip(join('dist', m[1])), 0);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, inline]) => {
      const src = /src="([^"]+)"/.exec(attributes)?.[1];
      return src ? readFileSync(join('dist', src), 'utf8') : inline;
    });
    const js = scripts.length ? gzipSync(scripts.join('\n'), { level: 9 }).length : 0;
    console.log(`  ${type.padEnd(18)} ${path.padEnd(30)} HTML ${String(gzip(htmlPath)).padStart(6)} B  CSS ${String(css).padStart(5)} B  JS ${String(js).padStart(5)} B`);
  }
}
