/**
 * @astrojs/preact with the islands' JSX compiled by Vite's own transform (Oxc) instead of Babel.
 *
 * @astrojs/preact always hands @preact/preset-vite a Babel configuration, and the preset then runs Babel over
 * every .tsx file, in the server build and the client build, only to turn JSX into `jsx()` calls: the one thing
 * Vite's Oxc transform already does natively, with tsconfig's `jsxImportSource: "preact"`. In a build after an
 * editor publishes, that Babel pass was about a tenth of Astro's processor time. Without it, the preset's
 * plugin keeps its configuration (dependency pre-bundling, warnings) and Oxc compiles the JSX.
 *
 * Written against @astrojs/preact 6.0 and @preact/preset-vite 2.10: if the preset's plugin is not found (a
 * later version renamed it, or dropped Babel itself), the build stops and says so, rather than silently
 * keeping or losing the JSX transform.
 */
import preact from '@astrojs/preact';
import type { AstroIntegration } from 'astro';

type Options = Parameters<typeof preact>[0];
type ViteConfig = NonNullable<Parameters<Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['updateConfig']>[0]['vite']>;

/** The preset's plugin that runs Babel (`transform`) and sets the JSX options (`config`). */
export const PRESET_JSX_PLUGIN = 'vite:preact-jsx';

/** The Vite config @astrojs/preact adds, with the preset's Babel transform taken out (the config is changed in place). */
export function withoutBabel(vite: ViteConfig | undefined): ViteConfig | undefined {
  const plugins = ((vite?.plugins ?? []) as unknown[]).flat(Infinity) as { name?: string; transform?: unknown }[];
  const jsx = plugins.find((plugin) => plugin?.name === PRESET_JSX_PLUGIN);
  if (!jsx || typeof jsx.transform !== 'function') {
    throw new Error(
      `preact-without-babel: @astrojs/preact no longer adds the «${PRESET_JSX_PLUGIN}» plugin with a Babel transform. ` +
        'Check whether it still needs taking out (src/lib/preact-without-babel.ts), and use @astrojs/preact directly if not.',
    );
  }
  delete jsx.transform;
  // What the preset sets when it does not use Babel: the automatic runtime, from Preact.
  return { ...vite, oxc: { ...(typeof vite?.oxc === 'object' ? vite.oxc : {}), jsx: { runtime: 'automatic', importSource: 'preact' } } };
}

export default function preactWithoutBabel(options?: Options): AstroIntegration {
  const integration = preact(options);
  const setup = integration.hooks['astro:config:setup'];
  if (!setup) throw new Error('preact-without-babel: @astrojs/preact has no astro:config:setup hook');
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (params) =>
        setup({ ...params, updateConfig: (config) => params.updateConfig(config.vite ? { ...config, vite: withoutBabel(config.vite) } : config) }),
    },
  };
}
