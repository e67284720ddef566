/**
 * Validates content files before Astro builds them, with messages that name the file, the field
 * and (where there is one) the line: schema errors, references to entries that do not exist,
 * duplicate slugs, files the loader would silently skip, and unsafe MDX. Pure: the caller reads
 * the files (`scripts/check-content.ts`, the content tests).
 */
import { MARKER_TEXT, noteMarkers } from './report-notes.ts';
import { z } from 'astro/zod';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { checkMdxSafety, parseMdxBody, type MdxIssue, type MdxNode } from './mdx-safety.ts';
import { parseWithBuildParser } from './mdx-build-parser.ts';
import { describeIssue } from './schema-issues.ts';
import { COLLECTION_FORMATS, COLLECTION_NAMES, collectionSchemas, type CollectionName } from './schemas.ts';

export interface ContentFile {
  /** Path relative to the collection folder, e.g. "gestion-de-casos.mdx". */
  name: string;
  /** Path shown in messages, e.g. "src/content/manuales/gestion-de-casos.mdx". */
  path: string;
  collection: CollectionName;
  source: string;
}

export interface ContentIssue {
  path: string;
  line?: number;
  field?: string;
  message: string;
}

/** "questions", 0, "options" → "questions[0].options". */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** One line per issue: "file:line: field «x»: message". */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.path}:${issue.line}` : issue.path;
  const field = issue.field ? ` field "${issue.field}":` : '';
  return `${where}:${field} ${issue.message}`;
}

interface ParsedFile {
  file: ContentFile;
  id: string;
  data: unknown;
}

export function splitFrontmatter(source: string): { frontmatter: string; offset: number } | undefined {
  const lines = source.split('\n');
  if (lines[0] !== '---') return undefined;
  const close = lines.indexOf('---', 1);
  if (close === -1) return undefined;
  return { frontmatter: lines.slice(1, close).join('\n'), offset: 1 };
}

function checkEncoding(file: ContentFile): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (file.source.startsWith('\uFEFF')) issues.push({ path: file.path, line: 1, message: 'quite la marca BOM del principio (guarde como UTF-8 sin BOM)' });
  if (file.source.includes('\r')) issues.push({ path: file.path, message: 'use finales de línea LF, no CRLF' });
  if (!file.source.endsWith('\n') || file.source.endsWith('\n\n')) {
    issues.push({ path: file.path, message: 'termine el archivo con un solo salto de línea' });
  }
  return issues;
}

/**
 * `parse`, remembered for the last `limit` texts it was given, by the whole text: a changed text is always
 * parsed again, and a text that does not parse throws each time, never kept.
 */
function rememberedByText<T>(limit: number, parse: (text: string) => T): (text: string) => T {
  const remembered = new Map<string, T>();
  return (text) => {
    if (!remembered.has(text)) {
      const value = parse(text);
      if (remembered.size >= limit) remembered.clear();
      remembered.set(text, value);
    }
    return remembered.get(text) as T;
  };
}

/**
 * YAML already parsed, by its text. The rebuilder's check process (scripts/rebuild-worker.ts) runs the
 * check once to warm up, then again when an editor publishes: the second run parses only the text that
 * changed (parsing the YAML was two thirds of it). Each caller gets its own copy, so nothing a check does
 * to its data reaches the next run.
 */
const parsedYaml = rememberedByText(5000, (text): unknown => parseYaml(text));
const parseYamlOnce = (text: string): unknown => structuredClone(parsedYaml(text));

function parseFile(file: ContentFile): { parsed?: ParsedFile; issues: ContentIssue[] } {
  const format = COLLECTION_FORMATS[file.collection];
  const extension = format === 'mdx' ? '.mdx' : '.yaml';
  if (!file.name.endsWith(extension)) {
    return { issues: [{ path: file.path, message: `el sitio no lee este archivo: las entradas de ${file.collection} son archivos ${extension}` }] };
  }
  const fileId = file.name.slice(0, -extension.length);
  const issues: ContentIssue[] = [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(fileId)) {
    issues.push({ path: file.path, message: 'nombre el archivo solo con minúsculas, cifras y guiones (el nombre es la dirección de la página)' });
  }
  let text = file.source;
  let lineOffset = 0;
  if (format === 'mdx') {
    const split = splitFrontmatter(file.source);
    if (!split) return { issues: [...issues, { path: file.path, line: 1, message: 'el archivo debe empezar con sus datos entre dos líneas «---»' }] };
    text = split.frontmatter;
    lineOffset = split.offset;
  }
  try {
    const data = parseYamlOnce(text);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { issues: [...issues, { path: file.path, message: 'los datos deben ser una lista de «campo: valor» en YAML' }] };
    }
    const slug = (data as Record<string, unknown>).slug;
    return { parsed: { file, id: typeof slug === 'string' ? slug : fileId, data }, issues };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      return { issues: [...issues, { path: file.path, line: line === undefined ? undefined : line + lineOffset, message: `YAML: ${error.message.split('\n')[0]}` }] };
    }
    throw error;
  }
}

export interface CheckOptions {
  /** The media folder's files (paths under /imagenes/); when given, a body's image that is not there is refused. */
  media?: readonly string[];
}

/**
 * parseMdxBody, remembering the last few hundred bodies (throws as it does), so the long-sentence warnings
 * read the trees the safety check has just parsed (parsing is the slow part). The trees are only read.
 */
export const parsedBody: (body: string) => MdxNode = rememberedByText(500, parseMdxBody);

/**
 * The MDX safety walk, first over the tree the admin also parses (so the build and the admin give the
 * same messages), then, if that found nothing, over the tree of the parser Astro compiles with: a body
 * is built only when both parsers see nothing unsafe in it.
 */
export function mdxIssues(source: string, media?: ReadonlySet<string>): MdxIssue[] {
  const issues = checkMdxSafety(source, { media }, parsedBody);
  return issues.length > 0 ? issues : checkMdxSafety(source, { media }, parseWithBuildParser);
}

/** Entry names a collection cannot take: a page of the portal has that address (src/pages/glosario/completo.astro). */
export const RESERVED_IDS: Partial<Record<CollectionName, readonly string[]>> = { glosario: ['completo'] };

/** Checks every file of every collection; returns no issues when the content can be built. */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): ContentIssue[] {
  const media = options.media ? new Set(options.media) : undefined;
  const issues: ContentIssue[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    issues.push(...checkEncoding(file));
    const result = parseFile(file);
    issues.push(...result.issues);
    if (result.parsed) parsed.push(result.parsed);
    if (COLLECTION_FORMATS[file.collection] === 'mdx') {
      issues.push(...mdxIssues(file.source, media).map((issue) => ({ path: file.path, line: issue.line, message: issue.message })));
    }
  }

  const ids = new Map<CollectionName, Map<string, string>>(COLLECTION_NAMES.map((name) => [name, new Map()]));
  for (const { file, id } of parsed) {
    const known = ids.get(file.collection)!;
    const other = known.get(id);
    if (other) issues.push({ path: file.path, field: 'slug', message: `dirección repetida «${id}»: ya la usa ${other}` });
    else if (RESERVED_IDS[file.collection]?.includes(id)) {
      issues.push({ path: file.path, field: 'slug', message: `la dirección «${id}» es de una página del portal: elija otro nombre de archivo` });
    } else known.set(id, file.path);
  }

  const schemas = collectionSchemas((collection) =>
    z.string().superRefine((id, ctx) => {
      if (!ids.get(collection)!.has(id)) {
        ctx.addIssue({ code: 'custom', message: `referencia rota: no hay ninguna entrada «${id}» en ${collection}` });
      }
    }),
  );
  for (const { file, data } of parsed) {
    const result = schemas[file.collection].safeParse(data);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (unknownKeys.length) {
        for (const key of unknownKeys) {
          issues.push({ path: file.path, field: formatFieldPath([...issue.path, key]), message: 'campo desconocido (revise cómo está escrito: el esquema no lo declara)' });
        }
      } else {
        issues.push({ path: file.path, field: formatFieldPath(issue.path), message: describeIssue(issue) });
      }
    }
  }
  issues.push(...checkNoteMarkers(files, ids.get('notas')!));
  return issues;
}

/** Every «ver nota» link in content leads to a note that exists, with the same short text. */
function checkNoteMarkers(files: readonly ContentFile[], notes: Map<string, string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const file of files) {
    file.source.split('\n').forEach((line, index) => {
      for (const marker of noteMarkers(line)) {
        if (!notes.has(marker.id)) {
          issues.push({ path: file.path, line: index + 1, message: `enlace a una nota rota: no hay ninguna nota «${marker.id}» en notas` });
        }
        if (marker.label !== MARKER_TEXT) {
          issues.push({ path: file.path, line: index + 1, message: `un enlace a una nota dice «${MARKER_TEXT}», no «${marker.label}»` });
        }
      }
    });
  }
  return issues;
}
