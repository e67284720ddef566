/**
 * Astro names each island (`<astro-island uid="…">`) with a hash that includes the component's
 * absolute file path, so the same commit built in another folder (every CI checkout) gives other
 * names, other page bytes and another precache manifest: every deploy, even an empty one, would tell
 * returning readers «Hay una versión nueva». Nothing reads the names but Astro's own markup, where
 * each is written once per island, so they are renumbered by order in the page.
 */

/** The page with its island ids numbered in order (`i1`, `i2`…); the same original id keeps one number. */
export function stableIslandIds(html: string): string {
  const numbers = new Map<string, string>();
  return html.replace(/(<astro-island\b[^>]*?\suid=")([^"]*)(")/g, (_, before: string, uid: string, after: string) => {
    if (!numbers.has(uid)) numbers.set(uid, `i${numbers.size + 1}`);
    return `${before}${numbers.get(uid)}${after}`;
  });
}
