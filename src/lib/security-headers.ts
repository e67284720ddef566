/**
 * The HTTP headers the portal is served with, declared once: the build writes them as `dist/_headers`
 * (Cloudflare Pages' format, where the deploy goes) and `deploy/nginx.conf` is generated from the same
 * rules for a plain static host (`nginxConfig()`; a unit test keeps the file equal to it). Pages also
 * carry their own hashed Content-Security-Policy in a <meta> tag (Astro `security.csp`); the header
 * adds what a <meta> policy cannot say: that no other site may frame the portal.
 *
 * A rule's headers apply to every path under it; a more specific rule overrides a header of a broader
 * one (in `_headers` with a `! Name` line first, since Cloudflare Pages otherwise joins both values).
 */
export interface HeaderRule {
  /** A path pattern: `/*` every path, `/_astro/*` a folder, `/sw.js` one file. */
  path: string;
  headers: Record<string, string>;
  /** nginx directives for this location beyond add_header (e.g. `etag off`). */
  nginx?: readonly string[];
}

const YEAR = 31_536_000;
const IMMUTABLE = `public, max-age=${YEAR}, immutable`;

/** Where Decap's bundle is served from: a folder named after its content hash, so it can be cached for good. */
export const DECAP_FOLDER = '/admin/decap/';

export const HEADER_RULES: HeaderRule[] = [
  {
    path: '/*',
    headers: {
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      // Links to other sites (only the contact page has them) do not tell them which page the reader came from.
      'Referrer-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
      'Content-Security-Policy': "frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      // Pages and every file without a hash in its name: the browser asks on each visit whether it changed,
      // so a reader always gets the current site after a deploy (a 304 costs a few hundred bytes).
      'Cache-Control': 'no-cache',
    },
  },
  // Hashed file names: a new build writes new names, so browsers may keep these for a year.
  { path: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
  // Pagefind's index fragments and filters are hashed too (its entry files are not: they revalidate).
  { path: '/pagefind/fragment/*', headers: { 'Cache-Control': IMMUTABLE } },
  { path: '/pagefind/index/*', headers: { 'Cache-Control': IMMUTABLE } },
  { path: '/pagefind/filter/*', headers: { 'Cache-Control': IMMUTABLE } },
  // The service worker is checked on every visit, and nginx answers it in full: its ETag and
  // Last-Modified come from file times and size, which a new build can leave unchanged.
  { path: '/sw.js', headers: { 'Cache-Control': 'no-cache' }, nginx: ['etag off;', 'if_modified_since off;', 'add_header Last-Modified "";'] },
  // Uploaded images: opened on their own they may never run anything (a sandboxed, script-less document).
  { path: '/imagenes/*', headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'" } },
  // The CMS: never indexed, never kept by a shared cache. Its GitHub login runs in a popup that must be
  // able to post the token back to this window, which `same-origin` would cut off.
  {
    path: '/admin/*',
    headers: { 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'private, no-cache', 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups' },
  },
  // Decap's 5 MB bundle lives in a folder named by its hash (scripts/build-cms.ts): downloaded once per version.
  { path: `${DECAP_FOLDER}*`, headers: { 'Cache-Control': `private, max-age=${YEAR}, immutable` } },
];

const prefixOf = (pattern: string) => (pattern.endsWith('*') ? pattern.slice(0, -1) : pattern);

/** Whether a rule's pattern matches a path. */
export function ruleMatches(rule: HeaderRule, path: string): boolean {
  return rule.path.endsWith('*') ? path.startsWith(prefixOf(rule.path)) : path === rule.path;
}

/** The rules that apply to a path, broadest first. */
function matchingRules(path: string, rules: readonly HeaderRule[]): HeaderRule[] {
  return rules.filter((rule) => ruleMatches(rule, path)).sort((a, b) => prefixOf(a.path).length - prefixOf(b.path).length);
}

/** The headers a path is served with: each matching rule, broadest first, more specific ones overriding. */
export function headersFor(path: string, rules: readonly HeaderRule[] = HEADER_RULES): Record<string, string> {
  return Object.assign({}, ...matchingRules(path, rules).map((rule) => rule.headers)) as Record<string, string>;
}

/** A concrete path a pattern covers, to ask which broader rules also apply to it. */
const samplePath = (pattern: string) => (pattern.endsWith('*') ? `${prefixOf(pattern)}x` : pattern);

/**
 * `dist/_headers` for Cloudflare Pages: a path line, then its headers indented by two spaces. Every
 * matching rule applies there and a repeated header is joined with a comma, so a rule that overrides
 * a broader one first detaches it (`! Name`).
 */
export function pagesHeaders(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const blocks = rules.map((rule) => {
    const inherited = headersFor(samplePath(rule.path), rules.filter((other) => other !== rule));
    const lines = Object.entries(rule.headers).flatMap(([name, value]) => {
      if (!(name in inherited)) return [`  ${name}: ${value}`];
      if (inherited[name] === value) return [];
      return [`  ! ${name}`, `  ${name}: ${value}`];
    });
    return [rule.path, ...lines].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** The location blocks for nginx, each with every header that applies there (nginx does not inherit add_header). */
export function nginxLocations(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const line = (name: string, value: string) => `    add_header ${name} "${value.replace(/"/g, '\\"')}" always;`;
  return rules
    .map((rule) => {
      const location = rule.path === '/*' ? '/' : rule.path.endsWith('*') ? `^~ ${prefixOf(rule.path)}` : `= ${rule.path}`;
      return [
        `  location ${location} {`,
        ...(rule.nginx ?? []).map((directive) => `    ${directive}`),
        ...Object.entries(headersFor(samplePath(rule.path), rules)).map(([name, value]) => line(name, value)),
        '    try_files $uri $uri/index.html =404;',
        '  }',
      ].join('\n');
    })
    .join('\n');
}

/** Text types nginx compresses on the fly and for which the build writes .gz and .br files. */
export const COMPRESSED_TYPES = [
  'text/css',
  'text/csv',
  'text/plain',
  'text/xml',
  'application/javascript',
  'application/json',
  'application/manifest+json',
  'application/wasm',
  'image/svg+xml',
] as const;

/** The whole `deploy/nginx.conf`. */
export function nginxConfig(rules: readonly HeaderRule[] = HEADER_RULES): string {
  return `# nginx server for the built portal (dist/). Generated from src/lib/security-headers.ts by
# \`npm run write:nginx\`: do not edit by hand (a unit test keeps this file equal to nginxConfig()).
# Needs Debian's nginx with libnginx-mod-http-brotli-static (for brotli_static; drop that line where
# the module is missing: gzip still works). Put TLS (certificates, listen 443 ssl http2) in front as
# your host requires; HSTS assumes HTTPS only. The CMS editor logs in through the OAuth service in
# the README (Deploy); decap-server never runs here.
server {
  listen 80;
  server_name portal.example.org;
  root /srv/integra/dist;
  index index.html;

  include mime.types;
  types {
    text/csv csv;
    application/manifest+json webmanifest;
    text/yaml yml yaml;
  }
  charset utf-8;
  charset_types text/html ${COMPRESSED_TYPES.filter((type) => type !== 'application/wasm').join(' ')};

  # The build writes a .gz and a .br next to every text file (scripts/compress-dist.ts); these are
  # served as they are. Anything without one is compressed on the fly. Pagefind's index files are
  # compressed already and are served as they are.
  gzip_static on;
  brotli_static on;
  gzip on;
  gzip_vary on;
  gzip_proxied any;
  gzip_comp_level 6;
  gzip_min_length 256;
  gzip_types ${COMPRESSED_TYPES.join(' ')};

  error_page 404 /404.html;

${nginxLocations(rules)}
}
`;
}
