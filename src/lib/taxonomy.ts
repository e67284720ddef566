/**
 * The portal's controlled vocabularies, declared once. Zod enums, filter pages, search filters and
 * (later) the Decap selects all read these maps: the key is what content files store, the value is
 * the Spanish label readers see.
 */

/** The three intervention zones (report, section 02 "Zonas de implementación"). */
export const ZONAS = {
  'sierra-centro': 'Sierra Centro',
  guayas: 'Guayas',
  'el-oro': 'El Oro',
} as const;

/** The three axes of the municipal awareness strategy (report, 3.1.3). */
export const EJES = {
  'integracion-economica': 'Integración económica',
  gobernabilidad: 'Gobernabilidad',
  'sensibilizacion-incidencia': 'Sensibilización e incidencia',
} as const;

/** The project's four components (report, section 02 "Componentes"). */
export const COMPONENTES = {
  gobernanza: 'Gobernanza y gestión de la migración',
  'integracion-socioeconomica': 'Integración socioeconómica',
  'medios-de-vida': 'Medios de vida y reactivación económica',
  sensibilizacion: 'Sensibilización',
} as const;

/** The three stages; `name` as the stage tables print it. */
export const ETAPAS = {
  I: 'Etapa I: Sensibilización y fortalecimiento de la gobernanza',
  II: 'Etapa II: Integración económica',
  III: 'Etapa III: Institucionalización',
} as const;

/** Who a resource is written for. */
export const AUDIENCIAS = {
  'funcionario-municipal': 'Funcionario/a municipal',
  facilitador: 'Facilitador/a',
  participante: 'Participante',
  'equipo-comunicacion': 'Equipo de comunicación',
  'publico-general': 'Público general',
} as const;

/** Kinds of methodology document. */
export const TIPOS_MANUAL = {
  manual: 'Manual',
  guia: 'Guía',
  cuaderno: 'Cuaderno de trabajo',
} as const;

/** The four service modalities of the economic integration programme (report, 3.2.3.1). */
export const MODALIDADES = {
  presencial: 'Presencial',
  virtual: 'Virtual',
  mixta: 'Mixta',
  validacion: 'Validación',
} as const;

/**
 * The six domains of IOM's Local Migration Governance Indicators (MGI), which the GAD diagnostic
 * maps each indicator to.
 */
export const DOMINIOS_MGI = {
  'derechos-migrantes': 'Derechos de las personas migrantes',
  'enfoque-integral-de-gobierno': 'Enfoque integral de gobierno',
  alianzas: 'Alianzas',
  'bienestar-migrantes': 'Bienestar de las personas migrantes',
  'movilidad-en-crisis': 'Dimensiones de movilidad en situaciones de crisis',
  'migracion-segura': 'Migración segura, ordenada y regular',
} as const;

/** The parts of the results dashboard, in the order it shows them. */
export const SECCIONES_RESULTADOS = {
  metas: 'Metas del proyecto',
  gobernanza: 'Gobernanza y sensibilización municipal',
  'integracion-economica': 'Integración económica',
  'estudio-de-mercado': 'Estudio de mercado',
  campana: 'Campañas de comunicación',
} as const;

/** The callout variants content may use. */
export const CALLOUT_TYPES = {
  nota: 'Nota',
  consejo: 'Consejo',
  aviso: 'Atención',
} as const;

/**
 * Kinds of notes about the report (collection `notas`): where it prints different figures, names
 * or labels for the same thing, or uses a term in more than one sense.
 */
export const TIPOS_NOTA = {
  cifras: 'Cifras que no coinciden',
  nombres: 'Nombres distintos para lo mismo',
  tablas: 'Tablas y rótulos',
  terminos: 'Términos con más de un sentido',
} as const;

/** The page that lists every note about the report; markers link to `${NOTES_PATH}#<id>`. */
export const NOTES_PATH = '/notas-sobre-el-informe/';

/** Where a glossary definition comes from. */
export const FUENTES_GLOSARIO = {
  informe: 'Informe de resultados',
  general: 'Definición general del portal',
} as const;

export type Zona = keyof typeof ZONAS;
export type Eje = keyof typeof EJES;
export type Componente = keyof typeof COMPONENTES;
export type Etapa = keyof typeof ETAPAS;
export type Audiencia = keyof typeof AUDIENCIAS;
export type TipoManual = keyof typeof TIPOS_MANUAL;
export type Modalidad = keyof typeof MODALIDADES;
export type DominioMgi = keyof typeof DOMINIOS_MGI;
export type SeccionResultados = keyof typeof SECCIONES_RESULTADOS;

/** The keys of a vocabulary as a non-empty tuple, the shape `z.enum` wants. */
export function keysOf<T extends Record<string, string>>(vocabulary: T): [keyof T & string, ...(keyof T & string)[]] {
  const keys = Object.keys(vocabulary) as (keyof T & string)[];
  if (keys.length === 0) throw new Error('A vocabulary needs at least one key');
  return keys as [keyof T & string, ...(keyof T & string)[]];
}

/** The Spanish label of a vocabulary key. */
export function labelOf<T extends Record<string, string>>(vocabulary: T, key: keyof T): string {
  return vocabulary[key];
}
