/**
 * What every collection schema is made of: the collection names, references between collections,
 * fields with their Spanish label and help for the CMS, and the fields every entry has.
 */
import { z } from 'astro/zod';
import { keysOf } from '../taxonomy.ts';

export const COLLECTION_NAMES = [
  'manuales',
  'modulos',
  'cuestionarios',
  'diagnostico',
  'buenas-practicas',
  'campana',
  'municipios',
  'resultados',
  'glosario',
  'notas',
  'facilitacion',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/**
 * Builds the schema of a reference to an entry of another collection: Astro's `reference()` in the
 * content config, a checked string id in the content check.
 */
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** Attaches the Spanish label and help text the CMS shows for a field. */
export function field<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description }) as T;
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A report section as printed: "02", "3.1.3", "Glosario"; "Portada" is the cover and the credits page before the synopsis. */
export const reportSection = () =>
  field(
    z.string().regex(/^(\d{2}|\d+(\.\d+)+|Glosario|Sinopsis|Portada)$/, 'Use a report section such as 3.1.3, 02, Portada, Sinopsis or Glosario'),
    'Sección del informe',
    'Sección del Informe de Resultados Integra 2021-2023 (T1) de donde viene el dato, p. ej. 3.2.4.',
  );

export const enumOf = <T extends Record<string, string>>(vocabulary: T) => z.enum(keysOf(vocabulary));

/** Fields every entry has. */
export const entryFields = {
  // A title fits in a few lines on a phone, and its file name (the slug) stays short.
  title: field(z.string().trim().min(3).max(140), 'Título', 'Título visible de la página (3 a 140 caracteres).'),
  summary: field(
    z.string().trim().min(20).max(300),
    'Resumen',
    'Una o dos frases (20 a 300 caracteres) que dicen qué obtiene quien lee.',
  ),
  updated: field(z.coerce.date(), 'Última actualización', 'Fecha de la última revisión del contenido.'),
  draft: field(z.boolean().default(false), 'Borrador', 'Los borradores no se publican.'),
};
export const orderField = field(z.number().int().positive(), 'Orden', 'Posición en la lista (1, 2, 3…).');
