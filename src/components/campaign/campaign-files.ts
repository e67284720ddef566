/**
 * The campaign's downloadable files, built once per build: the hand-drawn SVGs in
 * src/assets/campana/, the palette sheet drawn from its data, and a PNG of each rendered with sharp
 * (for people whose design or messaging tool does not take SVG). The download route writes them and
 * the pages read their sizes from here, so a link's size is the size of the file it serves.
 */
import sharp from 'sharp';
import { CAMPAIGN_MARK, CAMPAIGN_PIECES, paletteSvg } from '../../lib/campaign-identity.ts';

const drawn = import.meta.glob<string>('../../assets/campana/*.svg', { query: '?raw', import: 'default', eager: true });
const svgByName = new Map(Object.entries(drawn).map(([path, svg]) => [path.slice(path.lastIndexOf('/') + 1), svg]));

export const PALETTE_FILE = 'paleta-pro-integracion.svg';

export interface CampaignFile {
  /** The SVG's file name; its PNG has the same name ending in .png. */
  name: string;
  svg: string;
  /** Width of the PNG export, in pixels. */
  pngWidth: number;
}

/** The files: the drawings by name (their SVG read from src/assets/campana/), the palette drawn from its data. */
const SOURCES: { name: string; pngWidth: number; svg?: string }[] = [
  { name: CAMPAIGN_MARK.file, pngWidth: 1160 },
  { name: PALETTE_FILE, pngWidth: 840, svg: paletteSvg() },
  ...CAMPAIGN_PIECES.map((piece) => ({ name: piece.file, pngWidth: piece.pngWidth })),
];

/** Every campaign file, by SVG name. A piece named in src/lib/campaign-identity.ts without its drawing fails the build. */
export const CAMPAIGN_FILES: ReadonlyMap<string, CampaignFile> = new Map(
  SOURCES.map(({ name, pngWidth, svg }) => {
    const source = svg ?? svgByName.get(name);
    if (!source) throw new Error(`src/assets/campana/${name} is missing`);
    return [name, { name, svg: source, pngWidth }];
  }),
);

const pngs = new Map<string, Promise<Buffer>>();

/** The PNG export of a campaign SVG, rendered once per build. */
export function campaignPng(name: string): Promise<Buffer> {
  const file = CAMPAIGN_FILES.get(name);
  if (!file) throw new Error(`No campaign file ${name}`);
  if (!pngs.has(name)) pngs.set(name, renderPng(Buffer.from(file.svg), file.pngWidth));
  return pngs.get(name)!;
}

/** Rasterises the SVG at the density that gives `width` pixels, so text and edges are drawn at that size, not scaled up. */
async function renderPng(svg: Buffer, width: number): Promise<Buffer> {
  const { width: natural } = await sharp(svg).metadata();
  if (!natural) throw new Error('An SVG without a width');
  return sharp(svg, { density: (72 * width) / natural })
    .resize({ width })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9, palette: true, quality: 90 })
    .toBuffer();
}

export interface CampaignDownload {
  href: string;
  type: 'SVG' | 'PNG';
  bytes: number;
}

/** The two downloads of a campaign file, SVG first, with their sizes in bytes. */
export async function campaignDownloads(name: string): Promise<CampaignDownload[]> {
  const file = CAMPAIGN_FILES.get(name);
  if (!file) throw new Error(`No campaign file ${name}`);
  return [
    { href: `/campana/descargas/${name}`, type: 'SVG', bytes: Buffer.byteLength(file.svg) },
    { href: `/campana/descargas/${name.replace(/\.svg$/, '.png')}`, type: 'PNG', bytes: (await campaignPng(name)).length },
  ];
}
