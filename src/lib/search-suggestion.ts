/**
 * «¿Quiso decir xenofobia?»: when a word of a search is not in the index, the nearest word that is.
 * No server: scripts/build-search-index.ts writes the words of the indexed text to SEARCH_WORDS_URL
 * at build time (`wordListText`), and the search page fetches that list only when a search finds
 * nothing, or only words the query merely begins. Pure: the page script does the fetching.
 *
 * The list is plain text, one word a line, as the pages write it most often («capacitación»,
 * «Latacunga»): first the words found more than once, then the rest, each group in alphabetical order
 * (which compresses best). That order is also the preference between two words equally near.
 */
import { STOP_WORDS, foldText } from './search-query.ts';

/** Where the search page fetches the word list from. */
export const SEARCH_WORDS_URL = '/buscar/palabras.txt';

/**
 * Words shorter than this are neither listed nor corrected: a short word is one letter away from too
 * many others for a guess to help.
 */
export const MIN_WORD_LENGTH = 4;

export interface WordList {
  /** The words as the pages write them, most likely first. */
  words: readonly string[];
  /** The same words, lower case without accents, for matching. */
  folded: readonly string[];
}

const wordsIn = (text: string) => text.match(/\p{L}+/gu) ?? [];

/** The word list file for the indexed texts (see the module comment). */
export function wordListText(texts: Iterable<string>): string {
  const counts = new Map<string, { total: number; spellings: Map<string, number> }>();
  // Each spelling is folded once: the same few thousand words recur hundreds of thousands of times.
  const foldedSpellings = new Map<string, string>();
  for (const text of texts) {
    for (const word of wordsIn(text)) {
      let folded = foldedSpellings.get(word);
      if (folded === undefined) foldedSpellings.set(word, (folded = foldText(word)));
      if (folded.length < MIN_WORD_LENGTH || STOP_WORDS.has(folded)) continue;
      const entry = counts.get(folded) ?? { total: 0, spellings: new Map() };
      entry.total++;
      // A capital at the start of a sentence is not how the word is written: count it as lower case
      // unless the word is always written with one (a name).
      entry.spellings.set(word, (entry.spellings.get(word) ?? 0) + 1);
      counts.set(folded, entry);
    }
  }
  const spellingOf = ({ spellings }: { spellings: Map<string, number> }) => {
    const lower = [...spellings].filter(([word]) => word === word.toLowerCase());
    const candidates = lower.length > 0 ? lower : [...spellings];
    return candidates.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'es'))[0][0];
  };
  const byFolded = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const entries = [...counts].sort(byFolded);
  const common = entries.filter(([, entry]) => entry.total > 1).map(([, entry]) => spellingOf(entry));
  const rare = entries.filter(([, entry]) => entry.total === 1).map(([, entry]) => spellingOf(entry));
  return `${[...common, ...rare].join('\n')}\n`;
}

export function parseWordList(text: string): WordList {
  const words = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return { words, folded: words.map(foldText) };
}

/**
 * Edits (a letter added, removed, changed, or two neighbours swapped) from `a` to `b`, or `max + 1`
 * when more than `max`: the optimal string alignment distance, stopped early.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length], max + 1);
}

/** How many edits a guess may be from a word of this length: 1 up to 5 letters, 2 up to 9, 3 beyond. */
export function maxEdits(length: number): number {
  return length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

/** Whether the index has the word, or a word it begins (a word still being typed). Folded input. */
export function isListed(word: string, list: WordList): boolean {
  return list.folded.some((listed) => listed.startsWith(word));
}

/** The listed word nearest to a folded word, as the pages write it; none when nothing is near enough. */
export function nearestWord(word: string, list: WordList): string | undefined {
  if (word.length < MIN_WORD_LENGTH) return undefined;
  let best: { index: number; distance: number } | undefined;
  for (let index = 0; index < list.folded.length; index++) {
    // Only a nearer word can replace the best so far: between equals, the list's order decides.
    const limit = best ? best.distance - 1 : maxEdits(word.length);
    if (limit < 0) break;
    const distance = editDistance(word, list.folded[index], limit);
    if (distance <= limit) best = { index, distance };
  }
  return best && list.words[best.index];
}

/**
 * The query as typed with each word of `unknown` (folded) replaced by its nearest listed word,
 * keeping a capital the reader typed; undefined when no word could be replaced.
 */
export function suggestQuery(typed: string, unknown: ReadonlySet<string>, list: WordList): string | undefined {
  let replaced = false;
  const suggestion = typed.replace(/\p{L}+/gu, (word) => {
    const folded = foldText(word);
    if (!unknown.has(folded)) return word;
    const nearest = nearestWord(folded, list);
    if (!nearest) return word;
    replaced = true;
    const capital = word[0] !== word[0].toLowerCase() && nearest[0] === nearest[0].toLowerCase();
    return capital ? nearest[0].toUpperCase() + nearest.slice(1) : nearest;
  });
  return replaced ? suggestion : undefined;
}
