/**
 * The islands' JSX is compiled by Vite's Oxc transform, not Babel (src/lib/preact-without-babel.ts): the real
 * @astrojs/preact integration is set up as Astro sets it up, and what it hands Vite is read. A later version that
 * renames the preset's plugin fails here, and the build says the same.
 */
import { describe, expect, it } from 'vitest';
import preactWithoutBabel, { PRESET_JSX_PLUGIN, withoutBabel } from '../../src/lib/preact-without-babel.ts';

type Plugin = { name?: string; transform?: unknown; config?: unknown };

async function viteConfigOf(integration: ReturnType<typeof preactWithoutBabel>) {
  let vite: { plugins?: unknown[]; oxc?: unknown } | undefined;
  const setup = integration.hooks['astro:config:setup'] as (params: unknown) => unknown;
  await setup({ command: 'build', addRenderer: () => {}, injectScript: () => {}, updateConfig: (config: { vite?: typeof vite }) => (vite = config.vite) });
  return vite!;
}

describe('preact without Babel', () => {
  it('takes the Babel transform out of the preset and keeps the rest of its plugin', async () => {
    const vite = await viteConfigOf(preactWithoutBabel({ include: ['**/*.tsx'] }));
    const plugins = (vite.plugins ?? []).flat(Infinity) as Plugin[];
    const jsx = plugins.find((plugin) => plugin.name === PRESET_JSX_PLUGIN);
    expect(jsx).toBeDefined();
    expect(jsx!.transform).toBeUndefined();
    expect(typeof jsx!.config).toBe('function');
    // The renderer's own plugins stay.
    expect(plugins.map((plugin) => plugin.name)).toContain('@astrojs/preact:opts');
  });

  it('has Oxc compile JSX with the automatic runtime from Preact', async () => {
    const vite = await viteConfigOf(preactWithoutBabel());
    expect(vite.oxc).toEqual({ jsx: { runtime: 'automatic', importSource: 'preact' } });
  });

  it('stops with a message when the preset no longer has that plugin', () => {
    expect(() => withoutBabel({ plugins: [{ name: 'something-else', transform: () => {} }] })).toThrow(/no longer adds the «vite:preact-jsx» plugin/);
    expect(() => withoutBabel({ plugins: [{ name: PRESET_JSX_PLUGIN }] })).toThrow(/preact-without-babel\.ts/);
  });
});
