import { describe, expect, it } from 'vitest';
import {
  ABSOLUTE_WORDS,
  absoluteWordBalance,
  chanceBound,
  chanceRange,
  correctCountBalance,
  exceedsChance,
  lengthRankBalance,
  lengthRankWeights,
} from '../../src/lib/quiz/balance.ts';
import type { QuizQuestion } from '../../src/lib/quiz/types.ts';

/** A question whose options have these texts; `correct` lists the indexes of the correct ones. */
function question(type: QuizQuestion['type'], texts: string[], correct: number[]): QuizQuestion {
  return {
    id: `q-${texts.join('-').length}`,
    type,
    prompt: '¿Pregunta?',
    options: texts.map((text, index) => ({ id: `o${index}`, text, correct: correct.includes(index), feedback: 'Porque sí.' })),
  };
}

describe('chance bound', () => {
  it('is the binomial mean plus two standard deviations: n·p + 2·√(n·p·(1 − p))', () => {
    const bound = chanceBound(Array(97).fill(1 / 3));
    expect(bound).toBeCloseTo(97 / 3 + 2 * Math.sqrt((97 * 2) / 9), 10);
    expect(bound).toBeCloseTo(41.62, 2);
    // As a share of the questions: p + 2·√(p·(1 − p) / n).
    expect(bound / 97).toBeCloseTo(1 / 3 + 2 * Math.sqrt((1 / 3) * (2 / 3) / 97), 10);
  });

  it('adds up questions with different chances, and goes two deviations below the mean too', () => {
    const range = chanceRange([0.25, 0.25, 0.2]);
    const deviation = Math.sqrt(0.25 * 0.75 * 2 + 0.2 * 0.8);
    expect(range.mean).toBeCloseTo(0.7, 10);
    expect(range.high).toBeCloseTo(0.7 + 2 * deviation, 10);
    expect(range.low).toBeCloseTo(0.7 - 2 * deviation, 10);
  });

  it('allows nothing when there is nothing to count, and exactly the certain events', () => {
    expect(chanceRange([])).toEqual({ mean: 0, low: 0, high: 0 });
    expect(chanceBound([1, 1, 0])).toBe(2);
  });
});

describe('length rank of the correct option', () => {
  it('gives the whole weight to the rank of an option of a distinct length', () => {
    expect(lengthRankWeights([10, 30, 20], 2)).toEqual([0, 1, 0]);
    expect(lengthRankWeights([10, 30, 20], 1)).toEqual([0, 0, 1]);
  });

  it('shares the ranks of options of the same length', () => {
    expect(lengthRankWeights([10, 10, 30], 0)).toEqual([0.5, 0.5, 0]);
    expect(lengthRankWeights([12, 12, 12], 1)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('counts by number of options and flags the middle option when it is right too often', () => {
    const middle = [1, 2, 3].map(() => question('single', ['corta', 'mediana', 'la más larga'], [1]));
    const rows = lengthRankBalance([...middle, question('single', ['a', 'bb', 'ccc', 'dddd'], [3]), question('multiple', ['x', 'yy'], [0, 1])]);
    expect(rows.map((row) => [row.label, row.questions, row.observed])).toEqual([
      ['3 opciones, la correcta es la más corta', 3, 0],
      ['3 opciones, la correcta es la de largo medio', 3, 3],
      ['3 opciones, la correcta es la más larga', 3, 0],
      ['4 opciones, la correcta es la más corta', 1, 0],
      ['4 opciones, la correcta es la 2.ª más corta', 1, 0],
      ['4 opciones, la correcta es la 3.ª más corta', 1, 0],
      ['4 opciones, la correcta es la más larga', 1, 1],
    ]);
    // Three of three is beyond 1 + 2·√(2/3) ≈ 2,63; one of one is within 0,25 + 2·√0,1875 ≈ 1,12.
    expect(rows.map(exceedsChance)).toEqual([false, true, false, false, false, false, false]);
  });
});

describe('number of correct options', () => {
  it('expects any number from 1 to all of the options, and counts 5 only where there are 5 options', () => {
    const threeOfFour = [1, 2, 3, 4, 5, 6].map(() => question('multiple', ['a', 'b', 'c', 'd'], [0, 1, 2]));
    const rows = correctCountBalance([...threeOfFour, question('multiple', ['a', 'b', 'c', 'd', 'e'], [0]), question('single', ['a', 'b'], [0])]);
    expect(rows.map((row) => [row.label, row.questions, row.observed])).toEqual([
      ['1 correcta', 7, 1],
      ['2 correctas', 7, 0],
      ['3 correctas', 7, 6],
      ['4 correctas', 7, 0],
      ['5 correctas', 7, 0],
    ]);
    expect(rows[2].mean).toBeCloseTo(6 / 4 + 1 / 5, 10);
    expect(rows[4].mean).toBeCloseTo(1 / 5, 10);
    expect(rows.map(exceedsChance)).toEqual([false, false, true, false, false]);
  });
});

describe('absolute words', () => {
  it('recognises the words that claim too much, and not the words that contain them', () => {
    for (const text of ['Siempre reviso', 'todos los días', 'Sólo efectivo', 'solo si la pide', 'Ningún banco', 'no pagas nada', 'te asegura un cupo']) {
      expect(text).toMatch(ABSOLUTE_WORDS);
    }
    for (const text of ['todavía no', 'soltar el cable', 'nadar', 'seguro de salud', 'el saldo']) expect(text).not.toMatch(ABSOLUTE_WORDS);
  });

  it('compares the correct options that carry them with chance', () => {
    const questions = [1, 2, 3, 4, 5, 6, 7, 8].map(() => question('single', ['Revisa la cuenta', 'Nunca revises', 'Entrega siempre'], [0]));
    const balance = absoluteWordBalance([...questions, question('truefalse', ['Verdadero siempre', 'Falso'], [0])]);
    expect(balance.options).toBe(16);
    expect(balance.correct).toBe(0);
    expect(balance.mean).toBeCloseTo(16 / 3, 10);
    expect(balance.correct).toBeLessThan(balance.low);
  });
});
