/**
 * Decap's own pinned serialisers (decap-cms-core's YAML and frontmatter formats), loaded in Node.
 * The package ships extensionless ES modules that Node cannot import as they are, so Vite's SSR
 * loader transforms them; the code that runs is Decap's, unchanged.
 */
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
  close(): Promise<void>;
}

export async function loadDecapFormats(): Promise<DecapFormats> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
    ssr: { noExternal: ['decap-cms-core'] },
  });
  const yamlModule = await server.ssrLoadModule('decap-cms-core/dist/esm/formats/yaml.js');
  const frontmatterModule = await server.ssrLoadModule('decap-cms-core/dist/esm/formats/frontmatter.js');
  const immutable = await server.ssrLoadModule('immutable');
  return {
    yaml: yamlModule.default as DecapFormatter,
    yamlFrontmatter: frontmatterModule.frontmatterYAML() as DecapFormatter,
    throughImmutable: (data) => immutable.fromJS(data).toJS(),
    close: () => server.close(),
  };
}
