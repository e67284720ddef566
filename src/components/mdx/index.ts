/** The components content MDX may use, handed to `<Content components={mdxComponents} />`. */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import MarkdownLink from '../MarkdownLink.astro';
import ResponsiveImage from '../ResponsiveImage.astro';

// `img`: a Markdown image (![texto](/imagenes/…)) is resized like a Figure's.
// `a`: a Markdown link to a note about the report is a «ver nota» marker (MarkdownLink).
export const mdxComponents = { Callout, Figure, img: ResponsiveImage, a: MarkdownLink };
