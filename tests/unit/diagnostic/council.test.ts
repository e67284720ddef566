import { describe, expect, it } from 'vitest';
import { canSelectMore, COUNCIL_MAX, councilActions, selectAction, updateCouncilAction } from '../../../src/lib/diagnostic/council.ts';
import { buildPlan } from '../../../src/lib/diagnostic/plan.ts';
import { exportJson, parseImport } from '../../../src/lib/diagnostic/exchange.ts';
import { decodeShare, encodeShare } from '../../../src/lib/diagnostic/share.ts';
import { loadStore, serializeStore } from '../../../src/lib/diagnostic/store.ts';
import { assessment, bigInstrument, instrument } from './fixture.ts';
import { allIndicators } from '../../../src/lib/diagnostic/instrument.ts';

const now = new Date('2026-04-01T12:00:00.000Z');
// Seven gaps: c, protocolo (impact 3), mesa, datos (2), presupuesto, normativa (1), ventanilla (0,5).
const gaps = assessment({ c: 'no', presupuesto: 'parcial', normativa: 'no', ventanilla: 'parcial', protocolo: 'no', datos: 'parcial', mesa: 'no' });
const plan = buildPlan(instrument, gaps);
const ids = (list: ReturnType<typeof councilActions>) => list.map(({ choice }) => choice.id);

describe('the actions asked of the council', () => {
  it('are the plan’s first five until the GET picks, each pending with nothing filled in', () => {
    expect(plan).toHaveLength(7);
    const shown = councilActions(plan, gaps);
    expect(ids(shown)).toEqual(plan.slice(0, COUNCIL_MAX).map((item) => item.indicator.id));
    expect(shown[0].choice).toEqual({ id: plan[0].indicator.id, responsible: '', due: '', cost: '', status: 'pendiente' });
    expect(canSelectMore(plan, gaps)).toBe(false);
  });

  it('take one out and another in, never more than five, in plan order', () => {
    const out = selectAction(gaps, plan, 'c', false, now);
    expect(ids(councilActions(plan, out))).not.toContain('c');
    expect(out.updatedAt).toBe(now.toISOString());
    expect(canSelectMore(plan, out)).toBe(true);
    const swapped = selectAction(out, plan, 'ventanilla', true, now);
    expect(ids(councilActions(plan, swapped))).toEqual(plan.map((item) => item.indicator.id).filter((id) => id !== 'c' && id !== plan[5].indicator.id));
    // A sixth is refused: the same assessment comes back.
    expect(selectAction(swapped, plan, 'c', true, now)).toBe(swapped);
    // An id not in the plan is refused too.
    expect(selectAction(out, plan, 'no-existe', true, now)).toBe(out);
  });

  it('keep the details the GET writes, with months only as dates and texts cut to 120 characters', () => {
    const first = plan[0].indicator.id;
    let a = updateCouncilAction(gaps, plan, first, { responsible: 'Dirección de Desarrollo Social', due: '2026-09', cost: 'Partida 73.06.01', status: 'en-curso' }, now);
    expect(councilActions(plan, a)[0].choice).toEqual({ id: first, responsible: 'Dirección de Desarrollo Social', due: '2026-09', cost: 'Partida 73.06.01', status: 'en-curso' });
    expect(a.council).toHaveLength(COUNCIL_MAX);
    a = updateCouncilAction(a, plan, first, { due: 'septiembre', cost: 'x'.repeat(200) }, now);
    expect(councilActions(plan, a)[0].choice).toMatchObject({ due: '2026-09', cost: 'x'.repeat(120) });
    // Not selected: nothing to change.
    expect(updateCouncilAction(a, plan, 'ventanilla', { cost: 'y' }, now)).toBe(a);
  });

  it('leave the list when their gap is closed, and come back with their details if it opens again', () => {
    const detailed = updateCouncilAction(gaps, plan, 'mesa', { responsible: 'Alcaldía' }, now);
    const closed = { ...detailed, answers: { ...detailed.answers, mesa: { answer: 'completo' as const } } };
    const closedPlan = buildPlan(instrument, closed);
    expect(ids(councilActions(closedPlan, closed))).not.toContain('mesa');
    expect(councilActions(plan, detailed).find(({ choice }) => choice.id === 'mesa')?.choice.responsible).toBe('Alcaldía');
  });
});

describe('the council’s actions travel with the assessment', () => {
  const chosen = updateCouncilAction(
    selectAction(selectAction(gaps, plan, 'c', false, now), plan, 'ventanilla', true, now),
    plan,
    'ventanilla',
    { responsible: 'Comunicación', due: '2026-11', cost: 'Sin costo', status: 'hecha' },
    now,
  );

  it('through the JSON file', () => {
    const json = exportJson(instrument, chosen, now);
    const result = parseImport(json, instrument, json.length);
    expect(result.ok && result.assessment.council).toEqual(chosen.council);
    expect(result.ok && result.assessment.asOf).toBe('2026-03');
  });

  it('through the share link', async () => {
    const result = await decodeShare(await encodeShare(instrument, chosen), instrument);
    expect(result?.ok && result.assessment.council).toEqual(chosen.council);
    expect(result?.ok && result.assessment.asOf).toBe('2026-03');
  });

  it('through this device’s storage', () => {
    const store = loadStore(serializeStore({ version: 1, currentId: chosen.id, assessments: [chosen] }), instrument);
    expect(store.store.assessments[0]).toEqual(chosen);
  });

  it('refused when a file says more than five, repeats one or gives a date that is not a month', () => {
    const data = JSON.parse(exportJson(instrument, chosen, now));
    const withCouncil = (council: unknown) => {
      const text = JSON.stringify({ ...data, assessment: { ...data.assessment, council } });
      const result = parseImport(text, instrument, text.length);
      return result.ok ? 'ok' : result.error;
    };
    const one = { id: 'c', responsible: '', due: '', cost: '', status: 'pendiente' };
    expect(withCouncil(Array.from({ length: 6 }, (_, i) => ({ ...one, id: `x${i}` })))).toMatch(/«assessment\.council»: hay 6 acciones para el concejo y el máximo es 5/);
    expect(withCouncil([one, one])).toMatch(/«assessment\.council\[1\]\.id»: la acción «c» está repetida/);
    expect(withCouncil([{ ...one, due: 'pronto' }])).toMatch(/«assessment\.council\[0\]\.due»: la fecha debe ser un mes/);
    expect(withCouncil([{ ...one, status: 'lista' }])).toMatch(/«assessment\.council\[0\]\.status»: el estado no es válido/);
  });

  it('with five chosen and filled in, a 48-indicator share link stays short', async () => {
    const big = bigInstrument();
    const all = allIndicators(big).map(({ indicator }) => indicator.id);
    const a = assessment(Object.fromEntries(all.map((id, i) => [id, i % 3 === 0 ? 'no' : i % 3 === 1 ? 'parcial' : 'completo'])));
    const bigPlan = buildPlan(big, a);
    let filled = a;
    for (const { choice } of councilActions(bigPlan, a)) {
      filled = updateCouncilAction(filled, bigPlan, choice.id, { responsible: 'Dirección de Desarrollo Social', due: '2026-09', cost: 'Presupuesto participativo 2026', status: 'pendiente' }, now);
    }
    const fragment = await encodeShare(big, filled);
    console.log(`share fragment, 48 indicators and 5 council actions filled in: ${fragment.length} characters`);
    expect(fragment.length).toBeLessThan(600);
  });
});
