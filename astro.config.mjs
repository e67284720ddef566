// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from './src/lib/preact-without-babel.ts';
import sitemap from '@astrojs/sitemap';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagesHeaders } from './src/lib/security-headers.ts';
import { stableIslandIds } from './src/lib/reproducible-html.ts';
import { cspHash, ownCspHashes } from './src/lib/page-csp.ts';
import { PAGE_SCRIPT } from './src/lib/site.ts';

/**
 * Writes the HTTP headers (security policy, caching) as `dist/_headers` for Cloudflare Pages.
 * @type {import('astro').AstroIntegration}
 */
const securityHeaders = {
  name: 'security-headers',
  hooks: { 'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), pagesHeaders()) },
};

/**
 * What the build does to each page once Astro has written it: the same bytes whichever folder the build ran in
 * (src/lib/reproducible-html.ts), and a security policy that lists only the hashes of the page's own inline
 * scripts and styles, not the whole site's (src/lib/page-csp.ts).
 * @type {import('astro').AstroIntegration}
 */
const finishPages = {
  name: 'finish-pages',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const root = fileURLToPath(dir);
      for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
        const path = join(entry.parentPath, entry.name);
        const html = readFileSync(path, 'utf8');
        const finished = ownCspHashes(stableIslandIds(html));
        if (finished !== html) writeFileSync(path, finished);
      }
    },
  },
};

// SITE_URL is the public origin in production; canonical links, the sitemap and link previews use it.
// A production build (DEPLOY=production) must say it; local builds use this machine's address.
if (process.env.DEPLOY === 'production' && !process.env.SITE_URL) {
  throw new Error('DEPLOY=production needs SITE_URL, the public origin of the portal (for example SITE_URL=https://portal.example.org).');
}
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

// The CMS's uploads (media folder) sit beside the content they belong to: src/assets/imagenes of the
// same tree as CONTENT_ROOT (src/content.config.ts), so a build from another copy takes its images too.
const mediaFolder = resolve(process.env.CONTENT_ROOT ?? 'src/content', '../assets/imagenes');

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Pages render eight at a time: while one waits for its file to be written or a module to load, the next
  // renders (about a fifth of Astro's render time was that waiting, one page at a time). The output is the same.
  build: { format: 'directory', concurrency: 8 },
  integrations: [
    securityHeaders,
    finishPages,
    mdx(),
    // Islands are .tsx files: `include` tells Astro's renderer which components are Preact's. The wrapper
    // compiles their JSX with Vite's own transform instead of Babel (src/lib/preact-without-babel.ts).
    preact({ include: ['**/*.tsx'] }),
    // Filter combinations of the catalogue are navigation, not content: linked from the catalogue, left out of the sitemap.
    // /sin-conexion/ is what the service worker shows offline, not a page to find.
    sitemap({ filter: (page) => !page.includes('/admin/') && !page.includes('/sin-conexion/') && !page.includes('/buenas-practicas/filtro/') && !page.includes('/manuales/filtro/') }),
  ],
  // HTML-aware whitespace collapsing instead of Astro 7's default 'jsx' mode, which drops a line break between two
  // elements or before an {expression}: that glued words in the text («en3 zonas», «sesión(paso a paso») and in
  // search excerpts («CursoFormación», where Pagefind reads <dt> and <dd> as one word).
  compressHTML: true,
  markdown: { syntaxHighlight: false },
  // src/components/mdx/media-images.ts reads the uploads through this alias.
  vite: {
    resolve: { alias: { '@imagenes': mediaFolder } },
    build: {
      rollupOptions: {
        // Astro marks every MDX entry with the directive «use astro:head-inject», and the bundler warns that it may
        // not keep it: one warning per entry, harmless (withastro/astro#18087), that would bury the build's real warnings.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search index in the page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(PAGE_SCRIPT)] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
