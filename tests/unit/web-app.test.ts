import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { APP_ICONS, MASKABLE_SCALE, cssToken, iconHref, themeColors, webManifest } from '../../src/lib/web-app.ts';

const css = readFileSync('src/styles/global.css', 'utf8');

describe('the web app manifest', () => {
  it('takes its colours from the stylesheet\'s tokens', () => {
    expect(themeColors(css)).toEqual({ theme: cssToken(css, '--color-brand'), background: cssToken(css, '--color-bg') });
    expect(cssToken(':root { --color-brand: #0a4a82; --color-brand-dark: #06335c; }', '--color-brand')).toBe('#0a4a82');
    expect(() => cssToken(':root {}', '--color-brand')).toThrow(/--color-brand/);
  });

  it('names the portal in Spanish, starts at the home page and stays on the site\'s origin', () => {
    const manifest = webManifest(themeColors(css));
    expect(manifest).toMatchObject({
      name: 'Integra — Portal de conocimiento',
      short_name: 'Integra',
      lang: 'es',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    for (const url of [manifest.start_url, manifest.scope, ...manifest.icons.map((icon) => icon.src)]) expect(url).toMatch(/^\/(?!\/)/);
  });

  it('has icons of 192 and 512 px and a maskable 512 px one whose drawing fits the safe zone', () => {
    expect(APP_ICONS.map((icon) => `${icon.size}:${icon.purpose}`)).toEqual(['192:any', '512:any', '512:maskable']);
    expect(new Set(APP_ICONS.map(iconHref)).size).toBe(APP_ICONS.length);
    expect(MASKABLE_SCALE).toBeLessThanOrEqual(0.8);
  });
});
