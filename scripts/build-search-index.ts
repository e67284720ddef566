/**
 * Builds the search index after `astro build`, into dist/pagefind/ as `pagefind --site dist` did:
 * every built page that marks its content with `data-pagefind-body`, plus one record per published
 * glossary term, linking to the term's anchor on /glosario/ (the glossary page leaves its term list
 * out of the index, so a term is found once, as itself). Uses Pagefind's Node API with the CLI's
 * defaults. Usage: node scripts/build-search-index.ts [site folder]   (default: dist)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { glossarySearchRecord, type GlossaryTermText } from '../src/lib/glossary.ts';
import { CONTENT_TYPES } from '../src/lib/search-query.ts';
import { readContentFiles } from './check-content.ts';

const site = process.argv[2] ?? 'dist';

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

const { index, errors: createErrors } = await pagefind.createIndex();
if (!index) fail(createErrors.join('\n'));

const pages = await index.addDirectory({ path: site });
if (pages.errors.length > 0) fail(pages.errors.join('\n'));

const terms = glossaryTerms();
// A record whose anchor is missing from the built glossary would be a broken link in the results.
const glossaryHtml = readFileSync(join(site, 'glosario/index.html'), 'utf8');
const anchors = new Set([...glossaryHtml.matchAll(/<dt id="([^"]+)"/g)].map((match) => match[1]));
const missing = terms.filter(({ id }) => !anchors.has(id)).map(({ id }) => id);
if (missing.length > 0) fail(`no anchor on /glosario/ for the term(s) ${missing.join(', ')}`);
if (anchors.size !== terms.length) fail(`/glosario/ shows ${anchors.size} terms but ${terms.length} are published`);

for (const { id, entry } of terms) {
  const record = await index.addCustomRecord(glossarySearchRecord(id, entry, CONTENT_TYPES.glosario));
  if (record.errors.length > 0) fail(`${id}: ${record.errors.join('\n')}`);
}

const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) fail(written.errors.join('\n'));
await pagefind.close();
console.log(`Search index: ${pages.page_count} HTML files read, ${terms.length} glossary terms added, written to ${written.outputPath}`);
