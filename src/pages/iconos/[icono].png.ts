/**
 * The app icons of the manifest, drawn at build time with sharp from one image, the favicon: as it is
 * at 192 and 512 px, and a maskable 512 px version (full-bleed brand colour, the drawing in the safe zone).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import svg from '../../../public/favicon.svg?raw';
import css from '../../styles/global.css?raw';
import { APP_ICONS, MASKABLE_SCALE, themeColors, type AppIcon } from '../../lib/web-app.ts';

export const getStaticPaths = (() => APP_ICONS.map((icon) => ({ params: { icono: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props: { icon } }) => {
  const source = Buffer.from(svg);
  // Rendered from the vector at the size it is needed (the source is drawn on a 32 px grid).
  const drawing = (size: number) => sharp(source, { density: Math.ceil((72 * size) / 32) }).resize(size, size);
  const size = icon.size;
  const inner = Math.round(size * MASKABLE_SCALE);
  const png =
    icon.purpose === 'maskable'
      ? await sharp({ create: { width: size, height: size, channels: 4, background: themeColors(css).theme } })
          .composite([{ input: await drawing(inner).png().toBuffer(), top: Math.round((size - inner) / 2), left: Math.round((size - inner) / 2) }])
          .png({ compressionLevel: 9 })
          .toBuffer()
      : await drawing(size).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
