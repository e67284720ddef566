import { describe, expect, it } from 'vitest';
import {
  answerIndicator,
  defaultName,
  newAssessment,
  noteIndicator,
  NOTE_MAX,
  NAME_MAX,
  progress,
} from '../../../src/lib/diagnostic/assessment.ts';
import { compareAssessments } from '../../../src/lib/diagnostic/compare.ts';
import { ANSWER_ORDER, ANSWERS, allIndicators, instrumentFingerprint } from '../../../src/lib/diagnostic/instrument.ts';
import { buildPlan } from '../../../src/lib/diagnostic/plan.ts';
import { levelFor, roundScore, scoreAssessment, scoreDimension, strengthsAndGaps } from '../../../src/lib/diagnostic/scoring.ts';
import { alianzas, assessment, dimension, indicator, institucional, instrument, servicios } from './fixture.ts';

const { levels } = instrument;
const [inicial, basico, intermedio, avanzado] = levels;
const ids = (list: { dimension: { id: string } }[]) => list.map((item) => item.dimension.id);

describe('instrument', () => {
  it('has the answer scale in order', () => {
    expect(ANSWER_ORDER).toEqual(['no', 'parcial', 'completo', 'no-aplica']);
    expect(ANSWER_ORDER.map((id) => [ANSWERS[id].label, ANSWERS[id].value])).toEqual([
      ['No', 0],
      ['Parcial', 0.5],
      ['Completo', 1],
      ['No aplica', null],
    ]);
  });
  it('lists indicators in instrument order (dimensions by `order`)', () => {
    expect(allIndicators(instrument).map(({ indicator, dimension }) => `${dimension.id}/${indicator.id}`)).toEqual([
      'institucional/c',
      'institucional/presupuesto',
      'institucional/normativa',
      'servicios/ventanilla',
      'servicios/protocolo',
      'servicios/datos',
      'alianzas/mesa',
    ]);
  });
  it('fingerprints the ordered ids only', () => {
    const fingerprint = instrumentFingerprint(instrument);
    expect(fingerprint).toMatch(/^[0-9a-z]{1,7}$/);
    expect(instrumentFingerprint(structuredClone(instrument))).toBe(fingerprint);
    const reweighted = {
      ...instrument,
      dimensions: [
        dimension('institucional', 1, [indicator('c', 9), indicator('presupuesto', 2), indicator('normativa', 1)]),
        servicios,
        alianzas,
      ],
    };
    expect(instrumentFingerprint(reweighted)).toBe(fingerprint);
    const variants = [
      [dimension('institucional', 1, [indicator('c2', 3), indicator('presupuesto', 2), indicator('normativa', 1)]), servicios, alianzas],
      [dimension('institucional', 1, [indicator('presupuesto', 2), indicator('c', 3), indicator('normativa', 1)]), servicios, alianzas],
      [dimension('institucional', 1, [indicator('c', 3), indicator('presupuesto', 2)]), servicios, alianzas],
      [institucional, servicios, alianzas, dimension('nueva', 4, [indicator('nuevo', 1)])],
    ];
    for (const dimensions of variants) expect(instrumentFingerprint({ dimensions })).not.toBe(fingerprint);
  });
});

describe('assessment', () => {
  const now = new Date(2026, 2, 15, 10, 0);
  it('names a new assessment after the municipio and month', () => {
    expect(defaultName('Latacunga', now)).toBe('Latacunga - marzo 2026');
    expect(defaultName('  ', new Date(2025, 11, 1))).toBe('Autodiagnóstico - diciembre 2025');
    const created = newAssessment({ id: 'x', name: ' ', municipio: ' Latacunga ', now, instrument });
    expect(created).toEqual({
      id: 'x',
      name: 'Latacunga - marzo 2026',
      municipio: 'Latacunga',
      team: '',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      instrumentVersion: 3,
      answers: {},
    });
    expect(newAssessment({ id: 'y', name: 'x'.repeat(200), now, instrument }).name).toHaveLength(NAME_MAX);
  });
  it('answers immutably, clears with undefined and keeps the note', () => {
    const start = newAssessment({ id: 'x', name: 'Prueba', now, instrument });
    const later = new Date(now.getTime() + 60_000);
    const answered = answerIndicator(start, 'mesa', 'parcial', later);
    expect(start.answers).toEqual({});
    expect(answered.answers).toEqual({ mesa: { answer: 'parcial' } });
    expect(answered.updatedAt).toBe(later.toISOString());
    expect(answerIndicator(answered, 'mesa', 'parcial', new Date())).toBe(answered);
    const noted = noteIndicator(answered, 'mesa', 'Acta del 3 de marzo', later);
    expect(answerIndicator(noted, 'mesa', undefined, later).answers).toEqual({ mesa: { note: 'Acta del 3 de marzo' } });
    expect(answerIndicator(answered, 'mesa', undefined, later).answers).toEqual({});
  });
  it('cuts notes to NOTE_MAX without splitting an emoji, and removes blank notes', () => {
    const start = newAssessment({ id: 'x', name: 'Prueba', now, instrument });
    expect(noteIndicator(start, 'c', 'a'.repeat(NOTE_MAX + 50), now).answers.c.note).toHaveLength(NOTE_MAX);
    const emoji = noteIndicator(start, 'c', `${'a'.repeat(NOTE_MAX - 1)}😀`, now).answers.c.note ?? '';
    expect(emoji).toBe('a'.repeat(NOTE_MAX - 1));
    const typing = noteIndicator(start, 'c', 'Acta ', now);
    expect(typing.answers.c.note).toBe('Acta ');
    expect(noteIndicator(typing, 'c', '', now).answers).toEqual({});
    const answered = answerIndicator(typing, 'c', 'no', now);
    expect(noteIndicator(answered, 'c', '   ', now).answers).toEqual({ c: { answer: 'no' } });
  });
  it('counts progress per dimension, No aplica included, notes alone not', () => {
    const a = assessment({ c: 'no-aplica', presupuesto: 'no', normativa: { note: 'solo nota' }, mesa: 'completo' });
    expect(progress(instrument, a)).toEqual({
      answered: 3,
      total: 7,
      byDimension: {
        institucional: { answered: 2, total: 3, complete: false },
        servicios: { answered: 0, total: 3, complete: false },
        alianzas: { answered: 1, total: 1, complete: true },
      },
    });
  });
});

describe('roundScore and levelFor', () => {
  it('rounds to one decimal, half away from zero, without float artefacts', () => {
    expect(roundScore(200 / 3)).toBe(66.7);
    expect(roundScore(12.25)).toBe(12.3);
    expect(roundScore(6.25)).toBe(6.3);
    expect(roundScore(1.45)).toBe(1.5);
    expect(roundScore(1.005)).toBe(1);
    expect(roundScore(0.05)).toBe(0.1);
    expect(roundScore(99.95)).toBe(100);
    expect(roundScore(12.24999)).toBe(12.2);
    expect(roundScore(-12.25)).toBe(-12.3);
    expect(roundScore(-0.04)).toBe(0);
    expect(Object.is(roundScore(-0.04), -0)).toBe(false);
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
  });
  it('takes the highest level reached, exact thresholds included', () => {
    expect(levelFor(0, levels)).toBe(inicial);
    expect(levelFor(34.9, levels)).toBe(inicial);
    expect(levelFor(35, levels)).toBe(basico);
    expect(levelFor(59.9, levels)).toBe(basico);
    expect(levelFor(60, levels)).toBe(intermedio);
    expect(levelFor(84.9, levels)).toBe(intermedio);
    expect(levelFor(85, levels)).toBe(avanzado);
    expect(levelFor(100, levels)).toBe(avanzado);
    expect(levelFor(null, levels)).toBeNull();
  });
});

describe('scoreDimension', () => {
  it('gives "sin datos" (null), never 0 or 100, when every indicator is No aplica', () => {
    const a = assessment({ ventanilla: 'no-aplica', protocolo: 'no-aplica', datos: 'no-aplica' });
    expect(scoreDimension(servicios, a.answers, levels)).toMatchObject({
      score: null,
      level: null,
      answered: 3,
      applicable: 0,
      total: 3,
      unanswered: 0,
    });
  });
  it('gives null when nothing is answered', () => {
    expect(scoreDimension(servicios, {}, levels)).toMatchObject({ score: null, level: null, answered: 0, applicable: 0, unanswered: 3 });
  });
  it('scores a one-indicator dimension', () => {
    expect(scoreDimension(alianzas, assessment({ mesa: 'parcial' }).answers, levels)).toMatchObject({ score: 50, level: basico, total: 1 });
    expect(scoreDimension(alianzas, assessment({ mesa: 'completo' }).answers, levels)).toMatchObject({ score: 100, level: avanzado });
    expect(scoreDimension(alianzas, assessment({ mesa: 'no' }).answers, levels)).toMatchObject({ score: 0, level: inicial });
  });
  it('leaves unanswered indicators out of the denominator', () => {
    // Only c (peso 3) answered Completo: 100, not 3/6 = 50.
    expect(scoreDimension(institucional, assessment({ c: 'completo' }).answers, levels)).toMatchObject({
      score: 100,
      answered: 1,
      applicable: 1,
      unanswered: 2,
    });
  });
  it('leaves No aplica out of the denominator', () => {
    // presupuesto 2 × 1 + normativa 1 × 0 over 2 + 1 = 66,7.
    const a = assessment({ c: 'no-aplica', presupuesto: 'completo', normativa: 'no' });
    expect(scoreDimension(institucional, a.answers, levels)).toMatchObject({ score: 66.7, level: intermedio, answered: 3, applicable: 2 });
  });
  it('weights the indicators (hand-computed)', () => {
    // (3 × 1 + 2 × 0,5 + 1 × 0) / 6 = 66,67 → 66,7
    expect(
      scoreDimension(institucional, assessment({ c: 'completo', presupuesto: 'parcial', normativa: 'no' }).answers, levels).score,
    ).toBe(66.7);
    // (3 × 0,5 + 2 × 0 + 1 × 1) / 6 = 41,67 → 41,7
    expect(
      scoreDimension(institucional, assessment({ c: 'parcial', presupuesto: 'no', normativa: 'completo' }).answers, levels).score,
    ).toBe(41.7);
    // (1 × 1 + 3 × 0,5 + 4 × 0) / 8 = 31,25 → 31,3 (a tie, rounded up)
    expect(
      scoreDimension(servicios, assessment({ ventanilla: 'completo', protocolo: 'parcial', datos: 'no' }).answers, levels),
    ).toMatchObject({
      score: 31.3,
      level: inicial,
    });
    // (1 × 0,5) / 8 = 6,25 → 6,3
    expect(scoreDimension(servicios, assessment({ ventanilla: 'parcial', protocolo: 'no', datos: 'no' }).answers, levels).score).toBe(6.3);
  });
});

describe('scoreAssessment', () => {
  it('averages the dimensions with data, each counting the same, rounding only at the end', () => {
    // institucional (3 + 2 + 0,5) / 6 = 91,67; servicios sin datos; alianzas 50.
    // Mean of the unrounded scores: 70,83 → 70,8 (the rounded ones would give 70,85 → 70,9).
    const a = assessment({
      c: 'completo',
      presupuesto: 'completo',
      normativa: 'parcial',
      ventanilla: 'no-aplica',
      protocolo: 'no-aplica',
      datos: 'no-aplica',
      mesa: 'parcial',
    });
    const score = scoreAssessment(instrument, a);
    expect(score.dimensions.map((d) => [d.dimension.id, d.score])).toEqual([
      ['institucional', 91.7],
      ['servicios', null],
      ['alianzas', 50],
    ]);
    expect(score).toMatchObject({ overall: 70.8, overallLevel: intermedio, answered: 7, total: 7 });
  });
  it('has no overall score when no dimension has data', () => {
    const score = scoreAssessment(instrument, assessment({ mesa: 'no-aplica' }));
    expect(score).toMatchObject({ overall: null, overallLevel: null, answered: 1, total: 7 });
  });
});

describe('strengthsAndGaps', () => {
  it('takes strengths from the top two levels, highest first, ties by dimension order, no-data dims out', () => {
    const both100 = assessment({
      c: 'completo',
      presupuesto: 'completo',
      normativa: 'completo',
      ventanilla: 'completo',
      mesa: 'no-aplica',
    });
    expect(ids(strengthsAndGaps(scoreAssessment(instrument, both100)).strengths)).toEqual(['institucional', 'servicios']);
    // institucional 66,7 (intermedio), servicios 100 (avanzado), alianzas 0 (inicial).
    const mixed = assessment({ c: 'completo', presupuesto: 'parcial', normativa: 'no', ventanilla: 'completo', mesa: 'no' });
    const result = strengthsAndGaps(scoreAssessment(instrument, mixed));
    expect(ids(result.strengths)).toEqual(['servicios', 'institucional']);
    expect(ids(result.gaps)).toEqual(['alianzas']);
  });
  it('takes gaps from the bottom two levels, lowest first, ties by dimension order', () => {
    // institucional 41,7 (básico), servicios 0, alianzas 0.
    const a = assessment({ c: 'parcial', presupuesto: 'no', normativa: 'completo', ventanilla: 'no', mesa: 'no' });
    const result = strengthsAndGaps(scoreAssessment(instrument, a));
    expect(ids(result.gaps)).toEqual(['servicios', 'alianzas', 'institucional']);
    expect(result.strengths).toEqual([]);
    expect(strengthsAndGaps(scoreAssessment(instrument, assessment({})))).toEqual({ strengths: [], gaps: [] });
  });
  it('puts the middle level of a three-level scale in neither list', () => {
    const three = { ...instrument, levels: [inicial, { ...intermedio, min: 40 }, { ...avanzado, min: 80 }] };
    const a = assessment({ c: 'completo', ventanilla: 'parcial', mesa: 'no' }); // 100, 50, 0
    const result = strengthsAndGaps(scoreAssessment(three, a));
    expect(ids(result.strengths)).toEqual(['institucional']);
    expect(ids(result.gaps)).toEqual(['alianzas']);
  });
});

describe('buildPlan', () => {
  it('orders by impact, then weaker dimension, then instrument order, with priorities', () => {
    // institucional (0 + 1 + 0) / 6 = 16,7; servicios (0,5 + 0 + 2) / 8 = 31,3; alianzas 0.
    const a = assessment({
      c: 'no', // impact 3
      presupuesto: 'parcial', // 1
      normativa: { answer: 'no', note: 'Falta la ordenanza' }, // 1
      ventanilla: 'parcial', // 0,5
      protocolo: 'no', // 3
      datos: 'parcial', // 2
      mesa: 'no', // 2
    });
    const plan = buildPlan(instrument, a);
    expect(plan.map((item) => [item.indicator.id, item.impact, item.priority, item.answer])).toEqual([
      ['c', 3, 'alta', 'no'], // 3 in institucional (16,7) before 3 in servicios (31,3)
      ['protocolo', 3, 'alta', 'no'],
      ['mesa', 2, 'alta', 'no'], // alianzas (0) before servicios
      ['datos', 2, 'alta', 'parcial'],
      ['presupuesto', 1, 'media', 'parcial'], // same dimension: instrument order
      ['normativa', 1, 'media', 'no'],
      ['ventanilla', 0.5, 'baja', 'parcial'],
    ]);
    expect(plan[5].note).toBe('Falta la ordenanza');
    expect(plan[5].dimension.id).toBe('institucional');
    expect('note' in plan[0]).toBe(false);
  });
  it('leaves out unanswered, No aplica and Completo', () => {
    const plan = buildPlan(instrument, assessment({ c: 'completo', presupuesto: 'no-aplica', mesa: 'parcial' }));
    expect(plan.map((item) => [item.indicator.id, item.impact, item.priority])).toEqual([['mesa', 1, 'media']]);
    expect(buildPlan(instrument, assessment({}))).toEqual([]);
  });
});

describe('compareAssessments', () => {
  it('gives changes per dimension and overall, null where a side has no data', () => {
    const earlier = assessment({ c: 'completo', presupuesto: 'parcial', normativa: 'no', ventanilla: 'no-aplica', mesa: 'no' });
    const later = assessment({ c: 'completo', presupuesto: 'completo', normativa: 'completo', ventanilla: 'completo', mesa: 'parcial' });
    const result = compareAssessments(instrument, earlier, later);
    expect(
      result.dimensions.map((d) => [d.dimension.id, d.before, d.after, d.change, d.levelBefore?.id ?? null, d.levelAfter?.id ?? null]),
    ).toEqual([
      ['institucional', 66.7, 100, 33.3, 'intermedio', 'avanzado'],
      ['servicios', null, 100, null, null, 'avanzado'],
      ['alianzas', 0, 50, 50, 'inicial', 'basico'],
    ]);
    // Before (66,67 + 0) / 2 = 33,3; after (100 + 100 + 50) / 3 = 83,3.
    expect(result.overall).toEqual({ before: 33.3, after: 83.3, change: 50 });
    const back = compareAssessments(instrument, later, earlier);
    expect(back.dimensions[0].change).toBe(-33.3);
    expect(back.overall.change).toBe(-50);
  });
  it('gives a null overall change when one side has no data at all', () => {
    expect(compareAssessments(instrument, assessment({}), assessment({ mesa: 'completo' })).overall).toEqual({
      before: null,
      after: 100,
      change: null,
    });
  });
});
