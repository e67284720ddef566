/** Relations between entries that pages show as "related content". */

export interface Linkable {
  id: string;
  data: { title: string; summary: string };
}

/** Resolves reference ids to entries, in the order given, skipping ids that are not published. */
export function resolveIds<T extends Linkable>(ids: readonly { id: string }[], entries: readonly T[]): T[] {
  return ids.flatMap(({ id }) => entries.filter((entry) => entry.id === id));
}

/**
 * Entries related to `id` in either direction: those it lists first, then those that list it,
 * without duplicates and without itself.
 */
export function relatedBothWays<T extends Linkable>(
  id: string,
  entries: readonly T[],
  listedBy: (entry: T) => readonly { id: string }[],
): T[] {
  const self = entries.find((entry) => entry.id === id);
  const outgoing = self ? resolveIds(listedBy(self), entries) : [];
  const incoming = entries.filter((entry) => listedBy(entry).some((ref) => ref.id === id));
  const seen = new Set<string>([id]);
  return [...outgoing, ...incoming].filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
}
