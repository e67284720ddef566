import { describe, expect, it } from 'vitest';
import { cspHashSource, ownCspHashes } from '../../src/lib/page-csp.ts';

const SCRIPT = "document.documentElement.classList.add('js')";
const STYLE = '.quiz-start{min-height:22rem}';
const ELSEWHERE = cspHashSource('console.log("otra página")');
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

function page(body: string, hashes = [cspHashSource(SCRIPT), ELSEWHERE, cspHashSource('')], styles = [cspHashSource(STYLE), cspHashSource('.b{}')]) {
  const policy = `default-src 'self';form-action 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}; style-src 'self' ${styles.join(' ')};`;
  return `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"><script>${SCRIPT}</script></head><body>${body}</body></html>`;
}

describe("a page's own CSP hashes", () => {
  it('keeps the hashes of the inline scripts and styles the page holds, and drops the rest of the site', () => {
    const html = ownCspHashes(page(`<style>${STYLE}</style><script type="module" src="/_astro/a.js"></script>`));
    expect(policyOf(html)).toBe(
      `default-src 'self';form-action 'self'; script-src 'self' 'wasm-unsafe-eval' ${cspHashSource(SCRIPT)}; style-src 'self' ${cspHashSource(STYLE)};`,
    );
    // An external script's empty text is not an inline script: its hash goes too.
    expect(policyOf(html)).not.toContain(cspHashSource(''));
    expect(html).toContain(`<script>${SCRIPT}</script>`);
  });

  it('never adds a hash the policy did not list', () => {
    const html = ownCspHashes(page('<script>alert(1)</script>', [ELSEWHERE]));
    expect(policyOf(html)).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policyOf(html)).not.toContain(cspHashSource('alert(1)'));
  });

  // The expected hash as coreutils computes it: printf 'á' | sha256sum, in base64.
  it('hashes text as the browser does, its UTF-8 bytes', () => {
    const text = "d.textContent='Impreso el 7 de diciembre'";
    const html = ownCspHashes(page(`<script>${text}</script>`, [cspHashSource(text)]));
    expect(policyOf(html)).toContain(cspHashSource(text));
    expect(cspHashSource('á')).toBe("'sha256-+5d4cZ2TVRsciN9fGrIp+D6jCvES/FEBfJ8KOD3PbLM='");
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<html><head><script>x()</script></head></html>';
    expect(ownCspHashes(html)).toBe(html);
  });
});
