/**
 * The Pro-Integración campaign's visual identity as the portal draws it: palette, mark and sample
 * pieces (the SVG files are in src/assets/campana/), plus the checks the build and the tests run on
 * those SVGs (no request leaves the file, every text pair meets WCAG AA contrast).
 * The report names the campaign and its copy but prints neither its colours nor its logo: this is
 * an adaptation made for the portal, and the pages say so.
 * Pure: no DOM, no file system.
 */

export interface CampaignColour {
  id: string;
  name: string;
  hex: string;
  /** The text colour that reads on this colour (WCAG AA, 4.5:1 or more). */
  text: string;
  use: string;
}

const WHITE = '#FFFFFF';
const INK = '#1B1F24';

/** The campaign's palette. The pieces use only these colours (and the EU emblem's own two). */
export const CAMPAIGN_PALETTE: readonly CampaignColour[] = [
  { id: 'azul', name: 'Azul encuentro', hex: '#163F7A', text: WHITE, use: 'Fondos de titulares y el nombre de la campaña.' },
  { id: 'verde', name: 'Verde comunidad', hex: '#0E6B52', text: WHITE, use: 'Fondos de piezas para redes y figuras.' },
  { id: 'terracota', name: 'Terracota', hex: '#B4431F', text: WHITE, use: 'Lema y acentos; texto sobre crema.' },
  { id: 'amarillo', name: 'Amarillo sol', hex: '#F5B935', text: INK, use: 'El círculo de la marca y destacados sobre azul.' },
  { id: 'crema', name: 'Crema', hex: '#FFF6E6', text: INK, use: 'Fondo de textos largos.' },
  { id: 'tinta', name: 'Tinta', hex: INK, text: WHITE, use: 'Textos de lectura.' },
];

const hexOf = (id: string) => CAMPAIGN_PALETTE.find((c) => c.id === id)!.hex;

export interface TextPair {
  text: string;
  textName: string;
  background: string;
  backgroundName: string;
}

/** The text-on-background pairs the pieces use, each at 4.5:1 or more (tested). */
export const CAMPAIGN_TEXT_PAIRS: readonly TextPair[] = [
  { text: WHITE, textName: 'Blanco', background: hexOf('azul'), backgroundName: 'Azul encuentro' },
  { text: hexOf('amarillo'), textName: 'Amarillo sol', background: hexOf('azul'), backgroundName: 'Azul encuentro' },
  { text: WHITE, textName: 'Blanco', background: hexOf('verde'), backgroundName: 'Verde comunidad' },
  { text: hexOf('crema'), textName: 'Crema', background: hexOf('verde'), backgroundName: 'Verde comunidad' },
  { text: WHITE, textName: 'Blanco', background: hexOf('terracota'), backgroundName: 'Terracota' },
  { text: INK, textName: 'Tinta', background: hexOf('amarillo'), backgroundName: 'Amarillo sol' },
  { text: INK, textName: 'Tinta', background: hexOf('crema'), backgroundName: 'Crema' },
  { text: hexOf('terracota'), textName: 'Terracota', background: hexOf('crema'), backgroundName: 'Crema' },
  { text: hexOf('azul'), textName: 'Azul encuentro', background: hexOf('crema'), backgroundName: 'Crema' },
  { text: hexOf('azul'), textName: 'Azul encuentro', background: WHITE, backgroundName: 'Blanco' },
  { text: hexOf('terracota'), textName: 'Terracota', background: WHITE, backgroundName: 'Blanco' },
];

/** Combinations that look tempting and do not read (under 4.5:1): the page warns against them. */
export const CAMPAIGN_PAIRS_TO_AVOID: readonly TextPair[] = [
  { text: WHITE, textName: 'Blanco', background: hexOf('amarillo'), backgroundName: 'Amarillo sol' },
  { text: hexOf('amarillo'), textName: 'Amarillo sol', background: hexOf('verde'), backgroundName: 'Verde comunidad' },
  { text: INK, textName: 'Tinta', background: hexOf('verde'), backgroundName: 'Verde comunidad' },
];

/** The EU emblem's colours (reflex blue and yellow), allowed in the pieces beside the palette. */
export const EU_EMBLEM_COLOURS = ['#003399', '#FFCC00'] as const;

/** Colours the pieces may use: the palette, white and the EU emblem's. */
export const PIECE_COLOURS: readonly string[] = [...CAMPAIGN_PALETTE.map((c) => c.hex), WHITE, ...EU_EMBLEM_COLOURS];

export type CampaignFileKind = 'svg' | 'png';

export interface CampaignPiece {
  /** The page's slug: /campana/piezas/<id>/. */
  id: string;
  title: string;
  /** What it is for, in one sentence. */
  purpose: string;
  /** The SVG file's name in src/assets/campana/ (and its download's name). */
  file: string;
  format: string;
  /** Width and height of the drawing in CSS pixels, for <img> (its viewBox ratio). */
  width: number;
  height: number;
  /** PNG export: its width in pixels (height follows the ratio). */
  pngWidth: number;
  /** Every text the piece shows, in reading order: the alternative text and the caption read it. */
  texts: readonly string[];
}

export const CAMPAIGN_MARK = {
  file: 'marca-pro-integracion.svg',
  width: 580,
  height: 140,
  alt: 'Marca de la campaña Pro-Integración adaptada por el portal: tres personas de distintos colores, juntas dentro de un círculo amarillo, junto al nombre «Pro-Integración» y el lema «Construimos comunidad sin fronteras».',
} as const;

/** The identity section's headings, in order: the campaign page's table of contents lists them. */
export const IDENTITY_SECTION = { slug: 'identidad-visual', text: 'Identidad visual y piezas para adaptar' } as const;
export const IDENTITY_PARTS = {
  mark: { slug: 'marca', text: 'La marca' },
  colours: { slug: 'colores', text: 'Los colores de la campaña' },
  pieces: { slug: 'piezas', text: 'Piezas de muestra' },
  adapt: { slug: 'como-adaptar', text: 'Cómo adaptar las piezas a su municipio' },
} as const;

/** The municipality's name in the pieces: the one text a GAD must change. */
export const MUNICIPALITY_PLACEHOLDER = 'GAD Municipal de [nombre del cantón]';

export const CAMPAIGN_PIECES: readonly CampaignPiece[] = [
  {
    id: 'afiche',
    title: 'Afiche A3',
    purpose: 'Para carteleras del municipio, centros de salud, escuelas y mercados. Se imprime en A3 o en A4 vertical.',
    file: 'afiche-pro-integracion-a3.svg',
    format: 'A3 vertical (297 × 420 mm)',
    width: 594,
    height: 840,
    pngWidth: 1754,
    texts: [
      'Campaña Pro-Integración',
      'Detrás de un prejuicio hay un ser humano',
      'Cada persona que llega a nuestra ciudad tiene un nombre, un oficio y una familia.',
      'Construimos comunidad sin fronteras',
      MUNICIPALITY_PLACEHOLDER,
      'Financiado por la Unión Europea',
      'Programa Integra · PNUD Ecuador',
    ],
  },
  {
    id: 'cromo-redes',
    title: 'Cromo para redes sociales',
    purpose: 'Una imagen cuadrada para Facebook, Instagram y WhatsApp, como los «cromos para redes sociales» que nombra el informe.',
    file: 'cromo-pro-integracion-1080.svg',
    format: 'Cuadrado de 1080 × 1080 píxeles',
    width: 540,
    height: 540,
    pngWidth: 1080,
    texts: [
      'Campaña Pro-Integración',
      'La movilidad humana es una oportunidad de desarrollo',
      'Construimos comunidad sin fronteras',
      MUNICIPALITY_PLACEHOLDER,
      'Financiado por la Unión Europea',
      'Programa Integra · PNUD Ecuador',
    ],
  },
];

/** A piece's text as one alternative text: its sentences in reading order. */
export function pieceAltText(piece: CampaignPiece): string {
  return `${piece.title} de la campaña Pro-Integración. Dice: ${piece.texts.map((text) => (/[.:!?»]$/.test(text) ? text : `${text}.`)).join(' ')}`;
}

/** Where a campaign file is downloaded from. */
export function campaignFileHref(file: string, kind: CampaignFileKind = 'svg'): string {
  return `/campana/descargas/${kind === 'svg' ? file : file.replace(/\.svg$/, '.png')}`;
}

export const campaignPieceHref = (id: string) => `/campana/piezas/${id}/`;

// Contrast (WCAG 2.x relative luminance).

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Parses "#RGB" or "#RRGGBB" (any case); throws on anything else, so a typo fails loudly. */
export function parseHex(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`Not a hex colour: ${hex}`);
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map(channel);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA for normal-size text; the pieces hold every text to it, large or not. */
export const AA_TEXT = 4.5;

const ratioFormat = new Intl.NumberFormat('es-EC', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A contrast ratio as the page prints it: "10,4:1" (rounded down, so 4,49 never shows as 4,5). */
export function formatRatio(ratio: number): string {
  return `${ratioFormat.format(Math.floor(ratio * 10) / 10)}:1`;
}

// Checks on the SVG files.

/**
 * Every URL in an SVG that would make a request: http(s) and protocol-relative URLs, except the
 * namespaces (xmlns attributes), which are names and are never fetched.
 */
export function svgExternalUrls(svg: string): string[] {
  const withoutNamespaces = svg.replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
  return [...withoutNamespaces.matchAll(/(?:https?:)?\/\/[^\s"'<>)]+/gi)].map((match) => match[0]);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

export interface SvgTextPair {
  text: string;
  fill: string;
  background: string;
  ratio: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const num = (tag: string, name: string, fallback = 0) => Number(attr(tag, name) ?? fallback);

/** A group's placement: translate, then scale (the only transforms the pieces use). */
type Placement = [tx: number, ty: number, scale: number];

function placementOf(transform: string | undefined, [tx, ty, s]: Placement): Placement {
  if (!transform) return [tx, ty, s];
  const match = /^translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)(?:\s*scale\(\s*([\d.]+)\s*\))?$/.exec(transform.trim());
  // Anything else (rotate, skew, matrix) marks the group as unreadable: NaN.
  if (!match) return [NaN, NaN, NaN];
  return [tx + s * Number(match[1]), ty + s * Number(match[2]), s * Number(match[3] ?? 1)];
}

/**
 * The colour of each text in an SVG and of what lies under it: the last filled rectangle, drawn
 * before the text, that contains the middle of the text's first line at its anchor (the SVG's
 * background colour otherwise). It reads the pieces as the portal writes them: backgrounds are
 * <rect>s, each <text> has its own fill, font-size and x/y, and groups move only by translate()
 * and scale(); anything else is an error rather than a guess.
 */
export function svgTextPairs(svg: string, canvas = '#FFFFFF'): SvgTextPair[] {
  const boxes: Box[] = [];
  const pairs: SvgTextPair[] = [];
  const placements: Placement[] = [[0, 0, 1]];
  // Definitions, masks and clip paths are not painted where they are written.
  const body = svg.replace(/<(defs|clipPath|mask)\b[\s\S]*?<\/\1>/g, '');
  for (const match of body.matchAll(/<\/?g\b[^>]*>|<rect\b[^>]*>|<text\b[^>]*>[\s\S]*?<\/text>/g)) {
    const tag = match[0];
    const [tx, ty, s] = placements.at(-1)!;
    if (tag.startsWith('</g')) {
      placements.pop();
      continue;
    }
    if (tag.startsWith('<g')) {
      if (!tag.endsWith('/>')) placements.push(placementOf(attr(tag, 'transform'), [tx, ty, s]));
      continue;
    }
    if (tag.startsWith('<rect')) {
      const fill = attr(tag, 'fill');
      if (!fill || fill === 'none' || attr(tag, 'opacity') || attr(tag, 'fill-opacity')) continue;
      if (Number.isNaN(s)) throw new Error(`A <rect> inside a rotated or skewed group: ${tag}`);
      boxes.push({ x: tx + s * num(tag, 'x'), y: ty + s * num(tag, 'y'), width: s * num(tag, 'width'), height: s * num(tag, 'height'), fill });
      continue;
    }
    const open = /^<text\b[^>]*>/.exec(tag)![0];
    const firstSpan = /<tspan\b[^>]*>/.exec(tag)?.[0] ?? '';
    const text = tag.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    const fill = attr(open, 'fill');
    if (!fill) throw new Error(`A <text> without its own fill: «${text}»`);
    if (Number.isNaN(s)) throw new Error(`A <text> inside a rotated or skewed group: «${text}»`);
    const x = Number(attr(open, 'x') ?? attr(firstSpan, 'x') ?? NaN);
    const y = Number(attr(open, 'y') ?? attr(firstSpan, 'y') ?? NaN);
    const fontSize = Number(attr(open, 'font-size') ?? NaN);
    if ([x, y, fontSize].some(Number.isNaN)) throw new Error(`A <text> without x, y or font-size: «${text}»`);
    // The middle of the first line's letters, above the baseline.
    const probe = { x: tx + s * x, y: ty + s * (y - fontSize * 0.35) };
    const under = boxes.findLast((b) => probe.x >= b.x && probe.x <= b.x + b.width && probe.y >= b.y && probe.y <= b.y + b.height);
    const background = under?.fill ?? canvas;
    pairs.push({ text, fill, background, ratio: contrastRatio(fill, background) });
  }
  return pairs;
}

const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The palette as an SVG sheet of swatches: each colour with its name, hex code and the text colour that reads on it. */
export function paletteSvg(palette: readonly CampaignColour[] = CAMPAIGN_PALETTE): string {
  const columns = 3;
  const [w, h, gap, margin] = [240, 170, 20, 40];
  const width = margin * 2 + columns * w + (columns - 1) * gap;
  const rows = Math.ceil(palette.length / columns);
  const height = margin * 2 + 50 + rows * h + (rows - 1) * gap;
  const swatches = palette.map((colour, i) => {
    const x = margin + (i % columns) * (w + gap);
    const y = margin + 50 + Math.floor(i / columns) * (h + gap);
    const textName = colour.text === WHITE ? 'blanco' : 'tinta';
    const line = (dy: number, size: number, weight: number, content: string) =>
      `<text x="${x + 20}" y="${y + dy}" fill="${colour.text}" font-family="${escapeXml(FONT_STACK)}" font-size="${size}" font-weight="${weight}">${escapeXml(content)}</text>`;
    return [
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="8" fill="${colour.hex}"${colour.hex === '#FFF6E6' ? ' stroke="#1B1F24" stroke-width="1"' : ''}/>`,
      line(40, 22, 700, colour.name),
      line(72, 20, 400, colour.hex),
      line(140, 16, 400, `Texto ${textName}: ${formatRatio(contrastRatio(colour.text, colour.hex))}`),
    ].join('\n  ');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="paleta-titulo">`,
    `  <title id="paleta-titulo">Paleta de la campaña Pro-Integración (adaptación del portal Integra): ${escapeXml(palette.map((c) => `${c.name} ${c.hex}`).join(', '))}</title>`,
    `  <rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `  <text x="${margin}" y="${margin + 20}" fill="#1B1F24" font-family="${escapeXml(FONT_STACK)}" font-size="24" font-weight="700">Paleta Pro-Integración · adaptación del portal Integra</text>`,
    `  ${swatches.join('\n  ')}`,
    '</svg>',
    '',
  ].join('\n');
}

/** Every fill and stroke colour an SVG uses, upper-cased. */
export function svgColours(svg: string): string[] {
  return [...new Set([...svg.matchAll(/\s(?:fill|stroke|stop-color)="(#[0-9a-f]{3,6})"/gi)].map((match) => match[1].toUpperCase()))];
}
