/**
 * What the admin must know about the content it does not have open: the slugs each collection
 * already uses (a new entry may not take one) and what references each entry (one in use may not be
 * deleted or unpublished): relation fields, links to its page or glossary anchor in any text, and the
 * site's code (`src/lib/code-references.ts`). `scripts/build-cms.ts` writes it to /admin/content-index.json
 * from the content files and the generated CMS fields; the admin reads it. Pure.
 */
import type { DecapField } from './fields.ts';
import { CODE_REFERENCES } from '../lib/code-references.ts';

export interface ContentIndex {
  /** Collection → slugs in use. */
  slugs: Record<string, string[]>;
  /** "collection/slug" → the entries that reference it, as "collection/slug: title". */
  referencedBy: Record<string, string[]>;
}

export interface IndexedEntry {
  collection: string;
  slug: string;
  title: string;
  data: Record<string, unknown>;
  /** An MDX entry's body: its «ver nota» links reference notes too. */
  body?: string;
}

/** The entries an entry references ("collection/slug"), found through the relation fields of its CMS config. */
export function referencesOf(fields: readonly DecapField[], data: unknown): string[] {
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  return fields.flatMap((field) => {
    const value = record[field.name];
    if (value === undefined || value === null) return [];
    if (field.widget === 'relation') {
      return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '').map((v) => `${field.collection}/${v}`);
    }
    // A list of objects: Decap's list, or a results table's rows in the table editor.
    if (field.fields && Array.isArray(value)) return value.flatMap((item) => referencesOf(field.fields!, item));
    if (field.widget === 'object' && field.fields) return referencesOf(field.fields, value);
    if (field.widget === 'list' && Array.isArray(value) && field.field?.widget === 'relation') {
      return value.filter((v): v is string => typeof v === 'string').map((v) => `${field.field!.collection}/${v}`);
    }
    return [];
  });
}

/** Pages of one entry: a site path's pattern, whose first group is the entry's slug. */
const ENTRY_PAGES: readonly [collection: string, pattern: RegExp][] = [
  ['manuales', /^\/manuales\/([a-z0-9-]+)\/$/],
  ['buenas-practicas', /^\/buenas-practicas\/([a-z0-9-]+)\/$/],
  ['campana', /^\/campana\/([a-z0-9-]+)\/$/],
  ['municipios', /^\/municipios\/([a-z0-9-]+)\/$/],
  ['modulos', /^\/(?:aprende-trabaja-emprende\/(?:en-marcha-digital\/)?|formacion-de-formadores\/)([a-z0-9-]+)\/(?:guia-facilitador\/)?$/],
  // A term as content links to it (src/lib/site-links.ts), or its own page, as a reader copies it.
  ['glosario', /^\/glosario\/#([a-z0-9-]+)$/],
  ['glosario', /^\/glosario\/([a-z0-9-]+)\/$/],
  // A results table as a note names it (its `subject`), or its own page.
  ['resultados', /^\/resultados\/#resultado-([a-z0-9-]+)$/],
  ['resultados', /^\/resultados\/(?!datos\/)([a-z0-9-]+)\/$/],
  ['notas', /^\/notas-sobre-el-informe\/#([a-z0-9-]+)$/],
];

/** A site path (as a link writes it) → the entry whose page or anchor it points to, "collection/slug". */
export function entryOfPath(path: string): string | undefined {
  for (const [collection, pattern] of ENTRY_PAGES) {
    const slug = pattern.exec(path)?.[1];
    if (slug) return `${collection}/${slug}`;
  }
  return undefined;
}

/** Every string in a value (an entry's data), at any depth. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The entries that links in a text point to: Markdown links and fields holding a site path. */
export function linkTargets(text: string): string[] {
  const paths = [...text.matchAll(/(?:^|[\s("'<])(\/[a-z0-9/-]*(?:#[a-z0-9-]+)?)/g)].map((match) => match[1]);
  return paths.map(entryOfPath).filter((target): target is string => target !== undefined);
}

export function buildContentIndex(
  entries: readonly IndexedEntry[],
  fieldsOf: (collection: string) => DecapField[],
  codeReferences: Readonly<Record<string, string>> = CODE_REFERENCES,
): ContentIndex {
  const slugs: Record<string, string[]> = {};
  const referencedBy: Record<string, string[]> = {};
  for (const entry of entries) {
    (slugs[entry.collection] ??= []).push(entry.slug);
    const self = `${entry.collection}/${entry.slug}`;
    const links = [...stringsOf(entry.data), entry.body ?? ''].flatMap(linkTargets);
    for (const target of new Set([...referencesOf(fieldsOf(entry.collection), entry.data), ...links])) {
      if (target !== self) (referencedBy[target] ??= []).push(`${self}: ${entry.title}`);
    }
  }
  for (const [target, usedBy] of Object.entries(codeReferences)) (referencedBy[target] ??= []).push(`el código del sitio: ${usedBy}`);
  for (const list of Object.values(slugs)) list.sort();
  return { slugs, referencedBy };
}

/**
 * The file name Decap gives a new entry (config `slug: {encoding: ascii, clean_accents: true}`):
 * accents folded, lower case, every run of other characters one hyphen.
 */
export function slugFor(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Why a new entry may not be saved under this slug, or null. */
export function duplicateSlugProblem(index: ContentIndex, collection: string, slug: string, label: string): string | null {
  if (!slug || !index.slugs[collection]?.includes(slug)) return null;
  return `ya existe una entrada con la dirección «${slug}». Para cambiarla, ábrala desde la lista de la colección; para crear otra, cambie «${label}» para que su dirección sea distinta.`;
}

/** Why an entry may not leave the site (deleted, or unpublished in the workflow): what uses it, or null. */
export function deleteProblem(index: ContentIndex, collection: string, slug: string): string | null {
  const users = index.referencedBy[`${collection}/${slug}`];
  if (!users?.length) return null;
  const where = users.length === 1 ? 'un lugar' : `${users.length} lugares`;
  const code = users.some((user) => user.startsWith('el código del sitio')) ? ' (lo que usa el código del sitio, con ayuda del equipo técnico)' : '';
  return `No se puede eliminar ni retirar esta entrada: se usa en ${where}: ${users.join('; ')}. Quite primero esas referencias${code} y vuelva a intentarlo.`;
}
