/**
 * The CMS's uploads (the media folder, `src/assets/imagenes/`) as Astro images, by the path content
 * names them with: "/imagenes/fotos/taller.jpg". Astro then resizes and re-encodes each at build.
 * The folder is the alias `@imagenes` (astro.config.mjs), beside the content the build reads.
 */
import type { ImageMetadata } from 'astro';
import { MEDIA_PATH } from '../lib/mdx-safety.ts';

const uploads = import.meta.glob<ImageMetadata>('@imagenes/**/*.{png,jpg,jpeg,webp,avif,gif,PNG,JPG,JPEG,WEBP,AVIF,GIF}', { eager: true, import: 'default' });
const byPath = new Map(Object.entries(uploads).map(([file, image]) => [file.slice(file.indexOf('/assets/imagenes/') + '/assets/imagenes/'.length), image]));

/** The upload a content path names, or undefined (the content check refuses such a path before the build). */
export function mediaImage(src: string): ImageMetadata | undefined {
  return src.startsWith(MEDIA_PATH) ? byPath.get(decodeURI(src.slice(MEDIA_PATH.length))) : undefined;
}
