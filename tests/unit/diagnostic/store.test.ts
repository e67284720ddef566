import { describe, expect, it } from 'vitest';
import { NAME_MAX, type Assessment } from '../../../src/lib/diagnostic/assessment.ts';
import { migrateAnswers } from '../../../src/lib/diagnostic/migrate.ts';
import {
  backupKey,
  needsBackup,
  duplicateAssessment,
  emptyStore,
  loadStore,
  removeAssessment,
  renameAssessment,
  restoreAssessment,
  serializeStore,
  STORE_KEY,
  upsert,
  type Store,
} from '../../../src/lib/diagnostic/store.ts';
import { assessment, instrument } from './fixture.ts';

const now = new Date('2026-04-01T12:00:00.000Z');
const store = (...assessments: Assessment[]): Store => ({ version: 1, assessments, currentId: assessments[0]?.id ?? null });
const a1 = assessment({ c: 'completo', mesa: { answer: 'no', note: 'Sin mesa' } }, { id: 'a1', name: 'Primera' });
const a2 = assessment({ presupuesto: 'parcial' }, { id: 'a2', name: 'Segunda' });
const a3 = assessment({}, { id: 'a3', name: 'Tercera' });

describe('migrateAnswers', () => {
  it('follows renames across versions in ascending order (a → b → c)', () => {
    expect(migrateAnswers(instrument, 1, { a: { answer: 'completo' }, mesa: { answer: 'no' } })).toEqual({
      answers: { c: { answer: 'completo' }, mesa: { answer: 'no' } },
      dropped: [],
      renamed: [{ from: 'a', to: 'c' }],
    });
    expect(migrateAnswers(instrument, 2, { b: { answer: 'parcial' } }).answers).toEqual({ c: { answer: 'parcial' } });
    expect(migrateAnswers(instrument, 3, { c: { answer: 'no' } })).toEqual({ answers: { c: { answer: 'no' } }, dropped: [], renamed: [] });
  });
  it('drops ids without a current indicator, including ones renamed before the saved version', () => {
    const result = migrateAnswers(instrument, 2, { a: { answer: 'no' }, retirado: { answer: 'completo' }, datos: { note: 'x' } });
    expect(result.answers).toEqual({ datos: { note: 'x' } });
    expect(result.dropped).toEqual(['a', 'retirado']);
  });
  it('drops everything saved with a newer version', () => {
    expect(migrateAnswers(instrument, 4, { c: { answer: 'no' } })).toEqual({ answers: {}, dropped: ['c'], renamed: [] });
  });
  it('applies the renames of one version at once (a swap works)', () => {
    const swapped = {
      ...instrument,
      version: 4,
      history: [
        ...instrument.history,
        {
          version: 4,
          renamed: [
            { from: 'c', to: 'mesa' },
            { from: 'mesa', to: 'c' },
          ],
          previous: [],
        },
      ],
    };
    expect(migrateAnswers(swapped, 3, { c: { answer: 'no' }, mesa: { answer: 'completo' } }).answers).toEqual({
      mesa: { answer: 'no' },
      c: { answer: 'completo' },
    });
  });
});

describe('loadStore', () => {
  it('starts empty when nothing is saved', () => {
    expect(loadStore(null, instrument)).toEqual({ status: 'empty', store: emptyStore(), migrated: [] });
  });
  it('reports corrupt data (not JSON, not an object, another version) with a backup notice', () => {
    for (const raw of [
      '{"version":1,',
      '[]',
      '"hola"',
      'null',
      '{"version":2,"assessments":[],"currentId":null}',
      '{"version":1}',
      '{"version":"1","assessments":[]}',
    ]) {
      const result = loadStore(raw, instrument);
      expect(result.status, raw).toBe('corrupt');
      expect(result.store).toEqual(emptyStore());
      if (result.status === 'corrupt') expect(result.message).toMatch(/No se pudieron leer.*copia de respaldo/);
    }
  });
  it('round-trips through serializeStore', () => {
    const saved = { ...store(a1, a2), currentId: 'a2' };
    expect(loadStore(serializeStore(saved), instrument)).toEqual({ status: 'ok', store: saved, migrated: [] });
  });
  it('keeps the valid assessments and counts the skipped ones', () => {
    const raw = JSON.stringify({
      version: 1,
      currentId: 'roto',
      assessments: [
        a1,
        { ...a2, id: 'roto', answers: { c: { answer: 'quizas' } } },
        { ...a3, name: undefined },
        'texto',
        { ...a3, createdAt: 'ayer' },
        { ...a3, id: 'a1' }, // repeated id
        { ...a3, instrumentVersion: 9 },
        a3,
      ],
    });
    const result = loadStore(raw, instrument);
    expect(result.status).toBe('recovered');
    if (result.status !== 'recovered') return;
    expect(result.skipped).toBe(6);
    expect(result.store).toEqual({ version: 1, assessments: [a1, a3], currentId: null });
    expect(result.message).toBe(
      '6 autodiagnósticos guardados en este navegador estaban dañados y no se pudieron abrir; los demás están disponibles. Se guardó una copia de respaldo de los datos originales.',
    );
    const one = loadStore(JSON.stringify({ version: 1, currentId: 'a1', assessments: [a1, { id: 'x' }] }), instrument);
    expect(one).toMatchObject({ status: 'recovered', skipped: 1, message: expect.stringMatching(/^Un autodiagnóstico guardado/) });
    expect(one.store.currentId).toBe('a1');
  });
  it('migrates assessments saved with an older instrument version', () => {
    const old = {
      ...a1,
      instrumentVersion: 1,
      answers: { a: { answer: 'parcial' }, retirado: { answer: 'no' }, mesa: { answer: 'completo' } },
    };
    const result = loadStore(JSON.stringify({ version: 1, currentId: 'a1', assessments: [old] }), instrument);
    expect(result.status).toBe('ok');
    expect(result.store.assessments[0]).toEqual({
      ...a1,
      instrumentVersion: 3,
      answers: { c: { answer: 'parcial' }, mesa: { answer: 'completo' } },
    });
    // The island says so: what carried over, what is new, what was dropped.
    expect(result.migrated).toEqual([
      {
        name: a1.name,
        report: { from: 1, to: 3, carried: 2, dropped: [{ id: 'retirado', short: 'Indicador retirado' }], added: [{ id: 'datos', short: 'Indicador datos' }] },
      },
    ]);
  });
  it('drops answers for unknown indicators of the current version', () => {
    const raw = JSON.stringify({
      version: 1,
      currentId: null,
      assessments: [{ ...a2, answers: { ...a2.answers, fantasma: { answer: 'no' } } }],
    });
    expect(loadStore(raw, instrument).store.assessments[0].answers).toEqual(a2.answers);
  });
});

describe('store operations', () => {
  it('upserts by id and makes the assessment current', () => {
    const changed = { ...a1, name: 'Cambiada' };
    expect(upsert(store(a1, a2), changed)).toEqual({ version: 1, assessments: [changed, a2], currentId: 'a1' });
    expect(upsert(store(a1), a2)).toEqual({ version: 1, assessments: [a1, a2], currentId: 'a2' });
  });
  it('removes and restores at the same index', () => {
    const start = { ...store(a1, a2, a3), currentId: 'a2' };
    const { store: without, removed, index } = removeAssessment(start, 'a2');
    expect(without.assessments.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(without.currentId).toBeNull();
    expect(removed).toBe(a2);
    expect(index).toBe(1);
    expect(restoreAssessment(without, a2, index)).toEqual(start);
    // Restoring twice does not duplicate; an index past the end appends.
    const restored = restoreAssessment(without, a2, index);
    expect(restoreAssessment(restored, a2, index)).toBe(restored);
    expect(restoreAssessment(store(a1), a2, 5).assessments.map((a) => a.id)).toEqual(['a1', 'a2']);
    // Removing another keeps the current one.
    expect(removeAssessment(start, 'a3').store.currentId).toBe('a2');
    expect(removeAssessment(start, 'nada')).toEqual({ store: start, removed: null, index: -1 });
  });
  it('duplicates right after the original with "(copia)", new dates and separate answers', () => {
    const result = duplicateAssessment(store(a1, a2), 'a1', 'a1b', now);
    expect(result.assessments.map((a) => a.id)).toEqual(['a1', 'a1b', 'a2']);
    const copy = result.assessments[1];
    expect(copy).toEqual({ ...a1, id: 'a1b', name: 'Primera (copia)', createdAt: now.toISOString(), updatedAt: now.toISOString() });
    expect(copy.answers.c).not.toBe(a1.answers.c);
    expect(result.currentId).toBe('a1b');
    const long = duplicateAssessment(store({ ...a1, name: 'x'.repeat(NAME_MAX) }), 'a1', 'b', now).assessments[1].name;
    expect(long).toHaveLength(NAME_MAX);
    expect(long.endsWith(' (copia)')).toBe(true);
    const unchanged = store(a1, a2);
    expect(duplicateAssessment(unchanged, 'nada', 'b', now)).toBe(unchanged);
    expect(duplicateAssessment(unchanged, 'a1', 'a2', now)).toBe(unchanged);
  });
  it('renames trimmed, cut to NAME_MAX, and refuses an empty name', () => {
    const start = store(a1, a2);
    const renamed = renameAssessment(start, 'a2', '  Guayaquil 2026 ', now);
    expect(renamed.assessments[1]).toEqual({ ...a2, name: 'Guayaquil 2026', updatedAt: now.toISOString() });
    expect(renamed.assessments[0]).toBe(a1);
    expect(renameAssessment(start, 'a2', 'y'.repeat(300), now).assessments[1].name).toBe('y'.repeat(NAME_MAX));
    expect(renameAssessment(start, 'a2', '', now)).toBe(start);
    expect(renameAssessment(start, 'a2', '   ', now)).toBe(start);
    expect(renameAssessment(start, 'nada', 'Otro', now)).toBe(start);
  });
  it('names the backup key with the date', () => {
    expect(backupKey(now)).toBe(`${STORE_KEY}:respaldo:2026-04-01T12:00:00.000Z`);
    // Found again on the next visit, the same damaged text is not copied again.
    expect(needsBackup('{roto', ['{roto'])).toBe(false);
    expect(needsBackup('{roto', ['{otro'])).toBe(true);
    expect(STORE_KEY).toBe('integra:diagnostico');
  });
});
