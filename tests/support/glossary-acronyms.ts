/**
 * The acronyms the glossary defines, each with its term as the expansion, read from the glossary's
 * files (src/content/glosario/*.yaml), so the acronym tests follow the glossary as editors change it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { AcronymDefinition } from '../../src/lib/acronyms.ts';

export const GLOSSARY_DIR = 'src/content/glosario';

export function glossaryAcronyms(dir = GLOSSARY_DIR): AcronymDefinition[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as { term: string; acronym?: string })
    .filter((entry): entry is { term: string; acronym: string } => typeof entry.acronym === 'string' && entry.acronym.trim() !== '')
    .map((entry) => ({ acronym: entry.acronym.trim(), expansion: entry.term.trim() }));
}
