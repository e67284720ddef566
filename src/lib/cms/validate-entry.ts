/**
 * Validates an entry the way the build will, for the CMS: the same zod schemas, run in the
 * admin before saving, so an entry the build would reject (agenda minutes that do not add up, a
 * single-answer question with two correct options, a table row with too many values…) cannot be
 * saved. Returns Spanish messages naming the field. References are checked only as slugs here; the
 * relation widgets offer existing entries, and the build checks they exist.
 */
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from '../schemas.ts';
import { checkMdxBody } from '../mdx-safety.ts';

const schemas = collectionSchemas(() => z.string().min(1));

/** "agenda", 2, "minutes" → "agenda › 3 › minutes" (positions counted from 1, as editors see them). */
export function fieldLabel(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? String(key + 1) : String(key))).join(' › ') || 'entrada';
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'custom':
      return issue.message;
    case 'invalid_type':
      return 'falta o no tiene el tipo esperado';
    case 'too_small':
      return `es demasiado corto o pequeño (mínimo ${String(issue.minimum)})`;
    case 'too_big':
      return `es demasiado largo o grande (máximo ${String(issue.maximum)})`;
    case 'invalid_value':
      return `no es una de las opciones permitidas (${issue.values.map(String).join(', ')})`;
    case 'invalid_format':
      return 'no tiene el formato esperado';
    case 'unrecognized_keys':
      return `tiene campos desconocidos: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

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
  const problems = result.success ? [] : result.error.issues.map((issue) => `«${fieldLabel(issue.path)}» ${describe(issue)}`);
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
