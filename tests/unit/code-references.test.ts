/**
 * Entries the site's code takes by id are registered (src/lib/code-references.ts), so the admin
 * refuses to delete them. This finds every content id written as a string in the code and requires
 * it to go through `usedInCode`; ids that are also names of other things (course ids, taxonomy values,
 * HTML anchors) are listed with why they are not references.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../scripts/check-content.ts';
import { CODE_REFERENCES } from '../../src/lib/code-references.ts';

const entryIds = new Map<string, string[]>();
for (const file of readContentFiles('src/content')) {
  const id = file.name.replace(/\.(mdx|yaml)$/, '');
  entryIds.set(id, [...(entryIds.get(id) ?? []), file.collection]);
}

/** Strings in code equal to an entry id that do not name that entry. */
const NOT_REFERENCES: Record<string, string> = {
  'en-marcha-digital': 'a course id (src/lib/taxonomy.ts); the glossary term has the same id',
  'formacion-de-formadores': 'a course id; the glossary term has the same id',
  'medios-de-vida': 'a programme strategy id; the glossary term has the same id',
  'estudio-de-mercado': 'a programme strategy id; the glossary term has the same id',
  'buena-practica': 'a content type of the search; the glossary term has the same id',
  'plan-de-accion': 'an HTML anchor of the diagnostic result; the module has the same id',
  gad: 'a word of the diagnostic\'s storage keys; the glossary term has the same id',
  get: 'a method name; the glossary term has the same id',
};

function codeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === 'src/content' ? [] : codeFiles(path);
    return /\.(ts|tsx|js|astro)$/.test(entry.name) ? [path] : [];
  });
}

describe('entries used by the code', () => {
  it('every registered reference names an entry that exists', () => {
    for (const target of Object.keys(CODE_REFERENCES)) {
      const [collection, id] = target.split('/');
      expect(entryIds.get(id), target).toContain(collection);
    }
  });

  it('no content id is written in code except through usedInCode', () => {
    const bare: string[] = [];
    for (const file of codeFiles('src')) {
      if (file === 'src/lib/code-references.ts') continue;
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/(usedInCode\(\s*'[a-z-]+',\s*)?['"`]([a-z0-9-]+)['"`]/g)) {
        const [, wrapped, id] = match;
        if (wrapped || !entryIds.has(id) || id in NOT_REFERENCES) continue;
        bare.push(`${file}: '${id}' (${entryIds.get(id)!.join(', ')})`);
      }
    }
    expect(bare).toEqual([]);
  });
});
