/** The campaign's files to download: each SVG as drawn and its PNG export (src/components/campaign/campaign-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CAMPAIGN_FILES, campaignPng } from '../../../components/campaign/campaign-files.ts';

export const getStaticPaths = (() =>
  [...CAMPAIGN_FILES.keys()].flatMap((name) => [
    { params: { archivo: name }, props: { name, kind: 'svg' as const } },
    { params: { archivo: name.replace(/\.svg$/, '.png') }, props: { name, kind: 'png' as const } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { name, kind } = props as { name: string; kind: 'svg' | 'png' };
  if (kind === 'svg') return new Response(CAMPAIGN_FILES.get(name)!.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
  return new Response(new Uint8Array(await campaignPng(name)), { headers: { 'Content-Type': 'image/png' } });
};
