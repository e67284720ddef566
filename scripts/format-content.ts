/**
 * npm run format:content — rewrites every content file into the form Decap writes (see
 * scripts/lib/canonical.ts), so that saving in the CMS changes only what the editor changed.
 */
import { writeFileSync } from 'node:fs';
import { readContentFiles } from './check-content.ts';
import { canonicalForm } from './lib/canonical.ts';
import { loadDecapFormats } from './lib/decap-formats.ts';

const root = process.argv[2] ?? 'src/content';
const decap = await loadDecapFormats();
let changed = 0;
const files = readContentFiles(root);
for (const file of files) {
  const canonical = canonicalForm(file, decap);
  if (canonical !== file.source) {
    writeFileSync(file.path, canonical);
    changed++;
    console.log(`  formatted ${file.path}`);
  }
}
await decap.close();
console.log(`${changed} of ${files.length} files rewritten into Decap's form.`);
