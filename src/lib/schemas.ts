/**
 * Zod schemas of every content collection, declared once.
 *
 * `src/content.config.ts` builds the collections from these with Astro's `reference()`; the content
 * check (`scripts/check-content.ts`) builds them with a plain string id and resolves the references
 * itself, so both validate exactly the same fields. Each field carries a Spanish title and
 * description (`.meta()`) for the CMS. What they share is in `schemas/shared.ts`; a collection whose
 * schema has grown into an idea of its own has its file there (the diagnostic instrument, its facilitation
 * guide, modules, quizzes and results); this file keeps the smaller ones and the list of them all.
 */
import { z } from 'astro/zod';
import { AUDIENCIAS, COMPONENTES, EJES, ETAPAS, TIPOS_NOTA, FUENTES_GLOSARIO, TIPOS_MANUAL, ZONAS } from './taxonomy.ts';
import { COLLECTION_NAMES, enumOf, entryFields, field, orderField, reportSection, type CollectionName, type ReferenceFactory } from './schemas/shared.ts';
import { diagnosticoSchema } from './schemas/diagnostico.ts';
import { facilitacionSchema } from './schemas/facilitacion.ts';
import { CURSOS, HANDOUT_KINDS, moduloSchema } from './schemas/modulos.ts';
import { cuestionarioSchema, QUESTION_TYPES, QUIZ_PURPOSES } from './schemas/cuestionarios.ts';
import { resultadoSchema } from './schemas/resultados.ts';

export { COLLECTION_NAMES, diagnosticoSchema, facilitacionSchema, type CollectionName, type ReferenceFactory };
export { CURSOS, HANDOUT_KINDS, moduloSchema, cuestionarioSchema, QUESTION_TYPES, QUIZ_PURPOSES, resultadoSchema };

export function manualSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z.strictObject({
    ...entryFields,
    order: orderField,
    kind: field(enumOf(TIPOS_MANUAL), 'Tipo', 'Manual, guía o cuaderno de trabajo.'),
    audiencia: field(z.array(enumOf(AUDIENCIAS)).min(1), 'Audiencia', 'Para quién está escrito.'),
    componentes: field(z.array(enumOf(COMPONENTES)).min(1), 'Componentes', 'Componentes del proyecto a los que pertenece.'),
    etapa: field(enumOf(ETAPAS), 'Etapa', 'Etapa del proyecto en la que se elaboró.'),
    reportSection: reportSection(),
    reportName: field(z.string().trim().min(3), 'Nombre en el informe', 'El nombre del documento tal como lo imprime el informe.'),
    relatedManuales: field(z.array(ref('manuales')).default([]), 'Manuales relacionados', 'Otros manuales y guías que se leen junto a este.'),
    modulos: field(z.array(ref('modulos')).default([]), 'Módulos relacionados', 'Módulos de «Aprende, Trabaja y Emprende» que lo aplican.'),
    buenasPracticas: field(z.array(ref('buenas-practicas')).default([]), 'Buenas prácticas relacionadas', 'Prácticas municipales que lo ilustran.'),
    searchNames: field(
      z.array(z.string().trim().min(3).max(80)).default([]),
      'Otros nombres para la búsqueda',
      'Cómo lo busca quien no conoce su título, si el título no lo dice: p. ej. «atender a una persona en crisis». Uno por línea; sin palabras que ya son el título de otra página.',
    ),
  });
}

export function buenaPracticaSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z.strictObject({
    ...entryFields,
    order: field(z.number().int().positive(), 'Orden', 'Posición de la práctica en la tabla del informe (1 a 28).'),
    eje: field(enumOf(EJES), 'Eje', 'Eje de la estrategia de sensibilización y abogacía al que pertenece.'),
    zona: field(enumOf(ZONAS), 'Zona', 'Zona de intervención.'),
    municipio: field(ref('municipios'), 'Municipio', 'GAD que la desarrolló.'),
    entidad: field(z.string().trim().min(2).optional(), 'Entidad', 'Entidad municipal o aliada, tal como la nombra el informe (p. ej. CorpoAmbato).'),
    reportTitle: field(z.string().trim().min(3), 'Nombre en el informe', 'El nombre de la práctica exactamente como lo imprime la tabla del informe.'),
    reportSection: reportSection(),
    printedEje: field(enumOf(EJES).optional(), 'Eje impreso en el informe', 'Solo si la tabla del informe la pone bajo otro eje.'),
    nota: field(ref('notas').optional(), 'Nota sobre el informe', 'Si la fila de esta práctica en la tabla del informe tiene una nota (se muestra como «ver nota»).'),
    manuales: field(z.array(ref('manuales')).default([]), 'Manuales relacionados', 'Manuales y guías relacionados.'),
    modulos: field(z.array(ref('modulos')).default([]), 'Módulos relacionados', 'Módulos de capacitación relacionados.'),
  });
}

export const CAMPANA_KINDS = {
  concepto: 'La campaña',
  estrategia: 'Estrategias, canales y piezas',
  taller: 'Talleres y planes locales',
  resultado: 'Resultados',
  guia: 'Replicar la campaña',
} as const;

export function campanaSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z.strictObject({
    ...entryFields,
    order: orderField,
    kind: field(enumOf(CAMPANA_KINDS), 'Parte', 'En qué parte de la campaña se muestra la página.'),
    reportSection: reportSection(),
    resultados: field(z.array(ref('resultados')).default([]), 'Tablas de resultados', 'Tablas del informe que la página muestra (las cifras vienen de ahí, no se escriben a mano).'),
    municipios: field(z.array(ref('municipios')).default([]), 'Municipios', 'GAD donde se hizo este trabajo, según el informe.'),
    manuales: field(z.array(ref('manuales')).default([]), 'Manuales relacionados', 'Manuales y guías relacionados.'),
    printable: field(z.boolean().default(false), 'Para imprimir', 'Una plantilla pensada para imprimir y llenar a mano.'),
  });
}

export const PROVINCIAS = {
  pichincha: 'Pichincha',
  cotopaxi: 'Cotopaxi',
  tungurahua: 'Tungurahua',
  guayas: 'Guayas',
  'el-oro': 'El Oro',
} as const;

export function municipioSchema() {
  return z.strictObject({
    ...entryFields,
    order: orderField,
    provincia: field(enumOf(PROVINCIAS), 'Provincia', 'Provincia, como la da el informe.'),
    zona: field(enumOf(ZONAS), 'Zona', 'Zona de intervención, como la da el informe.'),
    reportSection: reportSection(),
  });
}
export function glosarioSchema() {
  return z
    .strictObject({
      term: field(z.string().trim().min(2).max(80), 'Término', 'El término completo (hasta 80 caracteres).'),
      acronym: field(z.string().trim().min(1).optional(), 'Sigla', 'Sigla, si la tiene.'),
      definition: field(z.string().trim().min(10), 'Definición', 'Dos a cuatro frases claras.'),
      source: field(enumOf(FUENTES_GLOSARIO), 'Fuente', 'Definida en el informe o definición general del portal.'),
      reportSection: reportSection().optional(),
      updated: entryFields.updated,
      draft: entryFields.draft,
    })
    .superRefine((entry, ctx) => {
      if (entry.source === 'informe' && !entry.reportSection) {
        ctx.addIssue({ code: 'custom', path: ['reportSection'], message: 'un término definido por el informe necesita su sección del informe' });
      }
    });
}

/** A path on this site, with an optional anchor: /glosario/#ceo, /resultados/#resultado-x. */
const sitePath = z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'Use a path of this site such as /glosario/#ceo');

/**
 * A place where the report contradicts itself or uses a word in more than one sense. Written once
 * here; pages show it in full only at its `subject` (and on the notes page), elsewhere as «ver nota».
 */
export function notaSchema() {
  return z.strictObject({
    title: field(z.string().trim().min(3), 'Título', 'Qué difiere, en pocas palabras: «Dos nombres para el SITE».'),
    kind: field(enumOf(TIPOS_NOTA), 'Tipo', 'Cifras, nombres, tablas o términos.'),
    printed: field(
      z
        .array(
          z.strictObject({
            section: reportSection(),
            text: field(z.string().trim().min(10), 'Lo que imprime', 'Lo que el informe imprime en esa sección, con sus palabras entre comillas.'),
          }),
        )
        .min(1),
      'Lo que imprime el informe',
      'Una línea por cada lugar del informe que imprime algo distinto.',
    ),
    portal: field(z.string().trim().min(10), 'Cómo lo muestra el portal', 'Qué cifra o nombre usa el portal, en una o dos frases.'),
    subject: field(
      sitePath.optional(),
      'Dónde se explica',
      'La página (y el ancla) donde la cifra o el nombre es el tema: ahí se muestra la nota completa. Vacío: solo en «Notas sobre el informe».',
    ),
    updated: entryFields.updated,
    draft: entryFields.draft,
  });
}

/** Every collection's schema, keyed by collection name. */
export function collectionSchemas<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return {
    manuales: manualSchema(ref),
    modulos: moduloSchema(ref),
    cuestionarios: cuestionarioSchema(),
    diagnostico: diagnosticoSchema(ref),
    'buenas-practicas': buenaPracticaSchema(ref),
    campana: campanaSchema(ref),
    municipios: municipioSchema(),
    resultados: resultadoSchema(ref),
    glosario: glosarioSchema(),
    notas: notaSchema(),
    facilitacion: facilitacionSchema(),
  } satisfies Record<CollectionName, z.ZodType>;
}

/** Which collections are MDX (body + frontmatter) and which are YAML data files. */
export const COLLECTION_FORMATS: Record<CollectionName, 'mdx' | 'yaml'> = {
  manuales: 'mdx',
  modulos: 'mdx',
  cuestionarios: 'yaml',
  diagnostico: 'yaml',
  'buenas-practicas': 'mdx',
  campana: 'mdx',
  municipios: 'yaml',
  resultados: 'yaml',
  glosario: 'yaml',
  notas: 'yaml',
  facilitacion: 'yaml',
};
