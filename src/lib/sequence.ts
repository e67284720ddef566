/** Ordering of entries and their previous/next neighbours. */

export interface Ordered {
  id: string;
  data: { order: number; title: string };
}

/** Sorts by `order`, then by title (es collation) so equal orders stay stable. */
export function byOrder<T extends Ordered>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'es'));
}

/** The entries before and after `id` in `order`; undefined at the ends. */
export function neighbours<T extends Ordered>(entries: readonly T[], id: string): { previous?: T; next?: T } {
  const sorted = byOrder(entries);
  const index = sorted.findIndex((entry) => entry.id === id);
  if (index === -1) return {};
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}

/** Each item of a list already in reading order, with what `link` makes of the items before and after it (undefined at the ends). */
export function withNeighbours<T, L>(items: readonly T[], link: (item: T) => L): { item: T; previous?: L; next?: L }[] {
  return items.map((item, index) => ({
    item,
    previous: index > 0 ? link(items[index - 1]) : undefined,
    next: index < items.length - 1 ? link(items[index + 1]) : undefined,
  }));
}

/** The most recent `updated` date of a list of entries: when a page made of them last changed. */
export function latestUpdate(entries: readonly { data: { updated: Date } }[]): Date {
  return new Date(Math.max(0, ...entries.map((entry) => entry.data.updated.getTime())));
}
