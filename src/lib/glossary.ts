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

/** The letters of the A–Z bar (Spanish alphabet, Ñ included), each with the anchor of its group when it has terms. */
export function alphabetBar(letters: readonly string[]): { letter: string; href?: string }[] {
  const present = new Set(letters);
  return [...'ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'].map((letter) => (present.has(letter) ? { letter, href: `#letra-${letter.toLowerCase()}` } : { letter }));
}
