/**
 * Reads a `_headers` file the way Cloudflare Pages applies it, to check what the host will send:
 * every rule whose pattern matches applies, in file order; a `! Name` line removes what earlier
 * rules set for that name; a name set again is joined to the earlier value with ", ".
 */
export function interpretPagesHeaders(text: string, path: string): Record<string, string> {
  const result = new Map<string, { name: string; value: string }>();
  for (const block of text.split('\n\n')) {
    const [pattern, ...lines] = block.trim().split('\n');
    if (!pattern) continue;
    const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (!matches) continue;
    for (const line of lines.map((l) => l.trim())) {
      if (line.startsWith('!')) {
        result.delete(line.slice(1).trim().toLowerCase());
        continue;
      }
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      const earlier = result.get(name.toLowerCase());
      result.set(name.toLowerCase(), { name, value: earlier ? `${earlier.value}, ${value}` : value });
    }
  }
  return Object.fromEntries([...result.values()].map(({ name, value }) => [name, value]));
}
