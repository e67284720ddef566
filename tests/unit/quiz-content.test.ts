/**
 * Every quiz of the portal, checked for the cues that let someone pass without reading: the
 * correct option always in the same place, or always the longest. Thresholds: across all
 * single-choice questions, no position may hold the correct option, and the correct option may not
 * be the uniquely longest, more often than chance plus two standard deviations (binomial, each
 * question with its own 1 / number of options).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Question {
  id: string;
  type: 'single' | 'multiple' | 'truefalse';
  prompt: string;
  options: { id: string; text: string; correct: boolean; feedback: string }[];
}
const quizzes = readdirSync('src/content/cuestionarios')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ name, questions: (parse(readFileSync(`src/content/cuestionarios/${name}`, 'utf8')) as { questions: Question[] }).questions }));
const all = quizzes.flatMap((quiz) => quiz.questions.map((question) => ({ quiz: quiz.name, question })));
const singles = all.filter(({ question }) => question.type === 'single').map(({ question }) => question);

/** Chance plus two standard deviations of a count of independent events with these probabilities. */
const chanceBound = (probabilities: number[]) => {
  const mean = probabilities.reduce((sum, p) => sum + p, 0);
  const variance = probabilities.reduce((sum, p) => sum + p * (1 - p), 0);
  return mean + 2 * Math.sqrt(variance);
};

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
