/**
 * A QR code of the methodology page's address, for the council report: whoever reads the paper can
 * open how the scores are computed. Written at build time from the site's public origin.
 */
import type { APIRoute } from 'astro';
import { renderSVG } from 'uqr';
import { METHODOLOGY_PATH } from '../../lib/diagnostic/report.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(renderSVG(new URL(METHODOLOGY_PATH, site).href, { border: 1 }), { headers: { 'Content-Type': 'image/svg+xml' } });
