/**
 * The whole Decap CMS configuration, built from the collection schemas. `scripts/build-cms.ts`
 * writes it to /admin/config.yml at build time, for the local or the production backend.
 */
import { z } from 'astro/zod';
import { COLLECTION_FORMATS, COLLECTION_NAMES, collectionSchemas, type CollectionName } from '../lib/schemas.ts';
import { IDENTIFIER_FIELDS, RELATION_META, fieldsOf, type DecapField } from './fields.ts';
import type { RepositoryAccess } from './repository.ts';

export const COLLECTION_LABELS: Record<CollectionName, { label: string; singular: string; description: string }> = {
  manuales: { label: 'Manuales y guías', singular: 'Manual o guía', description: 'Las metodologías del programa.' },
  modulos: {
    label: 'Módulos y sesiones',
    singular: 'Módulo o sesión',
    description: 'Módulos de Aprende, Trabaja y Emprende y En Marcha Digital, y sesiones de formación de formadores.',
  },
  cuestionarios: { label: 'Cuestionarios', singular: 'Cuestionario', description: 'Autoevaluaciones con preguntas, opciones y retroalimentación.' },
  diagnostico: { label: 'Autodiagnóstico GAD', singular: 'Instrumento', description: 'El instrumento de autodiagnóstico de gobernanza.' },
  'buenas-practicas': { label: 'Buenas prácticas', singular: 'Buena práctica', description: 'El catálogo de buenas prácticas municipales.' },
  campana: { label: 'Campaña Pro-Integración', singular: 'Pieza de campaña', description: 'Conceptos, mensajes, piezas y resultados de la campaña.' },
  municipios: { label: 'Municipios', singular: 'Municipio', description: 'Los nueve GAD y sus datos.' },
  resultados: { label: 'Resultados', singular: 'Tabla de resultados', description: 'Indicadores y tablas del informe.' },
  glosario: { label: 'Glosario', singular: 'Término', description: 'Términos y siglas.' },
  notas: {
    label: 'Notas sobre el informe',
    singular: 'Nota sobre el informe',
    description: 'Dónde el informe imprime cifras, nombres o rótulos distintos para lo mismo. Cada nota se escribe una sola vez aquí.',
  },
  facilitacion: {
    label: 'Guía de facilitación del autodiagnóstico',
    singular: 'Guía de facilitación',
    description: 'El texto de la guía para quien convoca y guía las dos reuniones del GET. La agenda, las preguntas y las evidencias salen solas del instrumento.',
  },
};

/** A guide under the body field. */
export const BODY_HINT =
  'Use el botón + de la barra para insertar un recuadro o una imagen con leyenda. ' +
  'En modo código: un recuadro es una línea <Callout type="nota" title="Título"> (nota, consejo o aviso), ' +
  'el texto y una línea </Callout>. Para señalar una nota sobre el informe, enlace «ver nota» a /notas-sobre-el-informe/#id-de-la-nota. ' +
  'No use llaves, import, export ni HTML.';

export const BODY_FIELD: DecapField = {
  name: 'body',
  label: 'Contenido',
  widget: 'markdown',
  modes: ['rich_text', 'raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list'],
  editor_components: ['callout', 'figure'],
  hint: BODY_HINT,
};

export type CmsBackend =
  /** decap-server on this machine; `workflow` needs it in git mode (the tests use it to try the workflow). */
  | { kind: 'local'; url: string; workflow?: boolean }
  | { kind: 'github'; repo: string; branch: string; baseUrl?: string };

/** How each collection's entry list can be grouped in the admin. */
const VIEW_GROUPS: Partial<Record<CollectionName, { label: string; field: string }>> = {
  modulos: { label: 'Curso', field: 'course' },
  cuestionarios: { label: 'Uso', field: 'purpose' },
  'buenas-practicas': { label: 'Eje', field: 'eje' },
  campana: { label: 'Parte', field: 'kind' },
  resultados: { label: 'Parte del tablero', field: 'section' },
  manuales: { label: 'Tipo', field: 'kind' },
};

/**
 * Where each collection's entries are published. Modules have none: their path depends on the
 * course (En Marcha Digital sits inside Aprende, Trabaja y Emprende), which a Decap path cannot say.
 */
const PREVIEW_PATHS: Partial<Record<CollectionName, string>> = {
  manuales: 'manuales/{{slug}}/',
  'buenas-practicas': 'buenas-practicas/{{slug}}/',
  campana: 'campana/{{slug}}/',
  municipios: 'municipios/{{slug}}/',
  glosario: 'glosario/',
  resultados: 'resultados/',
  diagnostico: 'diagnostico/',
  notas: 'notas-sobre-el-informe/',
  facilitacion: 'diagnostico/guia-de-facilitacion/',
};

/** Schemas whose references carry the target collection, for relation widgets. */
const cmsSchemas = collectionSchemas((collection) => z.string().meta({ [RELATION_META]: collection }));

/** Field names in the order Decap writes them (and content files keep them). */
export function fieldOrder(collection: CollectionName): string[] {
  const names = fieldsOf(cmsSchemas[collection]).map((field) => field.name);
  return COLLECTION_FORMATS[collection] === 'mdx' ? [...names, 'body'] : names;
}

export function collectionConfig(name: CollectionName) {
  const mdx = COLLECTION_FORMATS[name] === 'mdx';
  const fields = fieldsOf(cmsSchemas[name]);
  return {
    name,
    label: COLLECTION_LABELS[name].label,
    label_singular: COLLECTION_LABELS[name].singular,
    description: COLLECTION_LABELS[name].description,
    folder: `src/content/${name}`,
    extension: mdx ? 'mdx' : 'yaml',
    format: mdx ? 'yaml-frontmatter' : 'yaml',
    create: true,
    slug: '{{slug}}',
    identifier_field: IDENTIFIER_FIELDS[name] ?? 'title',
    // Lists editors can scan: sorted by position where entries have one, grouped where a field says what they are.
    ...(fields.some((field) => field.name === 'order') ? { sortable_fields: ['order', 'title', 'updated'] } : {}),
    ...(VIEW_GROUPS[name] ? { view_groups: [VIEW_GROUPS[name]] } : {}),
    // «Ver publicación» opens the entry's own page (site_url is the site's own origin).
    ...(PREVIEW_PATHS[name] ? { preview_path: PREVIEW_PATHS[name] } : {}),
    fields: mdx ? [...fields, BODY_FIELD] : fields,
  };
}

export function cmsConfig(backend: CmsBackend) {
  const backendConfig =
    backend.kind === 'local'
      ? { name: 'proxy', proxy_url: backend.url, branch: 'main' }
      : { name: 'github', repo: backend.repo, branch: backend.branch, ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}) };
  return {
    locale: 'es',
    backend: backendConfig,
    ...(usesWorkflow(backend) ? { publish_mode: 'editorial_workflow' } : {}),
    site_url: '/',
    display_url: '/',
    // Uploads are sources: the build resizes and re-encodes each (src/components/ResponsiveImage.astro);
    // bodies name them by their public path, /imagenes/…
    media_folder: 'src/assets/imagenes',
    public_folder: '/imagenes',
    // File names from titles: ASCII, accents folded, punctuation dropped («Guía: cómo…» → guia-como…).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: COLLECTION_NAMES.map(collectionConfig),
  };
}

/** Production publishes through the editorial workflow (each change a pull request the tests check). */
export function usesWorkflow(backend: CmsBackend): boolean {
  return backend.kind === 'github' || backend.workflow === true;
}

/** What the admin needs to read the repository as it is now (src/cms/repository.ts). */
export function repositoryAccess(backend: CmsBackend): RepositoryAccess {
  const workflow = usesWorkflow(backend);
  return backend.kind === 'local' ? { kind: 'local', url: backend.url, branch: 'main', workflow } : { kind: 'github', repo: backend.repo, branch: backend.branch, workflow };
}

/** Reads the backend from the environment: production sets CMS_BACKEND=github and CMS_REPO. */
export function backendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  if (env.CMS_BACKEND === 'github') {
    if (!env.CMS_REPO) throw new Error('CMS_BACKEND=github needs CMS_REPO=owner/repository');
    return { kind: 'github', repo: env.CMS_REPO, branch: env.CMS_BRANCH ?? 'main', baseUrl: env.CMS_AUTH_URL };
  }
  return { kind: 'local', url: `http://127.0.0.1:${env.DECAP_PORT ?? '8081'}/api/v1` };
}

/** The admin page's Content-Security-Policy: Decap needs eval and inline styles; public pages do not. */
export function adminCsp(backend: CmsBackend): string {
  const connect = backend.kind === 'local' ? new URL(backend.url).origin : 'https://api.github.com';
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // blob: lets Decap read an image the editor picks before uploading it.
    `connect-src 'self' blob: data: ${connect}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
