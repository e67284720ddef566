/** Groups glossary terms under their initial letter, accents folded (Á goes under A). */

export function initialOf(term: string): string {
  return term.normalize('NFD').replace(/\p{Diacritic}/gu, '').charAt(0).toUpperCase();
}

export function groupByInitial<T>(items: readonly T[], termOf: (item: T) => string): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = initialOf(termOf(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'es'))
    .map(([letter, grouped]) => ({ letter, items: grouped }));
}

/** The letters of the A–Z bar (Spanish alphabet, Ñ included), each with the anchor of its group on /glosario/ when it has terms. */
export function alphabetBar(letters: readonly string[]): { letter: string; href?: string }[] {
  const present = new Set(letters);
  return [...'ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'].map((letter) => (present.has(letter) ? { letter, href: `#letra-${letter.toLowerCase()}` } : { letter }));
}

/** The fields of a glossary term that its search record is made of. */
export interface GlossaryTermText {
  term: string;
  acronym?: string;
  definition: string;
  note?: string;
}

/** A term as the glossary names it: «Grupo de Enlace Territorial (GET)». */
export function termLabel({ term, acronym }: Pick<GlossaryTermText, 'term' | 'acronym'>): string {
  return acronym ? `${term} (${acronym})` : term;
}

/**
 * Where a term's definition comes from, as its source line says it: the report and the place in it
 * («sección 3.1.3», «glosario», «sinopsis»), or the portal's general definition.
 */
export function termSource(
  { source, reportSection }: { source: 'informe' | 'general'; reportSection?: string },
  names: { report: string; general: string },
): string {
  if (source !== 'informe') return names.general;
  const place = reportSection && /^\d/.test(reportSection) ? `sección ${reportSection}` : (reportSection ?? '').toLowerCase();
  return place ? `${names.report}, ${place}` : names.report;
}

/** Every definition on one page, to read straight through or print (src/pages/glosario/completo.astro). */
export const COMPLETE_GLOSSARY_HREF = '/glosario/completo/';

/** A term's own page: /glosario/ lists the terms, each links here (src/lib/site-links.ts). */
export function termHref(id: string): string {
  return `/glosario/${id}/`;
}

/**
 * A glossary term as a search record of its own (Pagefind's `addCustomRecord`), so a search for
 * «CEO» can answer with the term and link straight to its definition. The text is what the term's
 * page shows: its name, definition and note on the report.
 */
export function glossarySearchRecord(id: string, entry: GlossaryTermText, type: string) {
  const title = termLabel(entry);
  return {
    url: termHref(id),
    content: [`${title}.`, entry.definition, entry.note].filter(Boolean).join(' '),
    language: 'es',
    meta: { title },
    filters: { tipo: [type] },
  };
}
