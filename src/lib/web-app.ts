/**
 * The web app manifest (/manifest.webmanifest) and its icons, so the portal can be added to a phone's
 * home screen. The colours are the stylesheet's own tokens; the icons are drawn at build time from one
 * image, the favicon (src/pages/iconos/[icono].png.ts).
 */

export const MANIFEST_URL = '/manifest.webmanifest';
/** The one source image of every icon. */
export const ICON_SOURCE = 'public/favicon.svg';

export interface AppIcon {
  name: string;
  size: number;
  /** "maskable": the drawing sits in the central safe zone of a full-bleed square that the phone may crop to any shape. */
  purpose: 'any' | 'maskable';
}

export const APP_ICONS: readonly AppIcon[] = [
  { name: 'icono-192', size: 192, purpose: 'any' },
  { name: 'icono-512', size: 512, purpose: 'any' },
  { name: 'icono-maskable-512', size: 512, purpose: 'maskable' },
];

export const iconHref = (icon: AppIcon) => `/iconos/${icon.name}.png`;

/** Share of a maskable icon the drawing may fill: the safe zone is a circle of 80 % of the width. */
export const MASKABLE_SCALE = 0.7;

/** The value of a custom property of the stylesheet's :root, e.g. cssToken(css, '--color-brand') → "#0a4a82". */
export function cssToken(css: string, name: string): string {
  const escaped = name.replace(/[-]/g, '\\-');
  const value = new RegExp(`${escaped}\\s*:\\s*([^;]+);`).exec(css)?.[1]?.trim();
  if (!value) throw new Error(`The stylesheet has no ${name} token`);
  return value;
}

export interface ThemeColors {
  theme: string;
  background: string;
}

/** The brand colour for the browser's bars, the page colour for the splash screen. */
export function themeColors(css: string): ThemeColors {
  return { theme: cssToken(css, '--color-brand'), background: cssToken(css, '--color-bg') };
}

export function webManifest(colors: ThemeColors) {
  return {
    id: '/',
    name: 'Integra — Portal de conocimiento',
    short_name: 'Integra',
    description: 'Manuales, talleres, autodiagnóstico y resultados del Programa Integra (PNUD Ecuador, financiado por la Unión Europea).',
    lang: 'es',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: colors.theme,
    background_color: colors.background,
    icons: APP_ICONS.map((icon) => ({ src: iconHref(icon), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
}
