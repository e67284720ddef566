/** The components content MDX may use, handed to `<Content components={mdxComponents} />`. */
import Callout from './Callout.astro';
import Figure from './Figure.astro';

export const mdxComponents = { Callout, Figure };
