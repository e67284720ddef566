/** The components content MDX may use, handed to `<Content components={mdxComponents} />`. */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import ResponsiveImage from '../ResponsiveImage.astro';

// `img`: a Markdown image (![texto](/imagenes/…)) is resized like a Figure's.
export const mdxComponents = { Callout, Figure, img: ResponsiveImage };
