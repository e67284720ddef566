/**
 * Deterministic shuffling: the order of options comes from a seed kept in the saved state, so a
 * reload shows the same order and a retry (new seed) a new one.
 */
import type { Quiz } from './types.ts';

/** mulberry32: a tiny, well-distributed 32-bit PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates with the given random source; returns a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const swap = Math.floor(random() * (index + 1));
    [result[index], result[swap]] = [result[swap], result[index]];
  }
  return result;
}

/**
 * The option order of every question: shuffled by `seed` when the quiz asks for it, else as
 * written. True/false questions keep "Verdadero, Falso" order, which readers expect.
 */
export function optionOrder(quiz: Quiz, seed: number): Record<string, string[]> {
  const random = seededRandom(seed);
  return Object.fromEntries(
    quiz.questions.map((question) => {
      const ids = question.options.map((option) => option.id);
      const keep = !quiz.shuffle || question.type === 'truefalse';
      return [question.id, keep ? ids : shuffled(ids, random)];
    }),
  );
}

/** A new seed for an attempt. */
export function newSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 0xffffffff);
}
