import { describe, expect, it } from 'vitest';
import { stableIslandIds } from '../../src/lib/reproducible-html.ts';

describe('stable island ids', () => {
  it('numbers islands by order in the page, whatever Astro hashed from the build folder', () => {
    const page = (a: string, b: string) =>
      `<astro-island uid="${a}" component-url="/_astro/Quiz.js" props="{}"></astro-island><p>uid="x" en texto</p><astro-island uid="${b}" props="{}"></astro-island>`;
    expect(stableIslandIds(page('Z18BYPu', '2q7e6p'))).toBe(stableIslandIds(page('Z2gvNXK', 'GAR8S')));
    expect(stableIslandIds(page('Z18BYPu', '2q7e6p'))).toBe(
      '<astro-island uid="i1" component-url="/_astro/Quiz.js" props="{}"></astro-island><p>uid="x" en texto</p><astro-island uid="i2" props="{}"></astro-island>',
    );
  });

  it('keeps two identical islands under one id, as Astro does', () => {
    expect(stableIslandIds('<astro-island uid="a"></astro-island><astro-island uid="b"></astro-island><astro-island uid="a"></astro-island>')).toBe(
      '<astro-island uid="i1"></astro-island><astro-island uid="i2"></astro-island><astro-island uid="i1"></astro-island>',
    );
  });
});
