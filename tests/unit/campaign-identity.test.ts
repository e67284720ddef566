import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AA_TEXT,
  CAMPAIGN_MARK,
  CAMPAIGN_PAIRS_TO_AVOID,
  CAMPAIGN_PALETTE,
  CAMPAIGN_PIECES,
  CAMPAIGN_TEXT_PAIRS,
  PIECE_COLOURS,
  campaignFileHref,
  contrastRatio,
  formatRatio,
  paletteSvg,
  pieceAltText,
  svgColours,
  svgExternalUrls,
  svgTextPairs,
} from '../../src/lib/campaign-identity.ts';

const ASSETS = join(import.meta.dirname, '../../src/assets/campana');
const drawn = readdirSync(ASSETS).filter((name) => name.endsWith('.svg'));
const read = (name: string) => readFileSync(join(ASSETS, name), 'utf8');
/** Every campaign SVG the portal serves: the hand-drawn ones and the palette sheet drawn from data. */
const allSvgs: [string, string][] = [...drawn.map((name): [string, string] => [name, read(name)]), ['paleta (generated)', paletteSvg()]];

describe('contrast', () => {
  it('computes WCAG ratios: black on white is 21:1, a colour on itself 1:1, in either order', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#FFFFFF')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#FFFFFF', '#767676')).toBe(contrastRatio('#767676', '#FFFFFF'));
  });

  it('refuses what is not a hex colour', () => {
    expect(() => contrastRatio('white', '#000')).toThrow(/Not a hex colour/);
  });

  it('prints ratios rounded down, so a pair under 4,5:1 never shows as 4,5:1', () => {
    expect(formatRatio(4.499)).toBe('4,4:1');
    expect(formatRatio(10.36)).toBe('10,3:1');
  });

  it('every pair the page recommends meets WCAG AA, and every pair it warns against does not', () => {
    for (const pair of CAMPAIGN_TEXT_PAIRS) expect(contrastRatio(pair.text, pair.background), `${pair.textName} on ${pair.backgroundName}`).toBeGreaterThanOrEqual(AA_TEXT);
    for (const pair of CAMPAIGN_PAIRS_TO_AVOID) expect(contrastRatio(pair.text, pair.background), `${pair.textName} on ${pair.backgroundName}`).toBeLessThan(AA_TEXT);
  });

  it('each palette colour names a text colour that reads on it', () => {
    for (const colour of CAMPAIGN_PALETTE) expect(contrastRatio(colour.text, colour.hex), colour.name).toBeGreaterThanOrEqual(AA_TEXT);
  });
});

describe('reading an SVG', () => {
  it('finds no request in namespaces, and finds http, https and protocol-relative URLs', () => {
    expect(svgExternalUrls('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><rect/></svg>')).toEqual([]);
    expect(
      svgExternalUrls('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://cdn.example/a.png"/><style>@import url(//fonts.example/x.css);</style><use href="http://e.example/s.svg#a"/></svg>'),
    ).toEqual(['https://cdn.example/a.png', '//fonts.example/x.css', 'http://e.example/s.svg#a']);
  });

  it('pairs each text with the last rectangle drawn under it, through translated and scaled groups', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
      <rect width="100" height="100" fill="#FFFFFF"/>
      <rect y="50" width="100" height="50" fill="#000000"/>
      <text x="10" y="20" fill="#000000" font-size="10">arriba</text>
      <g transform="translate(0 40) scale(2)"><text x="5" y="20" fill="#FFFFFF" font-size="5">abajo</text></g>
      <text x="10" y="80" fill="#444444" font-size="10">gris</text>
    </svg>`;
    expect(svgTextPairs(svg).map(({ text, background, ratio }) => [text, background, Math.round(ratio)])).toEqual([
      ['arriba', '#FFFFFF', 21],
      ['abajo', '#000000', 21],
      ['gris', '#000000', 2],
    ]);
  });

  it('refuses texts it cannot place or colour rather than guess', () => {
    expect(() => svgTextPairs('<svg><text x="1" y="1" font-size="3">sin color</text></svg>')).toThrow(/without its own fill/);
    expect(() => svgTextPairs('<svg><g transform="rotate(45)"><text x="1" y="1" fill="#000" font-size="3">girado</text></g></svg>')).toThrow(/rotated/);
    expect(() => svgTextPairs('<svg><text fill="#000" font-size="3">dónde</text></svg>')).toThrow(/without x, y/);
  });
});

describe('the campaign SVGs', () => {
  it('are the mark and every piece, each drawn in src/assets/campana/', () => {
    expect(drawn.sort()).toEqual([CAMPAIGN_MARK.file, ...CAMPAIGN_PIECES.map((piece) => piece.file)].sort());
  });

  it.each(allSvgs)('%s makes no request: no http(s) URL but the SVG namespace, no external font, image or stylesheet', (_name, svg) => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgExternalUrls(svg)).toEqual([]);
    expect(svg).not.toMatch(/@import|@font-face|<image\b|<foreignObject\b|<script\b/i);
    // Internal references only: href="#…" and url(#…).
    for (const [, ref] of svg.matchAll(/\bhref="([^"]*)"/g)) expect(ref).toMatch(/^#/);
    for (const [, ref] of svg.matchAll(/url\(([^)]*)\)/g)) expect(ref).toMatch(/^#/);
  });

  it.each(allSvgs)('%s: every text meets WCAG AA contrast (4.5:1) on what lies under it', (_name, svg) => {
    const pairs = svgTextPairs(svg);
    expect(pairs.length).toBeGreaterThan(0);
    const failing = pairs.filter((pair) => pair.ratio < AA_TEXT).map((pair) => `«${pair.text}» ${pair.fill} on ${pair.background}: ${pair.ratio.toFixed(2)}:1`);
    expect(failing).toEqual([]);
  });

  it.each(allSvgs)('%s uses only the palette, white and the EU emblem colours, and has a title for screen readers', (_name, svg) => {
    const allowed = new Set(PIECE_COLOURS.map((c) => c.toUpperCase()));
    expect(svgColours(svg).filter((colour) => !allowed.has(colour) && colour !== '#039' && colour !== '#FC0')).toEqual([]);
    expect(svg).toMatch(/<title id="[^"]+">[^<]{10,}<\/title>/);
  });

  it.each(CAMPAIGN_PIECES.map((piece) => [piece.id, piece] as const))('%s: every text the piece shows is in its alternative text, and its description says so too', (_id, piece) => {
    const svg = read(piece.file);
    const shown = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
      .map(([, inner]) => inner.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim())
      .map((text) => text.replace('&amp;', '&'));
    const alt = pieceAltText(piece).toLowerCase();
    const description = /<desc[^>]*>([\s\S]*?)<\/desc>/.exec(svg)![1].toLowerCase();
    for (const text of shown) {
      expect(alt, `alt text of ${piece.id}`).toContain(text.toLowerCase());
      expect(description, `<desc> of ${piece.file}`).toContain(text.toLowerCase());
    }
    expect(piece.texts.map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(shown.map((t) => t.toLowerCase())));
  });

  it('each piece says it is a sample to adapt, not the official campaign piece, and keeps the municipality as the one text to change', () => {
    for (const piece of CAMPAIGN_PIECES) {
      const svg = read(piece.file);
      expect(svg).toContain('[nombre del cantón]');
      expect(svg).toMatch(/Pieza de muestra del portal Integra/);
      expect(svg).toContain('Financiado por');
      expect(campaignFileHref(piece.file)).toBe(`/campana/descargas/${piece.file}`);
      expect(campaignFileHref(piece.file, 'png')).toMatch(/\.png$/);
    }
    expect(read(CAMPAIGN_MARK.file)).toMatch(/no es el logo oficial/);
  });
});
