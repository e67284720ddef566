/** Table of contents from a page's rendered headings. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nests h2 and h3 headings into a two-level list: each h3 goes under the h2 before it; an h3
 * before any h2 becomes a top-level item so nothing is lost. Deeper headings are left out.
 */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    const item = { slug: heading.slug, text: heading.text, children: [] };
    if (heading.depth === 2) {
      toc.push(item);
    } else if (heading.depth === 3) {
      const parent = toc.at(-1);
      if (parent) parent.children.push(item);
      else toc.push(item);
    }
  }
  return toc;
}

/** A table of contents is worth showing when it has at least two entries. */
export function hasUsefulToc(toc: readonly TocItem[]): boolean {
  return toc.reduce((count, item) => count + 1 + item.children.length, 0) >= 2;
}
