/**
 * Validates an entry the way the build will, for the CMS: the same zod schemas, run in the
 * admin before saving, so an entry the build would reject (agenda minutes that do not add up, a
 * single-answer question with two correct options, a table row with too many values…) cannot be
 * saved. Returns Spanish messages naming the field. References are checked only as slugs here; the
 * relation widgets offer existing entries, and the build checks they exist.
 */
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from '../lib/schemas.ts';
import { checkMdxBody } from '../lib/mdx-safety.ts';
import { describeIssue } from '../lib/schema-issues.ts';
import { collectionConfig } from './config.ts';
import type { DecapField } from './fields.ts';

const schemas = collectionSchemas(() => z.string().min(1));

/** The CMS field a path leads to (the form's own labels and options), or undefined. */
function fieldAt(fields: readonly DecapField[], path: readonly PropertyKey[]): DecapField | undefined {
  let current: readonly DecapField[] | undefined = fields;
  let field: DecapField | undefined;
  for (const key of path) {
    if (typeof key === 'number') {
      current = field?.fields ?? (field?.field ? [field.field] : undefined);
      if (field?.field) field = field.field;
      continue;
    }
    field = current?.find((candidate) => candidate.name === key);
    current = field?.widget === 'object' ? field.fields : undefined;
  }
  return field;
}

/**
 * A path as the editor sees it in the form, by the fields' labels, with positions counted from 1:
 * ["questions", 10, "options"] → «Preguntas n.º 11 › Opciones». Keys without a field stay as they are.
 */
export function fieldLabel(fields: readonly DecapField[], path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  path.forEach((key, at) => {
    if (typeof key === 'number') {
      if (parts.length > 0) parts[parts.length - 1] += ` n.º ${key + 1}`;
      else parts.push(`n.º ${key + 1}`);
      return;
    }
    parts.push(fieldAt(fields, path.slice(0, at + 1))?.label ?? String(key));
  });
  return parts.join(' › ') || 'entrada';
}

/** How the form names an option of a select field: its label, or the value itself. */
const optionLabelOf = (field: DecapField | undefined) => (value: unknown) => field?.options?.find((option) => option.value === value)?.label ?? String(value);

/** Drops what Decap adds or leaves empty that the files never contain. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, child]) => child !== '' && child !== undefined && child !== null)
        .map(([key, child]) => [key, clean(child)]),
    );
  }
  return value;
}

/** The problems that would stop the build, in Spanish; none when the entry can be saved. */
export function validateEntry(collection: CollectionName, data: Record<string, unknown>): string[] {
  const schema = schemas[collection];
  if (!schema) return [];
  const { body, ...fields } = data;
  const result = schema.safeParse(clean(fields));
  const form = collectionConfig(collection).fields;
  const problems = result.success ? [] : result.error.issues.map((issue) => `«${fieldLabel(form, issue.path)}» ${describeIssue(issue, optionLabelOf(fieldAt(form, issue.path)))}`);
  return [...problems, ...bodyProblems(body)];
}

/** The text of a body line as the editor can find it: trimmed, at most 60 characters. */
function quoteLine(body: string, line: number): string {
  const text = (body.split('\n')[line - 1] ?? '').trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * The build's MDX check on the body (the same walk, the same messages), each placed by its line in
 * the body and the text on that line, so it can be found in the rich-text editor too.
 */
export function bodyProblems(body: unknown): string[] {
  if (typeof body !== 'string') return [];
  return checkMdxBody(body).map((issue) => {
    const quoted = quoteLine(body, issue.line);
    return `«Contenido», línea ${issue.line}${quoted ? ` («${quoted}»)` : ''}: ${issue.message}`;
  });
}
