/** The web app manifest, written at build time from the stylesheet's colour tokens (src/lib/web-app.ts). */
import type { APIRoute } from 'astro';
import css from '../styles/global.css?raw';
import { themeColors, webManifest } from '../lib/web-app.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(themeColors(css)), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
