/**
 * Every quiz of the portal, checked for the cues that let someone pass without reading: the
 * correct option always in the same place, always the longest or always the middle-length one,
 * multiple-answer questions that nearly always have the same number of correct options, and
 * absolute words ("siempre", "nunca", "solo"…) written almost only into wrong options. Each count
 * is compared with chance plus (or minus) two standard deviations, with the functions of
 * `src/lib/quiz/balance.ts`: a count beyond that is a rule a learner can use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { absoluteWordBalance, chanceBound, correctCountBalance, exceedsChance, lengthRankBalance, type BalanceRow } from '../../src/lib/quiz/balance.ts';
import type { QuizQuestion } from '../../src/lib/quiz/types.ts';

const quizzes = readdirSync('src/content/cuestionarios')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ name, questions: (parse(readFileSync(`src/content/cuestionarios/${name}`, 'utf8')) as { questions: QuizQuestion[] }).questions }));
const all = quizzes.flatMap((quiz) => quiz.questions.map((question) => ({ quiz: quiz.name, question })));
const questions = all.map(({ question }) => question);
const singles = questions.filter((question) => question.type === 'single');
const multiples = questions.filter((question) => question.type === 'multiple');

const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
const describeRow = (row: BalanceRow) =>
  `${row.label}: ${row.observed} of ${row.questions} questions (${share(row.observed, row.questions)}); chance ${row.mean.toFixed(1)}, bound ${row.bound.toFixed(1)} (${share(row.bound, row.questions)})`;

describe('quizzes that measure learning', () => {
  it('has enough single-choice questions for the statistics to mean something', () => {
    expect(singles.length).toBeGreaterThanOrEqual(100);
  });

  it('does not keep the correct option in one position more often than chance', () => {
    const positions = Math.max(...singles.map((q) => q.options.length));
    for (let position = 0; position < positions; position++) {
      const eligible = singles.filter((q) => q.options.length > position);
      const observed = eligible.filter((q) => q.options[position].correct).length;
      const bound = chanceBound(eligible.map((q) => 1 / q.options.length));
      expect(observed, `correct option at position ${position + 1}: ${observed} of ${eligible.length}, bound ${bound.toFixed(1)}`).toBeLessThanOrEqual(bound);
    }
  });

  it('does not make the correct option the uniquely longest more often than chance', () => {
    const uniquelyLongest = singles.filter((q) => {
      const lengths = q.options.map((o) => o.text.length);
      const longest = Math.max(...lengths);
      const index = q.options.findIndex((o) => o.correct);
      return lengths[index] === longest && lengths.filter((l) => l === longest).length === 1;
    }).length;
    const bound = chanceBound(singles.map((q) => 1 / q.options.length));
    expect(uniquelyLongest, `uniquely longest correct option in ${uniquelyLongest} of ${singles.length}, bound ${bound.toFixed(1)}`).toBeLessThanOrEqual(bound);
  });

  it('does not make the correct option the shortest, the middle-length or the longest one more often than chance', () => {
    const rows = lengthRankBalance(singles);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(exceedsChance(row), describeRow(row)).toBe(false);
  });

  it('varies the number of correct options of multiple-answer questions (chance: any number from 1 to all)', () => {
    expect(multiples.length).toBeGreaterThanOrEqual(20);
    const rows = correctCountBalance(multiples);
    for (const row of rows) expect(exceedsChance(row), describeRow(row)).toBe(false);
  });

  it('puts absolute words ("siempre", "nunca", "solo"…) into correct options about as often as into wrong ones', () => {
    const { options, correct, mean, low } = absoluteWordBalance(questions);
    expect(correct, `${correct} of ${options} options with an absolute word are correct; chance ${mean.toFixed(1)}, at least ${low.toFixed(1)}`).toBeGreaterThanOrEqual(low);
  });

  it('makes "Verdadero" the answer of between 30 % and 70 % of true/false questions', () => {
    const truefalse = all.filter(({ question }) => question.type === 'truefalse').map(({ question }) => question);
    const verdadero = truefalse.filter((q) => q.options[0].correct && /^verdadero$/i.test(q.options[0].text)).length;
    expect(verdadero / truefalse.length).toBeGreaterThanOrEqual(0.3);
    expect(verdadero / truefalse.length).toBeLessThanOrEqual(0.7);
  });

  it('leaves instructions to the interface and has no doubled punctuation', () => {
    for (const { quiz, question } of all) {
      expect(question.prompt, `${quiz} ${question.id}`).not.toMatch(/elige (todas|una)/i);
      for (const text of [question.prompt, ...question.options.flatMap((o) => [o.text, o.feedback])]) {
        expect(text, `${quiz} ${question.id}`).not.toMatch(/\.\.(?!\.)|[!?]\.|\.\s*\./);
      }
    }
  });
});
