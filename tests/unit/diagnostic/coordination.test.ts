import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvNumber } from '../../../src/lib/csv.ts';
import type { Assessment } from '../../../src/lib/diagnostic/assessment.ts';
import {
  addToView,
  COORDINATION_CSV_HEADER,
  coordinationCsv,
  coordinationRows,
  emptyView,
  evidenceQuality,
  frequentGaps,
  latestPerMunicipality,
  levelDistribution,
  LINK_OTHER_VERSION,
  OVERALL_LABEL,
  percent,
  readExportFile,
  readShareLinks,
  removeFromView,
  sortAssessments,
  type CoordinatedAssessment,
  type LoadOutcome,
} from '../../../src/lib/diagnostic/coordination.ts';
import { exportJson, IMPORT_MAX_BYTES } from '../../../src/lib/diagnostic/exchange.ts';
import { allIndicators, instrumentFingerprint, instrumentOutline, orderedDimensions } from '../../../src/lib/diagnostic/instrument.ts';
import { scoreAssessment } from '../../../src/lib/diagnostic/scoring.ts';
import { encodeShare } from '../../../src/lib/diagnostic/share.ts';
import { answeredInPart, assessment, instrument } from './fixture.ts';

const now = new Date('2026-04-01T12:00:00.000Z');

const latacunga = answeredInPart;
/** Ambato: everything No, with a note on one answer. */
const ambato = assessment(
  { c: { answer: 'no', note: 'Sin acta' }, presupuesto: 'no', normativa: 'no', ventanilla: 'no', protocolo: 'no', datos: 'no', mesa: 'no' },
  { name: 'Ambato - 2025', municipio: 'Ambato', asOf: '2025-11', createdAt: '2025-11-02T10:00:00.000Z', updatedAt: '2025-11-03T10:00:00.000Z' },
);
/** Ñuñoa (to check the Spanish alphabet): everything Completo. */
const nunoa = assessment(
  { c: 'completo', presupuesto: 'completo', normativa: 'completo', ventanilla: 'completo', protocolo: 'completo', datos: 'completo', mesa: 'completo' },
  { name: 'Ñuñoa - 2026', municipio: 'Ñuñoa', asOf: '2026-01' },
);

const fileOf = (a: Assessment, patch: Record<string, unknown> = {}, assessmentPatch: Record<string, unknown> = {}) => {
  const data = JSON.parse(exportJson(instrument, a, now));
  return JSON.stringify({ ...data, ...patch, assessment: { ...data.assessment, ...assessmentPatch } });
};
const read = (text: string, name = 'archivo.json') => readExportFile(text, new TextEncoder().encode(text).length, name, instrument);
const included = (outcome: LoadOutcome): CoordinatedAssessment => {
  if (outcome.kind !== 'included') throw new Error(`expected an included assessment, got ${JSON.stringify(outcome)}`);
  return outcome.entry;
};
const viewOf = (...assessments: Assessment[]) =>
  addToView(
    emptyView(),
    assessments.map((a) => read(fileOf(a), `${a.municipio}.json`)),
  ).view;

describe('readExportFile', () => {
  it('reads an export as one assessment, named by its file, with the name and period it carries', () => {
    const entry = included(read(fileOf(latacunga), 'latacunga.json'));
    expect(entry.source).toBe('«latacunga.json»');
    expect(entry.assessment).toMatchObject({ name: 'Latacunga - marzo 2026', municipio: 'Latacunga', asOf: '2026-03', answers: latacunga.answers });
    expect(entry).toMatchObject({ migratedFrom: null, dropped: 0 });
  });
  it('migrates an export made with an older instrument, and counts the answers to questions that no longer exist', () => {
    const answers = { a: { answer: 'completo' }, retirada: { answer: 'no' }, mesa: { answer: 'parcial' } };
    const entry = included(read(fileOf(latacunga, { instrumentVersion: 1 }, { answers })));
    expect(entry.assessment.answers).toEqual({ c: { answer: 'completo' }, mesa: { answer: 'parcial' } });
    expect(entry.assessment.instrumentVersion).toBe(instrument.version);
    expect(entry).toMatchObject({ migratedFrom: 1, dropped: 1 });
  });
  it('lists an export made with a newer instrument apart, by name and period, so it is never counted', () => {
    expect(read(fileOf(latacunga, { instrumentVersion: instrument.version + 1 }), 'nuevo.json')).toEqual({
      kind: 'newer',
      entry: { source: '«nuevo.json»', name: 'Latacunga - marzo 2026', municipio: 'Latacunga', asOf: '2026-03', instrumentVersion: instrument.version + 1 },
    });
  });
  it('refuses a broken file with a message that names it, without the main tool\'s «No se cambió nada»', () => {
    const cases: [string, RegExp][] = [
      ['{"format": "integra-autodiagnostico", ', /^El archivo no es un JSON válido/],
      ['{"foo": 1}', /^Este archivo no es un autodiagnóstico exportado desde este portal\.$/],
      [fileOf(latacunga, {}, { answers: { mesa: { answer: 'quizas' } } }), /«assessment\.answers\.mesa\.answer»/],
      // Newer and damaged: no name to list it by, so it is an error like any other.
      [fileOf(latacunga, { instrumentVersion: instrument.version + 1 }, { name: 5 }), /versión más nueva del instrumento/],
    ];
    for (const [text, message] of cases) {
      const outcome = read(text, 'roto.json');
      expect(outcome.kind).toBe('error');
      if (outcome.kind !== 'error') continue;
      expect(outcome.source).toBe('«roto.json»');
      expect(outcome.message).toMatch(message);
      expect(outcome.message).not.toContain('No se cambió nada');
    }
  });
  it('refuses a file over the size limit without reading it', () => {
    const outcome = readExportFile('', IMPORT_MAX_BYTES + 1, 'enorme.json', instrument);
    expect(outcome).toMatchObject({ kind: 'error', source: '«enorme.json»' });
    expect(outcome.kind === 'error' && outcome.message).toMatch(/máximo permitido es 1 MB\.$/);
  });
});

describe('readShareLinks', () => {
  it('reads one link a line, whole addresses or bare fragments, skipping blank lines, each named by its line', async () => {
    const link = await encodeShare(instrument, latacunga);
    const other = await encodeShare(instrument, ambato);
    const text = `https://integra.example.org/diagnostico/#${link}\n\n  ${other}  \r\nhola\nhttps://integra.example.org/diagnostico/#${link.slice(0, -8)}`;
    const outcomes = await readShareLinks(text, instrument);
    expect(outcomes).toHaveLength(4);
    expect(included(outcomes[0]).source).toBe('el enlace de la línea 1');
    expect(included(outcomes[0]).assessment.answers).toEqual(latacunga.answers);
    expect(included(outcomes[1])).toMatchObject({ source: 'el enlace de la línea 3', migratedFrom: null, assessment: { municipio: 'Ambato' } });
    expect(outcomes[2]).toEqual({ kind: 'error', source: 'el enlace de la línea 4', message: 'Esta línea no es un enlace para compartir un autodiagnóstico: debe contener «#compartir=».' });
    expect(outcomes[3]).toMatchObject({ kind: 'error', source: 'el enlace de la línea 5' });
    expect(outcomes[3].kind === 'error' && outcomes[3].message).toMatch(/^El enlace está incompleto o dañado.*de nuevo\.$/);
  });
  it('explains that a link made with other questions cannot be read, and that the JSON file can', async () => {
    const [outcome] = await readShareLinks(`compartir=1.otraversion.${'A'.repeat(20)}`, instrument);
    expect(outcome).toEqual({ kind: 'error', source: 'el enlace de la línea 1', message: LINK_OTHER_VERSION });
  });
});

describe('the view', () => {
  it('adds what loaded, keeps the same assessment once, and reports errors and newer files without touching the rest', () => {
    const first = addToView(emptyView(), [read(fileOf(latacunga), 'a.json')]);
    expect(first).toMatchObject({ added: 1, repeated: [], newer: 0, errors: [] });
    const second = addToView(first.view, [
      read(fileOf(latacunga), 'copia.json'),
      read('{', 'roto.json'),
      read(fileOf(ambato, { instrumentVersion: instrument.version + 1 }), 'nuevo.json'),
      read(fileOf(nunoa), 'nunoa.json'),
    ]);
    expect(second).toMatchObject({ added: 1, repeated: ['«copia.json»'], newer: 1 });
    expect(second.errors.map((error) => error.source)).toEqual(['«roto.json»']);
    expect(second.view.included.map((entry) => entry.source)).toEqual(['«a.json»', '«nunoa.json»']);
    expect(second.view.newer.map((entry) => entry.municipio)).toEqual(['Ambato']);
    // The first view is unchanged.
    expect(first.view.included).toHaveLength(1);
    const removed = removeFromView(second.view, second.view.included[0].key);
    expect(removed.included.map((entry) => entry.source)).toEqual(['«nunoa.json»']);
  });
  it('sorts by municipality in Spanish order (accents and ñ), then period; or by period', () => {
    const entries = [nunoa, latacunga, ambato, { ...ambato, name: 'Ambato - 2026', asOf: '2026-02' }, { ...nunoa, municipio: 'Nabón', name: 'Nabón' }, { ...latacunga, municipio: 'Ángel', name: 'Ángel' }].map((a) => ({ assessment: a }));
    const names = (list: typeof entries) => list.map(({ assessment: a }) => `${a.municipio} ${a.asOf}`);
    expect(names(sortAssessments(entries))).toEqual(['Ambato 2025-11', 'Ambato 2026-02', 'Ángel 2026-03', 'Latacunga 2026-03', 'Nabón 2026-01', 'Ñuñoa 2026-01']);
    expect(names(sortAssessments(entries, 'periodo'))).toEqual(['Ambato 2025-11', 'Nabón 2026-01', 'Ñuñoa 2026-01', 'Ambato 2026-02', 'Ángel 2026-03', 'Latacunga 2026-03']);
  });
  it('counts each municipality once in aggregates, with its latest period (its name when it has no municipio)', () => {
    const older = { assessment: ambato };
    const newer = { assessment: { ...ambato, asOf: '2026-02', name: 'Ambato 2026' } };
    const sameMonthLater = { assessment: { ...ambato, asOf: '2026-02', updatedAt: '2026-03-01T00:00:00.000Z', municipio: ' ambato ' } };
    const noMunicipio = { assessment: { ...latacunga, municipio: '', name: 'GAD sin nombre' } };
    expect(latestPerMunicipality([older, newer, noMunicipio, sameMonthLater], (item) => item.assessment)).toEqual([noMunicipio, sameMonthLater]);
  });
});

describe('figures', () => {
  it('evidence quality counts answers, «No aplica», pending and notes over the whole instrument', () => {
    const total = allIndicators(instrument).length;
    expect(evidenceQuality(instrument, latacunga)).toEqual({ total, answered: 4, notApplicable: 1, notApplicableWithoutReason: 0, pending: total - 5, withNote: 1 });
    const withoutReason = { answers: { ...latacunga.answers, ventanilla: { answer: 'no-aplica' as const, note: 'Ver acta' } } };
    expect(evidenceQuality(instrument, withoutReason)).toMatchObject({ notApplicable: 1, notApplicableWithoutReason: 1, withNote: 2 });
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
  it('rows carry the same scores as the single tool computes', () => {
    const rows = coordinationRows(instrument, viewOf(latacunga, ambato, nunoa));
    expect(rows.map((row) => row.entry.assessment.municipio)).toEqual(['Ambato', 'Latacunga', 'Ñuñoa']);
    expect(rows.map((row) => row.score)).toEqual([ambato, latacunga, nunoa].map((a) => scoreAssessment(instrument, a)));
  });
  it('the level distribution has, for each dimension and overall, one count per level plus «sin datos», adding up to the municipalities', () => {
    const rows = coordinationRows(instrument, viewOf(latacunga, ambato, nunoa));
    const distribution = levelDistribution(instrument, rows);
    const dimensions = orderedDimensions(instrument);
    expect(distribution.map((d) => d.dimension?.id ?? 'general')).toEqual([...dimensions.map((d) => d.id), 'general']);
    for (const row of distribution) {
      expect(row.counts.map((c) => c.level.id)).toEqual(['inicial', 'basico', 'intermedio', 'avanzado']);
      expect(row.counts.reduce((sum, c) => sum + c.count, 0) + row.noData).toBe(rows.length);
    }
    const counts = (id: string) => Object.fromEntries(distribution.find((d) => (d.dimension?.id ?? 'general') === id)!.counts.map((c) => [c.level.id, c.count]));
    // Institucional: Ambato 0 (inicial), Latacunga 66,7 (intermedio), Ñuñoa 100 (avanzado).
    expect(counts('institucional')).toEqual({ inicial: 1, basico: 0, intermedio: 1, avanzado: 1 });
    // Servicios: Latacunga has no score there.
    expect(distribution.find((d) => d.dimension?.id === 'servicios')!.noData).toBe(1);
    // Overall: Ambato 0, Latacunga 58,3 (básico), Ñuñoa 100.
    expect(counts('general')).toEqual({ inicial: 1, basico: 1, intermedio: 0, avanzado: 1 });
  });
  it('frequent gaps: most No + Parcial first, then most No, then weight, then instrument order; with pending counts', () => {
    const gaps = frequentGaps(instrument, [latacunga, ambato, nunoa]);
    const summary = gaps.map((gap) => [gap.indicator.id, gap.no, gap.partial, gap.pending, gap.of]);
    // Two gaps: normativa (2 No) first, then presupuesto and mesa (1 No + 1 Parcial, weight 2 both) in instrument order.
    // One gap (a No): datos (weight 4), then c and protocolo (3, in instrument order), then ventanilla (1).
    expect(summary).toEqual([
      ['normativa', 2, 0, 0, 3],
      ['presupuesto', 1, 1, 0, 3],
      ['mesa', 1, 1, 0, 3],
      ['datos', 1, 0, 1, 3],
      ['c', 1, 0, 0, 3],
      ['protocolo', 1, 0, 1, 3],
      ['ventanilla', 1, 0, 0, 3],
    ]);
    expect(gaps[0].indicator.action).toBe('Cerrar la brecha de normativa');
    expect(gaps[0].indicator.resources).toHaveLength(1);
    expect(frequentGaps(instrument, [latacunga, ambato, nunoa], 2)).toHaveLength(2);
    expect(frequentGaps(instrument, [nunoa])).toEqual([]);
  });
});

describe('coordinationCsv', () => {
  it('has one overall row and one row per dimension for each assessment, in the view order, with the single export\'s conventions', () => {
    const view = addToView(viewOf(latacunga, nunoa), [read(fileOf(ambato, { instrumentVersion: 1 }), 'ambato.json')]).view;
    const rows = coordinationRows(instrument, view);
    const csv = coordinationCsv(instrument, rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...lines] = parseCsv(csv);
    expect(header).toEqual(COORDINATION_CSV_HEADER);
    const dimensions = orderedDimensions(instrument);
    expect(lines).toHaveLength(rows.length * (dimensions.length + 1));
    const column = (name: string) => header.indexOf(name);
    const of = (municipio: string) => lines.filter((line) => line[column('Municipio')] === municipio);
    expect(of('Latacunga').map((line) => line[column('Dimensión')])).toEqual([OVERALL_LABEL, ...dimensions.map((d) => d.title)]);
    const [overall, institucional, servicios, alianzas] = of('Latacunga');
    expect(overall.slice(0, 6)).toEqual(['Latacunga', 'Latacunga - marzo 2026', 'marzo de 2026', '2026-03-12', 'Autodiagnóstico propio del portal Integra, versión 3', '']);
    expect(overall.slice(column('Puntaje'))).toEqual(['58,3', 'Básico', '7', '4', '1', '2', '1']);
    expect(parseCsvNumber(institucional[column('Puntaje')])).toBe(66.7);
    expect(institucional.slice(column('Nivel'))).toEqual(['Intermedio', '3', '3', '0', '0', '1']);
    expect(servicios.slice(column('Puntaje'))).toEqual(['Sin datos', 'Sin datos', '3', '0', '1', '2', '0']);
    expect(alianzas.slice(column('Puntaje'))).toEqual(['50', 'Básico', '1', '1', '0', '0', '0']);
    // The migrated one says from which version.
    expect(of('Ambato').every((line) => line[column('Migrado de la versión')] === '1')).toBe(true);
    expect(lines.map((line) => line[column('Municipio')]).filter((m, i, all) => all.indexOf(m) === i)).toEqual(['Ambato', 'Latacunga', 'Ñuñoa']);
  });
});

describe('instrumentOutline with the plan, as the coordinators\' view gets it', () => {
  it('keeps what scores, share links and gaps need, and leaves out the texts the page never shows', async () => {
    const slim = instrumentOutline(instrument, { withPlan: true });
    expect(instrumentFingerprint(slim)).toBe(instrumentFingerprint(instrument));
    for (const a of [latacunga, ambato, nunoa]) {
      expect(JSON.stringify(scoreAssessment(slim, a).dimensions.map((d) => [d.score, d.level?.id, d.notApplicable]))).toBe(
        JSON.stringify(scoreAssessment(instrument, a).dimensions.map((d) => [d.score, d.level?.id, d.notApplicable])),
      );
    }
    const [outcome] = await readShareLinks(await encodeShare(instrument, latacunga), slim);
    expect(included(outcome).assessment.answers).toEqual(latacunga.answers);
    const indicator = allIndicators(slim)[0].indicator;
    expect(indicator).toMatchObject({ help: '', evidence: [], question: '' });
    expect(indicator.action).toBe(allIndicators(instrument)[0].indicator.action);
    expect(indicator.resources).toEqual(allIndicators(instrument)[0].indicator.resources);
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(instrument).length);
  });
});
