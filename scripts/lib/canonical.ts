/**
 * Content in the exact form Decap writes: each file parsed and re-serialised by Decap's own pinned
 * formatters, in the field order of the generated CMS config, as the admin does on save. A file
 * already in that form survives a save byte for byte, except for the field an editor changed.
 */
import type { ContentFile } from '../../src/lib/content-check.ts';
import { COLLECTION_FORMATS } from '../../src/lib/schemas.ts';
import { fieldOrder } from '../../src/cms/config.ts';
import type { DecapFormats } from './decap-formats.ts';

/**
 * What Decap would write for this file. For an MDX body that is what the rich-text editor writes
 * after an edit: a body already in that form stays byte-identical when an editor changes one line.
 */
export function canonicalForm(file: ContentFile, decap: DecapFormats): string {
  const mdx = COLLECTION_FORMATS[file.collection] === 'mdx';
  const formatter = mdx ? decap.yamlFrontmatter : decap.yaml;
  const data = decap.throughImmutable(formatter.fromFile(file.source));
  if (mdx && typeof data.body === 'string') data.body = decap.richTextPass(data.body);
  const text = formatter.toFile(data, fieldOrder(file.collection));
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The first line where two texts differ, 1-based, with both versions; undefined when equal. */
export function firstDifference(actual: string, expected: string): { line: number; actual: string; expected: string } | undefined {
  if (actual === expected) return undefined;
  const a = actual.split('\n');
  const b = expected.split('\n');
  const index = a.findIndex((line, i) => line !== b[i]);
  const line = index === -1 ? a.length : index;
  return { line: line + 1, actual: a[line] ?? '(end of file)', expected: b[line] ?? '(end of file)' };
}
