import { describe, expect, it } from 'vitest';
import type { IndicatorAnswer } from '../../../src/lib/diagnostic/assessment.ts';
import { applyRaises, nextLevelDistance, nextLevelText, type NextLevelDistance } from '../../../src/lib/diagnostic/next-level.ts';
import { scoreDimension } from '../../../src/lib/diagnostic/scoring.ts';
import type { AnswerId, Dimension } from '../../../src/lib/diagnostic/instrument.ts';
import { alianzas, assessment, dimension, indicator, institucional, instrument, servicios } from './fixture.ts';

const { levels } = instrument;
const [, basico, intermedio, avanzado] = levels;
const answersOf = (answers: Record<string, AnswerId>) => assessment(answers).answers;
const below = (distance: NextLevelDistance) => {
  if (distance.kind !== 'below') throw new Error(`expected a dimension below the top level, got ${distance.kind}`);
  return distance;
};

describe('nextLevelDistance', () => {
  it('says a dimension at the top level is there', () => {
    const distance = nextLevelDistance(institucional, answersOf({ c: 'completo', presupuesto: 'completo', normativa: 'parcial' }), levels);
    // (3 + 2 + 0,5) ÷ 6 = 91,7: Avanzado, the top level.
    expect(distance).toEqual({ kind: 'top', level: avanzado });
    expect(nextLevelText(distance)).toBe('Está en el nivel más alto, «Avanzado».');
  });

  it('has no distance for a dimension without a score: all «No aplica», mostly «No aplica», or unanswered', () => {
    expect(nextLevelDistance(institucional, answersOf({ c: 'no-aplica', presupuesto: 'no-aplica', normativa: 'no-aplica' }), levels)).toEqual({ kind: 'no-score' });
    expect(nextLevelDistance(institucional, answersOf({ c: 'no', presupuesto: 'no-aplica', normativa: 'no-aplica' }), levels)).toEqual({ kind: 'no-score' });
    expect(nextLevelDistance(institucional, {}, levels)).toEqual({ kind: 'no-score' });
    expect(nextLevelText({ kind: 'no-score' })).toBe('Sin puntaje: no se puede calcular cuánto falta para el nivel siguiente.');
  });

  it('gives the points to the next level and the smallest raise of one answer that reaches it', () => {
    // c No (peso 3), presupuesto and normativa Completo: (2 + 1) ÷ 6 = 50, Básico; Intermedio from 60.
    const distance = below(nextLevelDistance(institucional, answersOf({ c: 'no', presupuesto: 'completo', normativa: 'completo' }), levels));
    expect(distance).toMatchObject({ score: 50, level: basico, next: intermedio, points: 10, answers: 1, scoreAfter: 75 });
    expect(distance.raises).toEqual([{ weight: 3, from: 'no', to: 'parcial', count: 1 }]);
    expect(nextLevelText(distance)).toBe('Le faltan 10 puntos para «Intermedio». Bastaría con pasar 1 pregunta de peso 3 de «No» a «Parcial».');
  });

  it('with weights 1, 2 and 3, prefers the smallest step that is enough, then one step over a jump', () => {
    // c Completo (3), presupuesto No (2), normativa No (1): 3 ÷ 6 = 50. One answer is enough three ways:
    // presupuesto to Parcial (66,7), normativa to Completo (66,7) or presupuesto to Completo (83,3);
    // normativa to Parcial gives 58,3, not enough. Presupuesto to Parcial: the same rise in one step.
    const distance = below(nextLevelDistance(institucional, answersOf({ c: 'completo', presupuesto: 'no', normativa: 'no' }), levels));
    expect(distance.raises).toEqual([{ weight: 2, from: 'no', to: 'parcial', count: 1 }]);
    expect(distance.scoreAfter).toBe(66.7);
    expect(distance.points).toBe(10);
  });

  it('counts the raise of a Parcial, and writes decimals with a comma', () => {
    // ventanilla Completo (1), protocolo Parcial (3), datos Parcial (4): (1 + 1,5 + 2) ÷ 8 = 56,25 → 56,3.
    const distance = below(nextLevelDistance(servicios, answersOf({ ventanilla: 'completo', protocolo: 'parcial', datos: 'parcial' }), levels));
    expect(distance).toMatchObject({ score: 56.3, next: intermedio, points: 3.7, answers: 1 });
    // Protocolo to Completo gives 75 and datos to Completo 81,3: the smaller rise.
    expect(distance.raises).toEqual([{ weight: 3, from: 'parcial', to: 'completo', count: 1 }]);
    expect(nextLevelText(distance)).toBe('Le faltan 3,7 puntos para «Intermedio». Bastaría con pasar 1 pregunta de peso 3 de «Parcial» a «Completo».');
  });

  it('needs several answers when no single one reaches the next level', () => {
    // Six questions of peso 1, all No: 0. Básico from 35 needs 5 halves of 12; two to Completo give 33,3.
    const six = dimension('seis', 1, ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => indicator(id, 1)));
    const distance = below(nextLevelDistance(six, answersOf({ a: 'no', b: 'no', c: 'no', d: 'no', e: 'no', f: 'no' }), levels));
    expect(distance).toMatchObject({ score: 0, next: basico, points: 35, answers: 3, scoreAfter: 41.7 });
    expect(distance.raises).toEqual([
      { weight: 1, from: 'no', to: 'completo', count: 2 },
      { weight: 1, from: 'no', to: 'parcial', count: 1 },
    ]);
    expect(nextLevelText(distance)).toBe(
      'Le faltan 35 puntos para «Básico». Bastaría con pasar 2 preguntas de peso 1 de «No» a «Completo» y 1 de peso 1 de «No» a «Parcial».',
    );
  });

  it('leaves unanswered questions and «No aplica» as they are', () => {
    // Alianzas has one question (peso 2); with it answered No the only raise is that one.
    const distance = below(nextLevelDistance(alianzas, answersOf({ mesa: 'no' }), levels));
    expect(distance.raises).toEqual([{ weight: 2, from: 'no', to: 'parcial', count: 1 }]);
    expect(distance.scoreAfter).toBe(50);
    // Normativa unanswered, presupuesto «No aplica»: only c counts and only c is raised.
    const partial = below(nextLevelDistance(institucional, answersOf({ c: 'no', presupuesto: 'no-aplica' }), levels));
    expect(partial).toMatchObject({ score: 0, next: basico, answers: 1, scoreAfter: 50 });
    expect(partial.raises).toEqual([{ weight: 3, from: 'no', to: 'parcial', count: 1 }]);
  });

  it('says «1 punto» in the singular', () => {
    const text = nextLevelText({ kind: 'below', score: 59, level: basico, next: intermedio, points: 1, raises: [{ weight: 2, from: 'no', to: 'parcial', count: 1 }], answers: 1, scoreAfter: 65 });
    expect(text).toBe('Le falta 1 punto para «Intermedio». Bastaría con pasar 1 pregunta de peso 2 de «No» a «Parcial».');
  });
});

/** Every assessment of a small dimension, checked against a search of every way to raise its answers. */
describe('nextLevelDistance against every raise of every answer', () => {
  const RAISES: Record<'no' | 'parcial' | 'completo', ('parcial' | 'completo')[]> = { no: ['parcial', 'completo'], parcial: ['completo'], completo: [] };
  const CHOICES: (AnswerId | undefined)[] = ['no', 'parcial', 'completo', 'no-aplica', undefined];

  /** Every answer set reachable by raising some answers: [answers, how many were raised]. */
  function allRaised(dim: Dimension, answers: Record<string, IndicatorAnswer>): [Record<string, IndicatorAnswer>, number][] {
    let results: [Record<string, IndicatorAnswer>, number][] = [[answers, 0]];
    for (const { id } of dim.indicators) {
      const answer = answers[id]?.answer;
      if (answer !== 'no' && answer !== 'parcial') continue;
      results = results.flatMap(([set, n]) => [[set, n] as [Record<string, IndicatorAnswer>, number], ...RAISES[answer].map((to) => [{ ...set, [id]: { answer: to } }, n + 1] as [Record<string, IndicatorAnswer>, number])]);
    }
    return results;
  }

  const dims = [
    dimension('pesos', 1, [indicator('p1', 1), indicator('p2', 2), indicator('p3', 3), indicator('p4', 3)]),
    dimension('iguales', 2, [indicator('q1', 2), indicator('q2', 2), indicator('q3', 2), indicator('q4', 1, { notApplicable: undefined })]),
  ];

  for (const dim of dims) {
    it(`finds the fewest answers, and they reach the next level once scored (${dim.id})`, () => {
      let checked = 0;
      const combos = (index: number): Record<string, IndicatorAnswer>[] =>
        index === dim.indicators.length
          ? [{}]
          : combos(index + 1).flatMap((rest) => CHOICES.map((answer) => (answer === undefined ? rest : { ...rest, [dim.indicators[index].id]: answer === 'no-aplica' ? { answer, reason: 'No hay.' } : { answer } })));
      for (const answers of combos(0)) {
        const distance = nextLevelDistance(dim, answers, levels);
        const now = scoreDimension(dim, answers, levels);
        if (now.score === null) {
          expect(distance.kind).toBe('no-score');
          continue;
        }
        const next = levels.find((level) => level.min > now.score!);
        if (!next) {
          expect(distance.kind).toBe('top');
          continue;
        }
        const found = below(distance);
        expect(found.next).toBe(next);
        // The app's raise, applied to the answers and scored by the scoring itself, reaches the next level.
        const after = scoreDimension(dim, applyRaises(dim, answers, found.raises), levels);
        expect(after.score).toBe(found.scoreAfter);
        expect(after.level!.min).toBeGreaterThanOrEqual(next.min);
        expect(found.raises.reduce((sum, raise) => sum + raise.count, 0)).toBe(found.answers);
        // No way with fewer answers reaches it, and none with as many reaches it with a smaller score.
        const reaching = allRaised(dim, answers).filter(([set]) => (scoreDimension(dim, set, levels).level?.min ?? -1) >= next.min);
        const fewest = Math.min(...reaching.map(([, n]) => n));
        expect(found.answers).toBe(fewest);
        const lowest = Math.min(...reaching.filter(([, n]) => n === fewest).map(([set]) => scoreDimension(dim, set, levels).score!));
        expect(found.scoreAfter).toBe(lowest);
        checked++;
      }
      expect(checked).toBeGreaterThan(100);
    });
  }
});
