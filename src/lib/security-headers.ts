/**
 * The HTTP headers the portal is served with, declared once: the build writes them as `dist/_headers`
 * (the format Netlify and Cloudflare Pages read) and `deploy/nginx.conf` carries the same rules for a
 * plain static host (a unit test keeps the two in step). Pages also carry their own hashed
 * Content-Security-Policy in a <meta> tag (Astro `security.csp`); the header adds what a <meta> policy
 * cannot say: that no other site may frame the portal.
 */
export interface HeaderRule {
  /** A path pattern: `/*` every path, `/_astro/*` a folder. */
  path: string;
  headers: Record<string, string>;
}

const YEAR = 31_536_000;

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
    },
  },
  // Hashed file names: a new build writes new names, so browsers may keep these for a year.
  { path: '/_astro/*', headers: { 'Cache-Control': `public, max-age=${YEAR}, immutable` } },
  // Pagefind's index fragments and filters are hashed too (its entry files are not: they keep the host's default).
  { path: '/pagefind/fragment/*', headers: { 'Cache-Control': `public, max-age=${YEAR}, immutable` } },
  { path: '/pagefind/index/*', headers: { 'Cache-Control': `public, max-age=${YEAR}, immutable` } },
  { path: '/pagefind/filter/*', headers: { 'Cache-Control': `public, max-age=${YEAR}, immutable` } },
  // The service worker must be checked on every visit so a new deploy is picked up.
  { path: '/sw.js', headers: { 'Cache-Control': 'no-cache' } },
  // The CMS: never indexed, never framed, never cached by a shared cache.
  { path: '/admin/*', headers: { 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-store' } },
];

/** `dist/_headers`: a path line, then its headers indented by two spaces. */
export function netlifyHeaders(rules: readonly HeaderRule[] = HEADER_RULES): string {
  return `${rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n')}\n`;
}

/** The same rules as nginx `location` blocks (headers of `/*` repeated, since nginx does not inherit add_header). */
export function nginxHeaders(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const global = rules.find((rule) => rule.path === '/*')!.headers;
  const line = (name: string, value: string) => `    add_header ${name} "${value.replace(/"/g, '\\"')}" always;`;
  return rules
    .map((rule) => {
      const headers = rule.path === '/*' ? global : { ...global, ...rule.headers };
      const location = rule.path === '/*' ? '/' : rule.path === '/sw.js' ? '= /sw.js' : `^~ ${rule.path.replace(/\*$/, '')}`;
      return [
        `  location ${location} {`,
        ...Object.entries(headers).map(([name, value]) => line(name, value)),
        '    try_files $uri $uri/index.html =404;',
        '  }',
      ].join('\n');
    })
    .join('\n');
}
