/**
 * Decap CMS field definitions generated from the zod schemas of `src/lib/schemas.ts`, so the CMS
 * and the build can never disagree on a field, its label, its required-ness or its options.
 * Pure: it reads zod's own definitions (`schema._zod.def`) and the `.meta()` labels.
 */
import { z } from 'astro/zod';
import { AUDIENCIAS, CALLOUT_TYPES, COMPONENTES, DOMINIOS_MGI, EJES, SECCIONES_RESULTADOS, ETAPAS, FUENTES_GLOSARIO, MODALIDADES, TIPOS_MANUAL, ZONAS } from '../lib/taxonomy.ts';
import { CAMPANA_KINDS, CURSOS, HANDOUT_KINDS, PROVINCIAS, QUESTION_TYPES, QUIZ_PURPOSES, type CollectionName } from '../lib/schemas.ts';

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: DecapField[];
  field?: DecapField;
  summary?: string;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  date_format?: string;
  time_format?: boolean;
  format?: string;
  picker_utc?: boolean;
  collapsed?: boolean;
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
}

/** The meta key a reference schema carries so the generator makes a relation widget. */
export const RELATION_META = 'cmsRelation';

/** The admin's own widget for the figures of a results table's row (registered in src/cms/admin/cms-setup.js). */
export const FIGURES_WIDGET = 'cifras';

/**
 * The admin's own widget for the rows of a results table (src/cms/admin/table-widget.js): one HTML table,
 * a label and one figure input per column in each row. It keeps the rows' other fields, which it
 * hands to Decap's own widgets under the table.
 */
export const TABLE_WIDGET = 'tabla';

/** Which field of each collection names its entries (relation search and display). */
export const IDENTIFIER_FIELDS: Partial<Record<CollectionName, string>> = { glosario: 'term' };

/** Every vocabulary, so an enum gets its Spanish labels. */
const VOCABULARIES: Record<string, string>[] = [
  ZONAS, EJES, COMPONENTES, ETAPAS, AUDIENCIAS, TIPOS_MANUAL, MODALIDADES, CALLOUT_TYPES, FUENTES_GLOSARIO,
  CURSOS, PROVINCIAS, QUESTION_TYPES, QUIZ_PURPOSES, CAMPANA_KINDS, DOMINIOS_MGI, SECCIONES_RESULTADOS, HANDOUT_KINDS,
  { mantener: 'Se mantiene', acortar: 'Se acorta', tarea: 'Pasa a tarea' },
  { inmediata: 'Después de cada respuesta', final: 'Al final del cuestionario' },
  { barras: 'Barras', 'barras-apiladas': 'Barras apiladas', ninguno: 'Sin gráfico (solo tabla)' },
];

/** Long-text fields get a textarea. */
const LONG_TEXT = new Set([
  'summary', 'definition', 'note', 'notes', 'message', 'feedback', 'prompt', 'help', 'recommendation', 'portal',
  'description', 'facilitatorTips', 'objectives', 'participants', 'output', 'timing', 'intro', 'say', 'adapt', 'items',
  // The diagnostic's facilitation guide.
  'guidance', 'tasks', 'steps', 'send', 'timeWindow', 'doubt', 'disagreement', 'notApplicableRule', 'evidenceAdvice', 'outputs', 'after',
]);

/** What a collapsed list item shows, where the first field alone says little. */
const LIST_SUMMARIES: Record<string, string> = {
  agenda: '{{fields.activity}} · {{fields.minutes}} min',
  questions: '{{fields.prompt}}',
  options: '{{fields.text}}',
  dimensions: '{{fields.order}}. {{fields.title}}',
  indicators: '{{fields.question}}',
  handouts: '{{fields.title}}',
  levels: '{{fields.label}} (desde {{fields.min}})',
  bands: '{{fields.label}} (desde {{fields.min}} %)',
  opening: '{{fields.activity}} · {{fields.minutes}} min',
  closing: '{{fields.activity}} · {{fields.minutes}} min',
};

/** Messages for the patterns the schemas use. */
const PATTERN_MESSAGES: Record<string, string> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'Use solo minúsculas, números y guiones (por ejemplo: pregunta-uno).',
  '^(\\d{2}|\\d+(\\.\\d+)+|Glosario)$': 'Escriba una sección del informe, como 3.1.3, 02 o Glosario.',
};

type Def = { type: string; [key: string]: any };
const defOf = (schema: z.ZodType): Def => (schema as any)._zod.def;
const metaOf = (schema: z.ZodType) => (z.globalRegistry.get(schema) ?? {}) as { title?: string; description?: string; [RELATION_META]?: string };

function optionsFor(entries: Record<string, string>) {
  const keys = Object.keys(entries);
  const vocabulary = VOCABULARIES.find((v) => Object.keys(v).length === keys.length && keys.every((k) => k in v));
  return keys.map((value) => ({ value, label: vocabulary?.[value] ?? value }));
}

interface Unwrapped {
  schema: z.ZodType;
  required: boolean;
  defaultValue?: unknown;
  meta: ReturnType<typeof metaOf>;
}

/** Peels optional/default/nullable/pipe wrappers, keeping the outermost labels. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  let meta = metaOf(schema);
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    else if (def.type === 'default') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
    } else if (def.type !== 'pipe') break;
    current = def.type === 'pipe' ? (defOf(def.in).type === 'transform' ? def.out : def.in) : def.innerType;
    meta = { ...metaOf(current), ...meta };
  }
  return { schema: current, required, defaultValue, meta };
}

function checksOf(def: Def): any[] {
  return (def.checks ?? []).map((check: any) => check._zod.def);
}

function lengthBounds(def: Def): { min?: number; max?: number } {
  const checks = checksOf(def);
  return {
    min: checks.find((c) => c.check === 'min_length')?.minimum,
    max: checks.find((c) => c.check === 'max_length')?.maximum,
  };
}

function humanize(name: string) {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The Decap field for one schema field. */
export function fieldFor(name: string, schema: z.ZodType): DecapField {
  const { schema: inner, required, defaultValue, meta } = unwrap(schema);
  const def = defOf(inner);
  const base: DecapField = { name, label: meta.title ?? humanize(name), widget: 'string' };
  if (meta.description) base.hint = meta.description;
  if (!required) base.required = false;
  const relation = meta[RELATION_META] ?? metaOf(inner)[RELATION_META];

  if (relation) return { ...base, ...relationWidget(relation) };
  switch (def.type) {
    case 'string': {
      const checks = checksOf(def);
      const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex');
      const { min, max } = lengthBounds(def);
      const field: DecapField = { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string' };
      if (regex) field.pattern = [regex.pattern.source, PATTERN_MESSAGES[regex.pattern.source] ?? 'El formato no es válido.'];
      else if (min !== undefined || max !== undefined) {
        field.pattern = [`^[\\s\\S]{${min ?? 0},${max ?? ''}}$`, lengthMessage(min, max)];
      }
      return field;
    }
    case 'number': {
      const checks = checksOf(def);
      const isInt = checks.some((c) => c.check === 'number_format' && /int/.test(c.format));
      const lower = checks.find((c) => c.check === 'greater_than');
      const upper = checks.find((c) => c.check === 'less_than');
      const field: DecapField = { ...base, widget: 'number', value_type: isInt ? 'int' : 'float' };
      if (lower) field.min = lower.inclusive ? lower.value : lower.value + (isInt ? 1 : 0);
      if (upper) field.max = upper.inclusive ? upper.value : upper.value - (isInt ? 1 : 0);
      return field;
    }
    case 'boolean':
      return { ...base, widget: 'boolean', ...(defaultValue !== undefined ? { default: defaultValue } : {}) };
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'enum':
      return { ...base, widget: 'select', options: optionsFor(def.entries), ...(defaultValue !== undefined ? { default: defaultValue } : {}) };
    case 'array':
      return { ...base, ...listWidget(name, def, base.label) };
    case 'object': {
      // Decap validates the fields of an object even when the object is left out, so the fields
      // of an optional object cannot be required in the form; the build still checks them.
      const fields = fieldsOf(inner).map((child) => (required ? child : { ...child, required: false }));
      return { ...base, widget: 'object', fields, collapsed: !required };
    }
    default:
      throw new Error(`No CMS widget for field "${name}" of zod type "${def.type}"`);
  }
}

function lengthMessage(min?: number, max?: number) {
  if (min !== undefined && max !== undefined) return `Escriba entre ${min} y ${max} caracteres.`;
  if (min !== undefined) return `Escriba al menos ${min} caracteres.`;
  return `Escriba como máximo ${max} caracteres.`;
}

function relationWidget(collection: string): Partial<DecapField> {
  const identifier = IDENTIFIER_FIELDS[collection as CollectionName] ?? 'title';
  return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: [identifier], display_fields: [identifier] };
}

function listWidget(name: string, def: Def, label: string): Partial<DecapField> {
  const { min, max } = lengthBounds(def);
  const bounds = { ...(min ? { min } : {}), ...(max ? { max } : {}) };
  const element = unwrap(def.element);
  const elementDef = defOf(element.schema);
  const relation = element.meta[RELATION_META];
  if (relation) return { ...relationWidget(relation), multiple: true, ...bounds };
  if (elementDef.type === 'enum') return { widget: 'select', multiple: true, options: optionsFor(elementDef.entries), ...bounds };
  if (elementDef.type === 'object') {
    const fields = fieldsOf(element.schema);
    // Rows of figures, each a label and one figure per column: edited as a table.
    const isFigureRow = fields.some((f) => f.name === 'label' && f.widget === 'string') && fields.some((f) => f.name === 'values' && f.widget === FIGURES_WIDGET);
    if (isFigureRow) return { widget: TABLE_WIDGET, fields, ...bounds };
    return { widget: 'list', fields, summary: LIST_SUMMARIES[name] ?? `{{fields.${fields[0].name}}}`, collapsed: true, ...bounds };
  }
  // The figures of a results table's row: one input per column, named by the column (src/cms/admin/figures-widget.js).
  if (name === 'values' && elementDef.type === 'number') return { widget: FIGURES_WIDGET, ...bounds };
  // A list of plain values: each item is labelled like the list (Decap shows it on every row).
  const item = fieldFor(name, def.element);
  return { widget: 'list', field: { ...item, name: 'item', label }, ...bounds };
}

/** The fields of an object schema, in declaration order (which is the order keys have on disk). */
export function fieldsOf(schema: z.ZodType): DecapField[] {
  const def = defOf(unwrap(schema).schema);
  if (def.type !== 'object') throw new Error(`Expected an object schema, got "${def.type}"`);
  return Object.entries(def.shape as Record<string, z.ZodType>).map(([name, field]) => fieldFor(name, field));
}
