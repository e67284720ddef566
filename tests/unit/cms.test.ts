/** The CMS side: config generated from the schemas, and content kept in the form Decap writes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readContentFiles } from '../../scripts/check-content.ts';
import { canonicalForm, firstDifference } from '../../scripts/lib/canonical.ts';
import { loadDecapFormats, type DecapFormats } from '../../scripts/lib/decap-formats.ts';
import { adminCsp, backendFromEnv, cmsConfig, fieldOrder } from '../../src/cms/config.ts';
import { RELATION_META, fieldsOf, type DecapField } from '../../src/cms/fields.ts';
import { COLLECTION_NAMES, collectionSchemas } from '../../src/lib/schemas.ts';
import { AUDIENCIAS } from '../../src/lib/taxonomy.ts';

const local = cmsConfig({ kind: 'local', url: 'http://127.0.0.1:8081/api/v1' });
const collection = (name: string) => local.collections.find((c) => c.name === name)!;
const field = (fields: DecapField[], name: string) => fields.find((f) => f.name === name)!;

describe('CMS config generated from the schemas', () => {
  const schemas = collectionSchemas((target) => z.string().meta({ [RELATION_META]: target }));

  it('has every collection, each field of its schema in schema order, plus the body of MDX entries', () => {
    expect(local.collections.map((c) => c.name)).toEqual([...COLLECTION_NAMES]);
    for (const name of COLLECTION_NAMES) {
      const shape = Object.keys((schemas[name] as any)._zod.def.shape);
      const names = collection(name).fields.map((f) => f.name);
      expect(names, name).toEqual(fieldOrder(name));
      expect(names.filter((n) => n !== 'body'), name).toEqual(shape);
    }
  });

  it('mirrors required-ness, enums with Spanish labels, patterns, bounds and relations', () => {
    const manual = collection('manuales').fields;
    expect(field(manual, 'title').required).toBeUndefined();
    expect(field(manual, 'draft')).toMatchObject({ widget: 'boolean', required: false, default: false });
    expect(field(manual, 'audiencia')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(field(manual, 'audiencia').options).toEqual(Object.entries(AUDIENCIAS).map(([value, label]) => ({ value, label })));
    expect(field(manual, 'summary').pattern).toEqual(['^[\\s\\S]{20,300}$', 'Escriba entre 20 y 300 caracteres.']);
    expect(field(manual, 'relatedManuales')).toMatchObject({ widget: 'relation', collection: 'manuales', multiple: true, value_field: '{{slug}}', required: false });
    expect(field(manual, 'updated')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field(manual, 'body')).toMatchObject({ widget: 'markdown', modes: ['rich_text', 'raw'], editor_components: ['callout', 'figure'] });

    const quiz = collection('cuestionarios').fields;
    expect(field(quiz, 'passMark')).toMatchObject({ widget: 'number', min: 0, max: 100, value_type: 'float' });
    const questions = field(quiz, 'questions');
    expect(questions).toMatchObject({ widget: 'list', min: 1 });
    const options = field(questions.fields!, 'options');
    expect(options.fields!.map((f) => f.name)).toEqual(['id', 'text', 'correct', 'feedback']);
    expect(field(options.fields!, 'id').pattern?.[1]).toMatch(/minúsculas/);

    const modulo = collection('modulos').fields;
    expect(field(modulo, 'quiz')).toMatchObject({ widget: 'relation', collection: 'cuestionarios', required: false });
    expect(field(modulo, 'agenda').fields!.map((f) => f.name)).toEqual(['activity', 'minutes', 'method', 'guide']);
    expect(field(field(modulo, 'agenda').fields!, 'guide')).toMatchObject({ widget: 'object', required: false, collapsed: true });
    // Collapsed list items say what they hold; «Correcta» starts off, so an untouched option is not missing.
    expect(field(modulo, 'agenda').summary).toBe('{{fields.activity}} · {{fields.minutes}} min');
    expect(questions.summary).toBe('{{fields.prompt}}');
    expect(field(options.fields!, 'correct')).toMatchObject({ widget: 'boolean', default: false });
    expect(field(field(modulo, 'handouts').fields!, 'kind').options!.map((o) => o.label)).toContain('Tarjetas para recortar');
    expect(field(collection('glosario').fields, 'term')).toMatchObject({ widget: 'string' });
    // A results table's rows are edited as a table, and keep their other fields (src/cms/admin/table-widget.js).
    expect(field(collection('resultados').fields, 'rows')).toMatchObject({ widget: 'tabla', min: 1 });
    expect(field(field(collection('resultados').fields, 'total').fields!, 'values')).toMatchObject({ widget: 'cifras' });
    expect(field(collection('resultados').fields, 'rows').fields!.find((f) => f.name === 'municipio')).toMatchObject({
      widget: 'relation',
      collection: 'municipios',
      required: false,
    });
  });

  it('uses the local decap-server by default and the GitHub backend with editorial workflow in production', () => {
    expect(local.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    expect(local).not.toHaveProperty('publish_mode');
    const production = cmsConfig(backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'pnud/integra' }));
    expect(production).toMatchObject({ backend: { name: 'github', repo: 'pnud/integra', branch: 'main' }, publish_mode: 'editorial_workflow' });
    expect(() => backendFromEnv({ CMS_BACKEND: 'github' })).toThrow(/CMS_REPO/);
    expect(adminCsp(backendFromEnv({}))).toContain("connect-src 'self' blob: data: http://127.0.0.1:8081");
    expect(adminCsp(backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'pnud/integra' }))).toContain("connect-src 'self' blob: data: https://api.github.com");
    // File names from titles: ASCII slugs, accents folded.
    expect(local.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    const modulos = local.collections.find((c) => c.name === 'modulos')!;
    expect(modulos).toMatchObject({ sortable_fields: ['order', 'title', 'updated'], view_groups: [{ label: 'Curso', field: 'course' }] });
    expect(local.collections.find((c) => c.name === 'manuales')).toMatchObject({ preview_path: 'manuales/{{slug}}/' });
    expect(fieldsOf(z.strictObject({ a: z.string() }))).toEqual([{ name: 'a', label: 'A', widget: 'string' }]);
  });
});

describe('content in the form Decap writes', () => {
  let decap: DecapFormats;
  beforeAll(async () => {
    decap = await loadDecapFormats();
  }, 60_000);
  afterAll(() => decap?.close());

  it('re-serialises every entry of every collection byte for byte', () => {
    const files = readContentFiles('src/content');
    const different = files.flatMap((file) => {
      const difference = firstDifference(file.source, canonicalForm(file, decap));
      return difference
        ? [`${file.path}:${difference.line}: is  "${difference.actual}"  but Decap writes  "${difference.expected}" (run npm run format:content)`]
        : [];
    });
    console.log(`${files.length - different.length} of ${files.length} entries byte-identical through Decap's serialisers`);
    expect(files.length).toBeGreaterThan(100);
    expect(different).toEqual([]);
  });

  it('names the first differing line of a file that is not in that form', () => {
    const file = { collection: 'glosario' as const, name: 'x.yaml', path: 'x.yaml', source: "term: 'Con comillas'\ndefinition: Una definición suficientemente larga.\nsource: general\nupdated: 2026-11-24\n" };
    expect(firstDifference(file.source, canonicalForm(file, decap))).toEqual({ line: 1, actual: "term: 'Con comillas'", expected: 'term: Con comillas' });
  });
});
