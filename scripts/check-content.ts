/**
 * Fails the build, before Astro runs, when content is invalid; each message names file, field and
 * line. Usage: node scripts/check-content.ts [--no-advice] [content-root]   (default: src/content; MEDIA_FOLDER
 * defaults to the src/assets/imagenes of the same working tree)
 * After a passing check it lists «Avisos» that do not fail it: sentences longer than
 * LONG_SENTENCE_WORDS words (CONTENT-STYLE.md asks for about 20 at most). `npm run build` passes --no-advice:
 * finding them reads every sentence of every entry, a third of the check's time, for advice to writers
 * that does not change what is built; they run `npm run check:content`.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent, formatIssue, type ContentFile, type ContentIssue } from '../src/lib/content-check.ts';
import { findLongSentences, formatLongSentence, LONG_SENTENCE_WORDS } from '../src/lib/long-sentences.ts';
import { checkMediaFiles, type MediaFile } from '../src/lib/media.ts';
import { COLLECTION_NAMES } from '../src/lib/schemas.ts';
import { parse } from 'yaml';
import type { IndexedEntry } from '../src/cms/content-index.ts';

export function readContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of COLLECTION_NAMES) {
    const folder = join(root, collection);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      const name = relative(folder, join(entry.parentPath, entry.name));
      if (!entry.isFile() || name.split('/').some((part) => part.startsWith('.'))) continue;
      const path = join(folder, name);
      files.push({ collection, name, path: relative(process.cwd(), path), source: readFileSync(path, 'utf8') });
    }
  }
  return files;
}

/** A content file as the admin's index sees it: its slug, title, data (frontmatter or YAML) and MDX body. */
export function indexedEntry(file: ContentFile): IndexedEntry {
  const mdx = file.name.endsWith('.mdx');
  const [front, ...body] = mdx ? file.source.slice(4).split('\n---\n') : [file.source];
  const data = parse(front) as Record<string, unknown>;
  return {
    collection: file.collection,
    slug: file.name.replace(/\.(mdx|yaml)$/, ''),
    title: String(data.title ?? data.term ?? ''),
    data,
    body: mdx ? body.join('\n---\n') : undefined,
  };
}

/** Every file under the media folder, as a path relative to it, with its first bytes. */
export function readMediaFiles(folder: string): MediaFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const head = new Uint8Array(16);
      const fd = openSync(path, 'r');
      try {
        readSync(fd, head, 0, 16, 0);
      } finally {
        closeSync(fd);
      }
      return { name: relative(folder, path).split('\\').join('/'), head };
    });
}

/**
 * The whole check of a content root and its media folder: the files it read, and every problem found.
 * `npm start`'s rebuilder (scripts/rebuild-worker.ts) runs this same function before Astro sees the content.
 */
export function checkContentRoot(root: string, mediaFolder = defaultMediaFolder(root)): { files: ContentFile[]; issues: ContentIssue[] } {
  const files = readContentFiles(root);
  const media = readMediaFiles(mediaFolder);
  return { files, issues: [...checkContent(files, { media: media.map((file) => file.name) }), ...checkMediaFiles(mediaFolder, media)] };
}

/** The media folder of the same working tree as the content (decap-server saves both into one repository). */
export function defaultMediaFolder(root: string): string {
  return process.env.MEDIA_FOLDER ?? relative(process.cwd(), join(root, '../assets/imagenes'));
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const advice = !args.includes('--no-advice');
  const root = args.find((arg) => !arg.startsWith('--')) ?? 'src/content';
  const { files, issues } = checkContentRoot(root);
  if (issues.length > 0) {
    console.error(`Content check failed: ${issues.length} problem(s) in ${root}\n`);
    for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
    // exitCode, not exit(): when stderr is a pipe that fills (a slow reader, a loaded machine), Node
    // queues the rest of the report, and exit() would drop those last lines.
    process.exitCode = 1;
  } else {
    console.log(`Content check passed: ${files.length} files in ${root}${advice ? '' : ' (style advice on long sentences: npm run check:content)'}`);
    const warnings = advice ? findLongSentences(files) : [];
    if (warnings.length > 0) {
      const byCollection = Object.entries(Object.groupBy(warnings, (warning) => warning.collection))
        .map(([collection, list]) => `${collection} ${list!.length}`)
        .join(', ');
      console.log(`\nAvisos: ${warnings.length} frase(s) de más de ${LONG_SENTENCE_WORDS} palabras (${byCollection}); CONTENT-STYLE.md pide unas 20 como máximo:\n`);
      for (const warning of warnings) console.log(`  ${formatLongSentence(warning)}`);
    }
  }
}
