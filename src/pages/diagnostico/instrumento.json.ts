/**
 * The whole diagnostic instrument as JSON, which the diagnostic island fetches when the questionnaire
 * or the results open (its page carries only the outline: instrumentOutline). Precached for offline
 * use through the page's prefetch link.
 */
import type { APIRoute } from 'astro';
import { getInstrument } from '../../content.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getInstrument()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
