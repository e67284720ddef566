/**
 * What the admin must know about the content it does not have open: the slugs each collection
 * already uses (a new entry may not take one) and which entries reference each entry (one that
 * others use may not be deleted). `scripts/build-cms.ts` writes it to /admin/content-index.json
 * from the content files and the generated CMS fields; the admin reads it. Pure.
 */
import type { DecapField } from './fields.ts';
import { noteMarkers } from '../report-notes.ts';

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
    if (field.widget === 'object' && field.fields) return referencesOf(field.fields, value);
    if (field.widget === 'list' && Array.isArray(value)) {
      if (field.fields) return value.flatMap((item) => referencesOf(field.fields!, item));
      if (field.field?.widget === 'relation') return value.filter((v): v is string => typeof v === 'string').map((v) => `${field.field!.collection}/${v}`);
    }
    return [];
  });
}

export function buildContentIndex(entries: readonly IndexedEntry[], fieldsOf: (collection: string) => DecapField[]): ContentIndex {
  const slugs: Record<string, string[]> = {};
  const referencedBy: Record<string, string[]> = {};
  for (const entry of entries) {
    (slugs[entry.collection] ??= []).push(entry.slug);
    const markers = noteMarkers(entry.body ?? '').map((marker) => `notas/${marker.id}`);
    for (const target of new Set([...referencesOf(fieldsOf(entry.collection), entry.data), ...markers])) {
      (referencedBy[target] ??= []).push(`${entry.collection}/${entry.slug}: ${entry.title}`);
    }
  }
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

/** Why an entry may not be deleted (others reference it), or null. */
export function deleteProblem(index: ContentIndex, collection: string, slug: string): string | null {
  const users = index.referencedBy[`${collection}/${slug}`];
  if (!users?.length) return null;
  return `No se puede eliminar esta entrada: la usan ${users.length === 1 ? 'esta entrada' : `estas ${users.length} entradas`}: ${users.join('; ')}. Quite primero esas referencias y vuelva a intentarlo.`;
}
