/**
 * Dependencies between the diagnostic's actions: an indicator may say which indicators' actions
 * must come before its own (`dependsOn`: form the GET before drafting the ordinance). The content
 * check refuses a circle; the plan orders by them.
 */

export interface DependencyNode {
  id: string;
  dependsOn: readonly string[];
}

/**
 * A circle in the dependencies, as the ids along it with the first repeated at the end
 * (["a", "b", "a"]), or null. Dependencies on ids not in `nodes` are ignored (the schema reports them).
 */
export function dependencyCycle(nodes: readonly DependencyNode[]): string[] | null {
  // A repeated id (which the schema reports) stands for its first node.
  const byId = new Map<string, DependencyNode>();
  for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'open');
    path.push(id);
    for (const next of byId.get(id)?.dependsOn ?? []) {
      if (!byId.has(next)) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return null;
  };
  for (const node of nodes) {
    const cycle = visit(node.id);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * The items in an order where each comes after the items it depends on (those present in `items`;
 * others are already done or not gaps), choosing among the items that are ready the one `before`
 * puts first. Kahn's algorithm; with no dependencies it is simply `items` sorted by `before`.
 * Items caught in a circle (the content check prevents them) keep their `before` order at the end.
 */
export function orderByDependencies<T extends DependencyNode>(items: readonly T[], before: (a: T, b: T) => number): T[] {
  const present = new Set(items.map((item) => item.id));
  const waiting = new Map(items.map((item) => [item.id, new Set(item.dependsOn.filter((id) => present.has(id) && id !== item.id))]));
  const ordered: T[] = [];
  let rest = [...items];
  while (rest.length > 0) {
    const ready = rest.filter((item) => waiting.get(item.id)!.size === 0).sort(before);
    const next = ready[0] ?? [...rest].sort(before)[0];
    ordered.push(next);
    rest = rest.filter((item) => item !== next);
    for (const set of waiting.values()) set.delete(next.id);
  }
  return ordered;
}

/**
 * How many steps of pending dependencies stand before each item: 0 when none of what it depends on
 * is among `items`, else one more than the deepest of those.
 */
export function dependencyDepths(items: readonly DependencyNode[]): Map<string, number> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const depths = new Map<string, number>();
  const depth = (id: string, seen: Set<string>): number => {
    const known = depths.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const pending = (byId.get(id)?.dependsOn ?? []).filter((next) => byId.has(next) && next !== id);
    const value = pending.length === 0 ? 0 : 1 + Math.max(...pending.map((next) => depth(next, seen)));
    depths.set(id, value);
    return value;
  };
  for (const item of items) depth(item.id, new Set());
  return depths;
}
