import { describe, expect, it } from 'vitest';
import {
  answerIndicator,
  answerStatus,
  defaultName,
  newAssessment,
  noteIndicator,
  NOTE_MAX,
  NAME_MAX,
  progress,
  reasonIndicator,
} from '../../../src/lib/diagnostic/assessment.ts';
import { compareAssessments } from '../../../src/lib/diagnostic/compare.ts';
import { ANSWER_ORDER, ANSWERS, allIndicators, answersFor, instrumentFingerprint } from '../../../src/lib/diagnostic/instrument.ts';
import { buildPlan, planByPhase } from '../../../src/lib/diagnostic/plan.ts';
import { levelFor, roundScore, scoreAssessment, scoreDimension, strengthsAndGaps, whereToStart } from '../../../src/lib/diagnostic/scoring.ts';
import { dependencyCycle } from '../../../src/lib/diagnostic/dependencies.ts';
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
      asOf: '2026-03',
      answers: {},
    });
    expect(newAssessment({ id: 'y', name: 'x'.repeat(200), now, instrument }).name).toHaveLength(NAME_MAX);
    // The month the assessment describes: as given, else the month it was created in.
    expect(newAssessment({ id: 'z', name: 'x', asOf: '2025-12', now, instrument }).asOf).toBe('2025-12');
    expect(newAssessment({ id: 'z', name: 'x', asOf: '2025-13', now, instrument }).asOf).toBe('2026-03');
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

describe('«No aplica» only where the instrument allows it, always with a reason', () => {
  const strict = indicator('ordenanza', 2, { notApplicable: undefined });
  const open = indicator('frontera', 1);
  const dim = dimension('normas', 1, [strict, open, indicator('plan', 1, { notApplicable: undefined })]);
  const only = { ...instrument, dimensions: [dim] };

  it('offers «No aplica» only where the instrument says when it applies', () => {
    expect(answersFor(strict)).toEqual(['no', 'parcial', 'completo']);
    expect(answersFor(open)).toEqual(['no', 'parcial', 'completo', 'no-aplica']);
  });

  it('tells each state apart: answered, No aplica with and without reason, not allowed, unanswered', () => {
    expect(answerStatus(strict, { answer: 'no' })).toBe('answered');
    expect(answerStatus(open, { answer: 'no-aplica', reason: 'Sin frontera.' })).toBe('not-applicable');
    expect(answerStatus(open, { answer: 'no-aplica' })).toBe('needs-reason');
    expect(answerStatus(open, { answer: 'no-aplica', reason: '   ' })).toBe('needs-reason');
    expect(answerStatus(strict, { answer: 'no-aplica', reason: 'Quisimos saltarla.' })).toBe('not-allowed');
    expect(answerStatus(strict, { note: 'solo nota' })).toBe('unanswered');
  });

  it('counts a «No aplica» where it is not allowed as unanswered: it cannot raise a score', () => {
    // The case: every «No» relabelled «No aplica». Here the disallowed one is left out of
    // nothing: it is simply unanswered, and the dimension's score comes from what is answered.
    const honest = assessment({ ordenanza: 'no', frontera: 'completo', plan: 'completo' });
    const relabelled = assessment({ ordenanza: { answer: 'no-aplica', reason: 'x' }, frontera: 'completo', plan: 'completo' });
    expect(scoreDimension(dim, honest.answers, instrument.levels).score).toBe(50);
    const score = scoreDimension(dim, relabelled.answers, instrument.levels);
    expect(score).toMatchObject({ answered: 2, notApplicable: 0, unanswered: 1 });
    expect(progress(only, relabelled).answered).toBe(2);
  });

  it('counts «No aplica» apart from answered, and needs its reason to count as done', () => {
    const a = assessment({ frontera: { answer: 'no-aplica' }, ordenanza: { answer: 'parcial', note: 'Borrador en el concejo' } });
    expect(scoreDimension(dim, a.answers, instrument.levels)).toMatchObject({ answered: 1, applicable: 1, notApplicable: 1, withEvidence: 1, unanswered: 2 });
    const withReason = reasonIndicator(a, 'frontera', 'El cantón no tiene frontera.', new Date('2026-03-13T10:00:00Z'));
    expect(withReason.answers.frontera).toEqual({ answer: 'no-aplica', reason: 'El cantón no tiene frontera.' });
    expect(progress(only, withReason).answered).toBe(2);
    // The reason goes with the answer: another answer drops it, and a reason needs «No aplica».
    const answered = answerIndicator(withReason, 'frontera', 'no', new Date('2026-03-13T10:01:00Z'));
    expect(answered.answers.frontera).toEqual({ answer: 'no' });
    expect(reasonIndicator(answered, 'frontera', 'otra', new Date())).toBe(answered);
  });

  it('has no score, «sin datos suficientes», where more than half of a dimension is «No aplica»', () => {
    const three = dimension('tres', 1, [indicator('x', 1), indicator('y', 1), indicator('z', 1)]);
    const half = scoreDimension(three, assessment({ x: 'no-aplica', y: 'completo', z: 'no' }).answers, instrument.levels);
    expect(half).toMatchObject({ score: 50, insufficient: false, notApplicable: 1 });
    const most = scoreDimension(three, assessment({ x: 'no-aplica', y: 'no-aplica', z: 'completo' }).answers, instrument.levels);
    expect(most).toMatchObject({ score: null, level: null, insufficient: true, notApplicable: 2, answered: 3 });
    // Four indicators, two «No aplica»: exactly half is still enough.
    const four = dimension('cuatro', 1, [indicator('a1', 1), indicator('a2', 1), indicator('a3', 1), indicator('a4', 1)]);
    expect(scoreDimension(four, assessment({ a1: 'no-aplica', a2: 'no-aplica', a3: 'completo', a4: 'no' }).answers, instrument.levels).score).toBe(50);
  });
});

describe('where to start', () => {
  it('names the three dimensions whose gaps would raise the overall score most, with how much', () => {
    const a = assessment({ c: 'completo', presupuesto: 'no', normativa: 'completo', ventanilla: 'no', protocolo: 'parcial', datos: 'no', mesa: 'parcial' });
    // institucional 66,7 (room 33,3 ÷ 3 = 11,1); servicios (1,5 ÷ 8) 18,8 (room 81,3 ÷ 3 = 27,1); alianzas 50 (16,7).
    expect(whereToStart(scoreAssessment(instrument, a)).map(({ dimension, room }) => [dimension.dimension.id, room])).toEqual([
      ['servicios', 27.1],
      ['alianzas', 16.7],
      ['institucional', 11.1],
    ]);
    expect(whereToStart(scoreAssessment(instrument, a), 1)).toHaveLength(1);
    // A dimension with nothing left to close is not a place to start.
    const done = assessment({ c: 'completo', presupuesto: 'completo', normativa: 'completo', mesa: 'no' });
    expect(whereToStart(scoreAssessment(instrument, done)).map(({ dimension }) => dimension.dimension.id)).toEqual(['alianzas']);
  });
});

describe('the plan follows dependencies, then impact, in phases', () => {
  // The case: drafting the ordinance came first and forming the GET fourteenth.
  const get = indicator('get', 1, { action: 'Conformar el GET por resolución' });
  const diagnostico = indicator('diagnostico', 2, { action: 'Hacer el diagnóstico local', dependsOn: ['get'] });
  const ordenanza = indicator('ordenanza', 3, { action: 'Redactar la ordenanza', dependsOn: ['get', 'diagnostico'] });
  const presupuesto = indicator('presupuesto', 3, { action: 'Abrir una partida', dependsOn: ['ordenanza'] });
  const ventanilla = indicator('ventanilla', 4, { action: 'Abrir la ventanilla' });
  const folleto = indicator('folleto', 1, { action: 'Imprimir un folleto' });
  const inst = { ...instrument, dimensions: [dimension('d', 1, [ordenanza, presupuesto, get, diagnostico, ventanilla, folleto])] };

  it('puts each action after those it depends on, the rest by impact, phase by phase', () => {
    const plan = buildPlan(inst, assessment({ ordenanza: 'no', presupuesto: 'no', get: 'no', diagnostico: 'no', ventanilla: 'no', folleto: 'parcial' }));
    expect(plan.map((item) => [item.indicator.id, item.impact, item.phase, item.waitsFor])).toEqual([
      ['ventanilla', 4, 'primeros-3-meses', []],
      ['get', 1, 'este-ano', []], // media priority, waits for nothing
      ['diagnostico', 2, 'este-ano', ['get']], // alta, one step of waiting
      ['ordenanza', 3, 'despues', ['get', 'diagnostico']], // two steps
      ['presupuesto', 3, 'despues', ['ordenanza']],
      ['folleto', 0.5, 'despues', []], // baja
    ]);
    expect(plan.map((item) => item.indicator.action)[0]).toBe('Abrir la ventanilla');
    expect(planByPhase(plan).map(({ phase, items }) => [phase.label, items.length])).toEqual([
      ['Primeros 3 meses', 1],
      ['Este año', 2],
      ['Después', 3],
    ]);
  });

  it('waits only for prerequisites that are gaps: one already done is not waited for', () => {
    const plan = buildPlan(inst, assessment({ get: 'completo', diagnostico: 'completo', ordenanza: 'no', presupuesto: 'parcial' }));
    expect(plan.map((item) => [item.indicator.id, item.phase, item.waitsFor])).toEqual([
      ['ordenanza', 'primeros-3-meses', []],
      ['presupuesto', 'este-ano', ['ordenanza']],
    ]);
  });

  it('never puts an action in an earlier phase than one it waits for', () => {
    // get is low priority (después); the ventanilla that waits for it cannot come before.
    const low = indicator('get', 0.5, {});
    const waits = indicator('ventanilla', 4, { dependsOn: ['get'] });
    const plan = buildPlan({ ...instrument, dimensions: [dimension('d', 1, [low, waits])] }, assessment({ get: 'parcial', ventanilla: 'no' }));
    expect(plan.map((item) => [item.indicator.id, item.phase])).toEqual([
      ['get', 'despues'],
      ['ventanilla', 'despues'],
    ]);
  });

  it('finds a circle of dependencies, which the content check refuses', () => {
    expect(dependencyCycle([{ id: 'a', dependsOn: ['b'] }, { id: 'b', dependsOn: ['c'] }, { id: 'c', dependsOn: ['a'] }])).toEqual(['a', 'b', 'c', 'a']);
    expect(dependencyCycle([{ id: 'a', dependsOn: ['b'] }, { id: 'b', dependsOn: [] }, { id: 'c', dependsOn: ['a', 'x'] }])).toBeNull();
  });
});
