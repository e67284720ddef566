/**
 * Astro's hashed Content-Security-Policy (`security.csp`) writes into every page's <meta> the hash of every
 * inline script and style of the whole site: 25 hashes, about 1 KB gzip on each page, where a page holds two
 * or three of its own. `ownCspHashes` keeps in a page's policy only the hashes of the inline scripts and
 * styles that page holds, so the browser allows exactly those. It only ever removes hashes: what the policy
 * did not allow stays refused.
 */
import { createHash } from 'node:crypto';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
/** The policy's directives that list hashes, and the element each one's hashes are for. */
const HASHED_DIRECTIVES: Record<string, 'script' | 'style'> = { 'script-src': 'script', 'style-src': 'style' };

/** The CSP hash of an inline element's text, as a browser computes it: `sha256-…` of its UTF-8 bytes (astro.config.mjs lists the portal's own). */
export const cspHash = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The same as a policy writes it, quoted: `'sha256-…'`. */
export const cspHashSource = (text: string) => `'${cspHash(text)}'`;

/** The hash sources of the page's inline scripts (not those with `src`) and styles. */
function inlineHashes(html: string): Record<'script' | 'style', Set<string>> {
  const own = { script: new Set<string>(), style: new Set<string>() };
  for (const [, tag, attributes, text] of html.matchAll(INLINE_ELEMENT)) {
    const kind = tag.toLowerCase() as 'script' | 'style';
    if (kind === 'script' && /\ssrc=/i.test(attributes)) continue;
    own[kind].add(cspHashSource(text));
  }
  return own;
}

/** The page with its <meta> policy listing only the hashes of its own inline scripts and styles. */
export function ownCspHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const own = inlineHashes(html);
  const policy = meta[1]
    .split(';')
    .map((directive) => {
      const [lead, body] = [/^\s*/.exec(directive)![0], directive.trim()];
      const [name, ...sources] = body.split(/\s+/);
      const kind = HASHED_DIRECTIVES[name];
      if (!kind) return directive;
      return lead + [name, ...sources.filter((source) => !source.startsWith("'sha256-") || own[kind].has(source))].join(' ');
    })
    .join(';');
  return html.replace(meta[0], () => meta[0].replace(meta[1], () => policy));
}
