/**
 * The parser Astro compiles MDX with (Sätteri, through @astrojs/mdx), for the build's content check
 * only: it is native code and never reaches the browser. The check walks this tree as well as the
 * micromark one (`mdx-safety.ts`), so a body is refused if either parser sees something unsafe in it;
 * a unit test holds the two to the same verdict on every content file and every hostile fixture.
 */
import { mdxToMdast } from 'satteri';
import type { MdxNode } from './mdx-safety.ts';

/** Parses a body exactly as the build does (GFM and smart punctuation on, as Astro's defaults). */
export function parseWithBuildParser(body: string): MdxNode {
  return mdxToMdast(body, { features: { gfm: true, smartPunctuation: true } }) as unknown as MdxNode;
}
