import { describe, expect, it } from 'vitest';
import { buildToc, hasUsefulToc } from '../../src/lib/toc.ts';

describe('table of contents', () => {
  it('nests h3 under the h2 before it and leaves out deeper headings', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'A1x' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
  });
  it('is shown only with two or more entries', () => {
    expect(hasUsefulToc(buildToc([{ depth: 2, slug: 'a', text: 'A' }]))).toBe(false);
    expect(hasUsefulToc(buildToc([{ depth: 2, slug: 'a', text: 'A' }, { depth: 3, slug: 'b', text: 'B' }]))).toBe(true);
  });
});

