/**
 * Decap's own pinned serialisers, loaded in Node: decap-cms-core's YAML and frontmatter formats,
 * and decap-cms-widget-markdown's rich-text round trip (Markdown → Slate → Markdown) with our
 * editor components. The packages ship extensionless ES modules that Node cannot import as they
 * are, so Vite's SSR loader transforms them; the code that runs is Decap's, unchanged, except that
 * the serialisers' lookup of registered editor components is answered by
 * scripts/lib/decap-markdown-registry.ts instead of the React control.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

export interface DecapFormatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
}

export interface DecapFormats {
  yaml: DecapFormatter;
  yamlFrontmatter: DecapFormatter;
  /** Immutable's fromJS → toJS, as Decap holds entry data between load and save. */
  throughImmutable<T>(data: T): T;
  /** What the rich-text editor writes for a body after any edit (no final newline). */
  richTextPass(markdown: string): string;
  close(): Promise<void>;
}

export async function loadDecapFormats(): Promise<DecapFormats> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
    ssr: { noExternal: [/^decap-cms-/] },
    resolve: {
      alias: [{ find: /^\.\.\/MarkdownControl$/, replacement: fileURLToPath(new URL('./decap-markdown-registry.ts', import.meta.url)) }],
    },
  });
  const yamlModule = await server.ssrLoadModule('decap-cms-core/dist/esm/formats/yaml.js');
  const frontmatterModule = await server.ssrLoadModule('decap-cms-core/dist/esm/formats/frontmatter.js');
  const immutable = await server.ssrLoadModule('immutable');
  const markdown = await server.ssrLoadModule('decap-cms-widget-markdown/dist/esm/serializers/index.js');
  const options = { voidCodeBlock: true }; // the admin registers the code-block component, so code blocks are void
  return {
    yaml: yamlModule.default as DecapFormatter,
    yamlFrontmatter: frontmatterModule.frontmatterYAML() as DecapFormatter,
    throughImmutable: (data) => immutable.fromJS(data).toJS(),
    richTextPass: (text) => markdown.slateToMarkdown(markdown.markdownToSlate(text, options), options),
    close: () => server.close(),
  };
}
