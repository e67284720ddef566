/**
 * Warnings the content check prints after it passes (scripts/check-content.ts): sentences longer than
 * CONTENT-STYLE.md allows, in MDX bodies (read from the parsed tree) and in every text field. They do
 * not fail the build.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { formatFieldPath, parsedBody, splitFrontmatter, type ContentFile } from './content-check.ts';
import { splitBody, type MdxNode } from './mdx-safety.ts';
import { firstWords, longSentences } from './readability.ts';
import { MARKER_TEXT } from './report-notes.ts';
import { NOTES_PATH } from './taxonomy.ts';
import { COLLECTION_FORMATS, type CollectionName } from './schemas.ts';


/** CONTENT-STYLE.md: short sentences, about 20 words at most; past this many, a warning. */
export const LONG_SENTENCE_WORDS = 30;

export interface LongSentenceWarning {
  path: string;
  collection: CollectionName;
  line?: number;
  /** The data field (frontmatter or YAML) the sentence is in; none for an MDX body. */
  field?: string;
  /** Its length: words and numbers (see readability.ts, longSentences). */
  words: number;
  sentence: string;
}

/** One line per warning: "file:line: field "x": 34 palabras: «Los primeros ocho…»". */
export function formatLongSentence(warning: LongSentenceWarning): string {
  const where = warning.line ? `${warning.path}:${warning.line}` : warning.path;
  const field = warning.field ? ` field "${warning.field}":` : '';
  return `${where}:${field} ${warning.words} palabras: «${firstWords(warning.sentence)}»`;
}

/** A block of body text and, for each of its characters, the file line it comes from. */
interface TextBlock {
  text: string;
  lines: number[];
}

/** Node types whose text is one block (a sentence never runs across two). */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Attributes of the editor components that readers read as text. */
const TEXT_ATTRIBUTES = new Set(['title', 'caption']);

/** A «ver nota» link: a marker pointing at a note, not part of the sentence it follows. */
const isNoteMarker = (node: MdxNode) =>
  node.type === 'link' &&
  node.url?.startsWith(NOTES_PATH) === true &&
  node.children?.length === 1 &&
  node.children[0].value === MARKER_TEXT;

/**
 * The text blocks of an MDX body, read from the tree the content check parses (never from lines):
 * paragraphs (in lists, quotes and callouts too), headings, table cells, and a callout's title or a
 * figure's caption. Code and «ver nota» markers are left out; a link counts by its text.
 */
export function mdxTextBlocks(body: string, firstLine = 1): TextBlock[] {
  let tree: MdxNode;
  try {
    tree = parsedBody(body);
  } catch {
    return []; // The safety check reports a body that does not parse.
  }
  const blocks: TextBlock[] = [];
  const inline = (node: MdxNode, block: TextBlock, line: number) => {
    if (isNoteMarker(node)) return;
    const at = (node.position?.start.line ?? line) + firstLine - 1;
    if ((node.type === 'text' || node.type === 'inlineCode') && typeof node.value === 'string') {
      let current = at;
      for (const char of node.value) {
        block.text += char;
        block.lines.push(current);
        if (char === '\n') current++;
      }
    } else if (node.type === 'break') {
      block.text += ' ';
      block.lines.push(at);
    }
    for (const child of node.children ?? []) inline(child, block, node.position?.start.line ?? line);
  };
  const visit = (node: MdxNode) => {
    if (node.type === 'code') return;
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    for (const attribute of node.attributes ?? []) {
      if (attribute.name && TEXT_ATTRIBUTES.has(attribute.name) && typeof attribute.value === 'string') {
        blocks.push({ text: attribute.value, lines: [...attribute.value].map(() => line) });
      }
    }
    if (TEXT_BLOCKS.has(node.type)) {
      const block: TextBlock = { text: '', lines: [] };
      for (const child of node.children ?? []) inline(child, block, node.position?.start.line ?? 1);
      blocks.push(block);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return blocks;
}

/** Every string in a YAML text (a data file or a frontmatter), with its field path and line. */
function yamlStrings(text: string, lineOffset: number): { field: string; line?: number; value: string }[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const strings: { field: string; line?: number; value: string }[] = [];
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (isScalar(node)) {
      if (typeof node.value === 'string') {
        const line = node.range ? lineCounter.linePos(node.range[0]).line + lineOffset : undefined;
        strings.push({ field: formatFieldPath(path), line, value: node.value });
      }
    } else if (isMap(node)) {
      for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : String(pair.key)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    }
  };
  walk(document.contents, []);
  return strings;
}

/**
 * Sentences longer than `maxWords` in every text field of every entry (summary, description,
 * definition, feedback… any string of a frontmatter or data file) and in MDX bodies. Warnings, not
 * issues: the build goes on; `npm run check:content` lists them under «Avisos».
 */
export function findLongSentences(files: readonly ContentFile[], maxWords = LONG_SENTENCE_WORDS): LongSentenceWarning[] {
  const warnings: LongSentenceWarning[] = [];
  for (const file of files) {
    const { path, collection } = file;
    const mdx = COLLECTION_FORMATS[collection] === 'mdx';
    let data = file.source;
    let dataOffset = 0;
    if (mdx) {
      const split = splitFrontmatter(file.source);
      if (!split) continue;
      data = split.frontmatter;
      dataOffset = split.offset;
    }
    try {
      for (const { field, line, value } of yamlStrings(data, dataOffset)) {
        for (const long of longSentences(value, maxWords)) warnings.push({ path, collection, line, field, words: long.words, sentence: long.text });
      }
    } catch {
      // A file whose YAML does not parse is an issue of the content check, not a warning.
    }
    if (mdx) {
      const { body, firstLine } = splitBody(file.source);
      for (const block of mdxTextBlocks(body, firstLine)) {
        for (const long of longSentences(block.text, maxWords)) {
          warnings.push({ path, collection, line: block.lines[long.start], words: long.words, sentence: long.text });
        }
      }
    }
  }
  return warnings;
}
