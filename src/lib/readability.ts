/**
 * Readability of Spanish text, measured as CONTENT-STYLE.md asks: the Szigriszt-Pazos perspicuity
 * index read on the INFLESZ scale of Barrio-Cantalejo et al. (2008). Pure: text in, numbers out.
 *
 *   P = 206.835 − 62.3 · (syllables / words) − (words / sentences)
 *
 * INFLESZ: < 40 muy difícil · 40–55 algo difícil · 55–65 normal · 65–80 bastante fácil · > 80 muy
 * fácil (a score on a boundary takes the easier band, except 80, which is still «bastante fácil»).
 *
 * Syllables: this module's own splitter (npm's `silabea` 1.0.0 is a single release that lists
 * mocha and chai as runtime dependencies; nothing better maintained was found). It follows the
 * RAE's Ortografía (2010):
 * - Vowels: open a, e, o; closed i, u (ü, and «y» where it is a vowel: at the end of a word or
 *   before a consonant, as in «hoy», «muy», «Uruguay»; before a vowel it is a consonant: «mayo»).
 *   The «u» of «qu» and of «gu» before e/i is silent, part of the consonant («quiero», «guerra»);
 *   «ü» is pronounced («pingüino»). «h» between vowels is silent and does not separate them
 *   («prohibir» has the diphthong oi; «ahora» keeps its hiatus).
 * - Diphthong (one syllable): an open vowel with an unstressed closed one, in either order
 *   («aire», «cuidado»), or two different closed vowels («ciudad», «cuida», «construí»).
 * - Triphthong (one syllable): unstressed closed + open + unstressed closed («Uruguay», «buey»,
 *   «estudiáis»).
 * - Hiatus (two syllables): two open vowels, equal vowels («leer», «chiita»), or a closed vowel
 *   with a written accent beside an open one («país», «oído», «día», «reúne»). A syllable never
 *   holds two open vowels.
 * - Consonants between two vowels: one goes with the second vowel («ca-sa»; ch, ll, rr, and the
 *   qu/gu of que/qui/gue/gui count as one); of two, the second goes with it, unless they form an
 *   inseparable group — p, b, f, t, d, c, k or g followed by r or l, but not «dl» — which goes whole
 *   («pro-ble-ma», «tra-ba-jo»; «a-tlas», as «tl» is said in the Americas and the Canaries); of three
 *   or more, the last one goes with the second vowel, or the last two if they are such a group
 *   («obs-tá-cu-lo», «trans-por-te», «ins-truc-ción»). Prefixes are not looked up («su-bra-yar»):
 *   the count, which is all the index uses, does not depend on where consonants fall.
 * - A word with no vowel (an acronym read letter by letter, an initial such as «p.») counts one.
 *
 * Words: runs of letters and digits (with inner hyphens, apostrophes and dots) that hold at least one
 * letter; numbers («1.002», «66,66 %», «2021-2023») and symbols are not words. A hyphenated word
 * («Pro-Integración») is one word with the syllables of its parts.
 *
 * Sentences: the caller hands in blocks (a paragraph, a heading, a list item, a table cell): a
 * sentence never runs across two of them, so headings and list items are sentences of their own.
 * Inside a block a sentence ends at «.», «?», «!» or «…» (and any closing quote or bracket after
 * them) followed by the end of the block or by a space and the start of a new sentence: a capital
 * letter, a digit, «¿», «¡», or an opening quote or bracket. So «1.002» and «66,66» never end one,
 * nor «p. ej.», «a. m.» (a single lowercase letter) or the abbreviations in ABBREVIATIONS before a
 * capital; «etc.» before a capital does end one, as its period then closes the sentence too (RAE),
 * and so does a single capital letter («el grupo B. Luego…»: labels are more common here than
 * initials).
 */

/** Abbreviations whose period never ends a sentence (lowercase, without the period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ej', 'p', 'pág', 'págs', 'núm', 'nro', 'art', 'arts', 'aprox', 'cap', 'fig', 'vol', 'ed', 'tel', 'av', 'avda',
  'sr', 'sra', 'srta', 'sres', 'dr', 'dra', 'ing', 'lic', 'abg', 'arq', 'econ', 'mgs', 'msc', 'ud', 'uds', 'vd', 'vds',
  'vs', 'cf', 'dpto', 'depto', 'gral', 'ee', 'uu', 'cía', 'admón', 'atte',
]);

interface VowelInfo {
  /** a, e, o (and stressed í, ú count as such for hiatus; see isHiatus). */
  open: boolean;
  /** Written accent. */
  stressed: boolean;
  /** The vowel without accent or diaeresis, to tell equal vowels (y reads as i). */
  base: string;
}

const VOWELS: Record<string, VowelInfo> = {};
for (const [letters, base] of [['aáàâä', 'a'], ['eéèêë', 'e'], ['oóòôö', 'o'], ['iíìîï', 'i'], ['uúùûü', 'u']] as const) {
  for (const letter of letters) {
    VOWELS[letter] = {
      open: 'aeo'.includes(base),
      // ü marks a pronounced u, not stress; ï (a diaeresis of poetry) marks a hiatus, like an accent.
      stressed: letter !== base && letter !== 'ü',
      base,
    };
  }
}
const Y_VOWEL: VowelInfo = { open: false, stressed: false, base: 'i' };

const isVowelLetter = (letter: string | undefined): boolean => letter !== undefined && letter in VOWELS;

interface Unit {
  text: string;
  /** A vowel, or null for a consonant (or a digraph: ch, ll, rr, qu, gu). */
  vowel: VowelInfo | null;
  /** A silent h between two vowels: it belongs to no consonant group. */
  silentH?: boolean;
}

/** Letters into units: vowels, consonants and consonant digraphs. */
function units(word: string): Unit[] {
  const letters = [...word];
  const result: Unit[] = [];
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i];
    const next = letters[i + 1];
    const afterNext = letters[i + 2];
    if (letter === 'q' && next === 'u') {
      result.push({ text: 'qu', vowel: null });
      i++;
    } else if (letter === 'g' && next === 'u' && afterNext !== undefined && 'eéiíï'.includes(afterNext)) {
      result.push({ text: 'gu', vowel: null });
      i++;
    } else if ((letter === 'c' && next === 'h') || (letter === 'l' && next === 'l') || (letter === 'r' && next === 'r')) {
      result.push({ text: letter + next, vowel: null });
      i++;
    } else if (letter === 'y') {
      result.push({ text: 'y', vowel: isVowelLetter(next) ? null : Y_VOWEL });
    } else if (letter === 'h' && result.at(-1)?.vowel && isVowelLetter(next)) {
      result.push({ text: 'h', vowel: null, silentH: true });
    } else {
      result.push({ text: letter, vowel: VOWELS[letter] ?? null });
    }
  }
  return result;
}

/** Whether two neighbouring vowels belong to different syllables. */
function isHiatus(a: VowelInfo, b: VowelInfo): boolean {
  if (a.open && b.open) return true;
  if (!a.open && !b.open) return a.base === b.base; // ii, uu; «ui», «iu» (even «uí») are diphthongs
  const closed = a.open ? b : a;
  return closed.stressed; // «día», «país»: a stressed closed vowel beside an open one
}

const INSEPARABLE = /^[pbftdckg][rl]$/;
const isInseparable = (first: Unit, second: Unit) => first.text + second.text !== 'dl' && INSEPARABLE.test(first.text + second.text);

/**
 * A Spanish word split into syllables, lowercase (see the rules above). Letters only: a hyphenated
 * word is split part by part by the caller. A word with no vowel is one syllable.
 */
export function syllabify(word: string): string[] {
  const lower = word.toLowerCase().normalize('NFC');
  const list = units(lower);
  // Nuclei: runs of vowels (silent h inside) cut at each hiatus; indexes into `list`.
  const nuclei: number[][] = [];
  let current: number[] | null = null;
  let lastVowel: VowelInfo | null = null;
  for (let i = 0; i < list.length; i++) {
    const unit = list[i];
    if (unit.silentH) continue;
    if (!unit.vowel) {
      current = null;
      lastVowel = null;
      continue;
    }
    if (current && lastVowel && !isHiatus(lastVowel, unit.vowel)) {
      const hasOpen = current.some((index) => list[index].vowel!.open);
      if (unit.vowel.open && hasOpen) {
        // Open, closed, open («Maia»): the closed vowel starts the next syllable.
        const moved: number = current.pop()!;
        current = [moved, i];
        nuclei.push(current);
      } else {
        current.push(i);
      }
    } else {
      current = [i];
      nuclei.push(current);
    }
    lastVowel = unit.vowel;
  }
  if (nuclei.length === 0) return [lower];

  // Where each syllable starts, as an index into `list`.
  const starts = [0];
  for (let k = 1; k < nuclei.length; k++) {
    const end = nuclei[k - 1].at(-1)!;
    const next = nuclei[k][0];
    const consonants: number[] = [];
    for (let i = end + 1; i < next; i++) if (!list[i].silentH) consonants.push(i);
    const n = consonants.length;
    let start: number;
    if (n === 0) start = end + 1; // a hiatus: a silent h goes with the second vowel («bú-ho»)
    else if (n === 1) start = consonants[0];
    else if (isInseparable(list[consonants[n - 2]], list[consonants[n - 1]])) start = consonants[n - 2];
    else start = consonants[n - 1];
    starts.push(start);
  }
  return starts.map((start, k) => list.slice(start, starts[k + 1] ?? list.length).map((unit) => unit.text).join(''));
}

/** Syllables of a word (letters, digits, hyphens: only the letters count); at least 1. */
export function countSyllables(word: string): number {
  let total = 0;
  for (const part of word.split(/[^\p{L}\p{M}]+/u)) {
    if (part) total += syllabify(part).length;
  }
  return Math.max(total, 1);
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.·][\p{L}\p{M}\p{N}]+)*/gu;
const HAS_LETTER = /\p{L}/u;

/** The words of a text (see the module comment: numbers and symbols are not words). */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).filter((token) => HAS_LETTER.test(token));
}

export interface SentenceSpan {
  text: string;
  /** Index in the block where the sentence starts (after leading space). */
  start: number;
}

/** A terminator run: . ? ! … (repeated or mixed), then closing quotes or brackets, then maybe a period («…?».). */
const TERMINATOR = /[.?!…]+[»"”’)\]]*\.?/g;
/** What a new sentence starts with. */
const SENTENCE_START = /^[\p{Lu}\p{N}¿¡«"“'‘(\[—–-]/u;

/** Whether the period at `index` closes an abbreviation or an initial that does not end the sentence. */
function isAbbreviationPeriod(block: string, index: number): boolean {
  if (block[index] !== '.') return false;
  const before = /([\p{L}\p{M}]+)$/u.exec(block.slice(0, index));
  if (!before) return false;
  const token = before[1];
  // «p. ej.», «a. m.»: a lowercase letter, or one of the abbreviations listed («EE. UU.»). A capital
  // letter is a label more often than an initial here («el grupo B. Luego…»), so it ends a sentence.
  return /^\p{Ll}$/u.test(token) || ABBREVIATIONS.has(token.toLowerCase());
}

/** The sentences of one block of text, with where each starts; blocks with no word give none. */
export function sentenceSpans(block: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = block.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/\s+/g, ' ');
    if (words(text).length > 0) spans.push({ text, start: from + lead });
  };
  for (const match of block.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    const rest = block.slice(end);
    const space = /^\s+/.exec(rest);
    if (!space || !SENTENCE_START.test(rest.slice(space[0].length))) continue;
    if (match[0] === '.' && isAbbreviationPeriod(block, match.index)) continue;
    push(end);
    from = end;
  }
  push(block.length);
  return spans;
}

/** The sentences of one block of text. */
export function splitSentences(block: string): string[] {
  return sentenceSpans(block).map((span) => span.text);
}

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/** Sentences, words and syllables of a text given as blocks (paragraphs, headings, list items…). */
export function countText(blocks: readonly string[] | string): TextCounts {
  const counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const block of typeof blocks === 'string' ? [blocks] : blocks) {
    for (const sentence of splitSentences(block)) {
      const list = words(sentence);
      counts.sentences += 1;
      counts.words += list.length;
      for (const word of list) counts.syllables += countSyllables(word);
    }
  }
  return counts;
}

/** The Szigriszt-Pazos perspicuity index; null for a text with no words. */
export function perspicuity({ sentences, words, syllables }: TextCounts): number | null {
  if (words === 0 || sentences === 0) return null;
  return 206.835 - (62.3 * syllables) / words - words / sentences;
}

export const INFLESZ_LEVELS = ['muy difícil', 'algo difícil', 'normal', 'bastante fácil', 'muy fácil'] as const;
export type InfleszLevel = (typeof INFLESZ_LEVELS)[number];

/** The INFLESZ band of a Szigriszt-Pazos score. */
export function infleszLevel(score: number): InfleszLevel {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}

export interface Readability extends TextCounts {
  /** Szigriszt-Pazos perspicuity; null when there is no word. */
  score: number | null;
  level: InfleszLevel | null;
}

/** Counts, score and INFLESZ band of a text given as blocks. */
export function readability(blocks: readonly string[] | string): Readability {
  const counts = countText(blocks);
  const score = perspicuity(counts);
  return { ...counts, score, level: score === null ? null : infleszLevel(score) };
}

/**
 * The length of a sentence as a reader meets it: its words and its numbers («1.002 capitales» is
 * two). The index leaves numbers out, as they have no syllables to count; a length should not.
 */
export function sentenceLength(sentence: string): number {
  return (sentence.match(WORD) ?? []).length;
}

export interface LongSentence {
  text: string;
  /** Its length (sentenceLength). */
  words: number;
  /** Index in the block where it starts. */
  start: number;
}

/** Sentences of a block longer than `maxWords` (words and numbers). */
export function longSentences(block: string, maxWords = 30): LongSentence[] {
  return sentenceSpans(block)
    .map((span) => ({ ...span, words: sentenceLength(span.text) }))
    .filter((span) => span.words > maxWords);
}

/** The first `count` words of a sentence, with «…» when it goes on. */
export function firstWords(sentence: string, count = 8): string {
  const parts = sentence.split(/\s+/).filter(Boolean);
  return parts.length <= count ? parts.join(' ') : `${parts.slice(0, count).join(' ')}…`;
}
