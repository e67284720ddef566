/**
 * Builds the search index after `astro build`, into dist/pagefind/ as `pagefind --site dist` did:
 * every built page that marks its content with `data-pagefind-body`, plus one record per published
 * glossary term, linking to the term's own page (term pages and the list on /glosario/ stay out of
 * the index, so a term is found once, as this record). Uses Pagefind's Node API with the CLI's
 * defaults, except that a section page's list of pages is left out (SECTION_LIST_SELECTOR) and the
 * word index is cut in smaller chunks (INDEX_CHUNK_SIZE), so a search downloads less of it.
 * Then writes the words of the indexed text, for the search page's «¿Quiso decir…?»
 * (src/lib/search-suggestion.ts), read from Pagefind's own fragments: each holds the text it indexed
 * for one page or record, and its metadata (title, other names), which Pagefind searches too.
 * Usage: node scripts/build-search-index.ts [site folder] [output folder]   (default: dist, and the site folder)
 * `npm start`'s rebuilder writes the index beside the served site, then renames it into place.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { glossarySearchRecord, termHref, type GlossaryTermText } from '../src/lib/glossary.ts';
import { CONTENT_TYPES } from '../src/lib/search-query.ts';
import { SECTION_LIST_SELECTOR } from '../src/lib/search-names.ts';
import { SEARCH_WORDS_URL, wordListText } from '../src/lib/search-suggestion.ts';
import { readContentFiles } from './check-content.ts';

const site = process.argv[2] ?? 'dist';
const output = process.argv[3] ?? site;

/** Published glossary terms, by entry id (the file name, as Astro's loader names them). */
function glossaryTerms(): { id: string; entry: GlossaryTermText }[] {
  // The same content root as the Astro build (src/content.config.ts).
  return readContentFiles(process.env.CONTENT_ROOT ?? 'src/content')
    .filter((file) => file.collection === 'glosario')
    .map((file) => ({ id: file.name.replace(/\.yaml$/, ''), data: parse(file.source) as GlossaryTermText & { draft?: boolean } }))
    .filter(({ data }) => !data.draft)
    .map(({ id, data }) => ({ id, entry: data }));
}

function fail(message: string): never {
  console.error(`Search index: ${message}`);
  process.exit(1);
}

/**
 * How much of the word index goes in one chunk file, in Pagefind's unit: one per place a word appears,
 * plus one per page it is on. A search downloads the chunk(s) holding each of its words. Pagefind's
 * default, 20,000, made 11 chunks of about 28 KB, and a two-word query downloaded two of them (55 KB).
 * At 2,000 there are about 90 chunks; a two-word query downloads 6–12 KB, and the list of chunks every
 * search loads first grows by under 1 KB (issue #22: a whole search visit within 150 KB). The index is
 * the same, only cut finer: results do not change. Pagefind 1.6 reads this setting only from its
 * environment (src/options.rs, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE); budgets.spec.ts notices if it stops.
 */
const INDEX_CHUNK_SIZE = 2000;
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);

// A section page's list of pages stays out of its record: each listed page is a result of its own.
const { index, errors: createErrors } = await pagefind.createIndex({ excludeSelectors: [SECTION_LIST_SELECTOR] });
if (!index) fail(createErrors.join('\n'));

const pages = await index.addDirectory({ path: site });
if (pages.errors.length > 0) fail(pages.errors.join('\n'));

const terms = glossaryTerms();
// A record whose term has no built page would be a broken link in the results.
const missing = terms.filter(({ id }) => !existsSync(join(site, termHref(id), 'index.html'))).map(({ id }) => id);
if (missing.length > 0) fail(`no page under /glosario/ for the term(s) ${missing.join(', ')}`);

for (const { id, entry } of terms) {
  const record = await index.addCustomRecord(glossarySearchRecord(id, entry, CONTENT_TYPES.glosario));
  if (record.errors.length > 0) fail(`${id}: ${record.errors.join('\n')}`);
}

const written = await index.writeFiles({ outputPath: join(output, 'pagefind') });
if (written.errors.length > 0) fail(written.errors.join('\n'));
await pagefind.close();
console.log(`Search index: ${pages.page_count} HTML files read, ${terms.length} glossary terms added, written to ${written.outputPath}`);

/** A fragment file is gzip of "pagefind_dcd" and the JSON of one indexed page or record. */
function fragmentTexts(folder: string): string[] {
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const fragment = JSON.parse(text.replace(/^pagefind_dcd/, '')) as { content: string; meta: Record<string, string> };
    return [fragment.content, ...Object.values(fragment.meta)].join('\n');
  });
}

const wordList = wordListText(fragmentTexts(join(written.outputPath, 'fragment')));
mkdirSync(dirname(join(output, SEARCH_WORDS_URL)), { recursive: true });
writeFileSync(join(output, SEARCH_WORDS_URL), wordList);
console.log(
  `Search words: ${wordList.split('\n').length - 1} words in ${SEARCH_WORDS_URL}, ${(gzipSync(wordList, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
);
