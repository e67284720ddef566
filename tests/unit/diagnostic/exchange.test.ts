import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv.ts';
import { NAME_MAX, NOTE_MAX } from '../../../src/lib/diagnostic/assessment.ts';
import {
  CSV_HEADER,
  EXPORT_FORMAT,
  exportCsv,
  exportJson,
  IMPORT_MAX_BYTES,
  parseImport,
  type ImportResult,
} from '../../../src/lib/diagnostic/exchange.ts';
import { scoreAssessment } from '../../../src/lib/diagnostic/scoring.ts';
import { buildPlan } from '../../../src/lib/diagnostic/plan.ts';
import { selectAction, updateCouncilAction } from '../../../src/lib/diagnostic/council.ts';
import { NA_REASON, answeredInPart, assessment, instrument } from './fixture.ts';

const now = new Date('2026-04-01T12:00:00.000Z');
const full = answeredInPart;

/** A well-formed export file with some fields replaced. */
function file(patch: Record<string, unknown> = {}, assessmentPatch: Record<string, unknown> = {}): string {
  const data = JSON.parse(exportJson(instrument, full, now));
  return JSON.stringify({ ...data, ...patch, assessment: { ...data.assessment, ...assessmentPatch } });
}
const importText = (text: string) => parseImport(text, instrument, new TextEncoder().encode(text).length);
const error = (result: ImportResult) => (result.ok ? `ok: ${result.message}` : result.error);

describe('exportJson and parseImport', () => {
  it('exports the documented shape, with informative scores', () => {
    const data = JSON.parse(exportJson(instrument, full, now));
    expect(data).toMatchObject({
      format: EXPORT_FORMAT,
      formatVersion: 1,
      instrumentVersion: 3,
      exportedAt: now.toISOString(),
      assessment: {
        name: full.name,
        municipio: 'Latacunga',
        team: full.team,
        createdAt: full.createdAt,
        updatedAt: full.updatedAt,
        answers: full.answers,
      },
      scores: {
        overall: 58.3,
        dimensions: [
          { id: 'institucional', title: 'Dimensión institucional', score: 66.7, level: 'Intermedio' },
          { id: 'servicios', title: 'Dimensión servicios', score: null, level: null },
          { id: 'alianzas', title: 'Dimensión alianzas', score: 50, level: 'Básico' },
        ],
      },
    });
    expect('id' in data.assessment).toBe(false);
  });
  it('round-trips: same answers and scores, name kept, no id', () => {
    const result = importText(exportJson(instrument, full, now));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { id: _id, ...rest } = full;
    expect(result.assessment).toEqual(rest);
    expect(scoreAssessment(instrument, result.assessment)).toEqual(scoreAssessment(instrument, full));
    expect(result).toMatchObject({ dropped: [], migration: null, message: 'Se importó «Latacunga - marzo 2026».' });
  });
  it('ignores the scores in the file (they are recomputed)', () => {
    const result = importText(file({ scores: { overall: 100, dimensions: [] } }));
    expect(result.ok && scoreAssessment(instrument, result.assessment).overall).toBe(58.3);
  });
  it('refuses a file over the size limit, saying the limit in MB', () => {
    expect(error(parseImport('{}', instrument, 1_500_000))).toBe(
      'El archivo pesa 1,5 MB y el máximo permitido es 1 MB. No se cambió nada.',
    );
    expect(parseImport(exportJson(instrument, full, now), instrument, IMPORT_MAX_BYTES).ok).toBe(true);
    expect(error(parseImport('{}', instrument, IMPORT_MAX_BYTES + 1))).toMatch(/^El archivo pesa 1,1 MB/);
  });
  it('refuses text that is not JSON', () => {
    for (const text of ['', 'hola', '{"format":', exportJson(instrument, full, now).slice(0, 200)]) {
      expect(error(importText(text))).toMatch(/^El archivo no es un JSON válido.*No se cambió nada\.$/);
    }
  });
  it("refuses another tool's JSON", () => {
    for (const text of ['{"foo":1}', '[1,2]', '"texto"', '42', 'null', file({ format: 'otra-herramienta' }), file({ format: undefined })]) {
      expect(error(importText(text))).toBe('Este archivo no es un autodiagnóstico exportado desde este portal. No se cambió nada.');
    }
  });
  it('refuses a newer file format', () => {
    expect(error(importText(file({ formatVersion: 2 })))).toMatch(/versión más nueva del portal.*No se cambió nada\.$/);
    expect(error(importText(file({ formatVersion: 'uno' })))).toMatch(/«formatVersion».*No se cambió nada\.$/);
  });
  it('refuses an assessment made with a newer instrument', () => {
    expect(error(importText(file({ instrumentVersion: 4 })))).toBe(
      'Este autodiagnóstico fue hecho con una versión más nueva del instrumento (versión 4) que la de este portal (versión 3). Recargue la página e inténtelo de nuevo. No se cambió nada.',
    );
    expect(error(importText(file({ instrumentVersion: 0 })))).toMatch(/«instrumentVersion»/);
  });
  it('migrates an assessment made with an older instrument and says what carried over, what is new and what was dropped', () => {
    const answers = { a: { answer: 'completo' }, retirado: { answer: 'no' }, viejo: { note: 'x' }, mesa: { answer: 'parcial' } };
    const result = importText(file({ instrumentVersion: 1 }, { answers }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment.answers).toEqual({ c: { answer: 'completo' }, mesa: { answer: 'parcial' } });
    expect(result.assessment.instrumentVersion).toBe(3);
    expect(result.migration).toMatchObject({ from: 1, to: 3, carried: 2, added: [{ id: 'datos' }] });
    expect(result.dropped).toEqual(['retirado', 'viejo']);
    expect(result.message).toBe(
      'Se importó «Latacunga - marzo 2026». Se hizo con la versión 1 del instrumento: 2 respuestas pasaron a la versión 3; hay 1 pregunta nueva sin responder y 2 respuestas eran de preguntas que ya no están (se unieron a otras o se quitaron).',
    );
  });
  it('words unknown answers of the current version apart, listing up to five', () => {
    const same = importText(file({}, { answers: { fantasma: { answer: 'no' }, mesa: { answer: 'no' } } }));
    expect(same.ok && same.message).toBe(
      'Se importó «Latacunga - marzo 2026». 1 respuesta no corresponde a ningún indicador de este instrumento y no se importó: fantasma.',
    );
  });
  it('refuses an unknown answer value, naming the field', () => {
    expect(error(importText(file({}, { answers: { mesa: { answer: 'quizas' } } })))).toBe(
      'El archivo tiene un dato no válido en «assessment.answers.mesa.answer»: la respuesta «quizas» no es válida; se acepta no, parcial, completo, no-aplica. No se cambió nada.',
    );
    expect(error(importText(file({}, { answers: { mesa: { answer: 1 } } })))).toMatch(/«assessment\.answers\.mesa\.answer»/);
  });
  it('refuses other structural problems, naming the field', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ answers: [] }, 'assessment.answers'],
      [{ answers: 'todo' }, 'assessment.answers'],
      [{ answers: { mesa: 'no' } }, 'assessment.answers.mesa'],
      [{ answers: { mesa: { note: 5 } } }, 'assessment.answers.mesa.note'],
      [{ name: undefined }, 'assessment.name'],
      [{ name: '  ' }, 'assessment.name'],
      [{ name: 'x'.repeat(NAME_MAX + 1) }, 'assessment.name'],
      [{ municipio: 7 }, 'assessment.municipio'],
      [{ createdAt: 'ayer' }, 'assessment.createdAt'],
      [{ createdAt: '2026-02-30T10:00:00Z' }, 'assessment.createdAt'],
      [{ updatedAt: undefined }, 'assessment.updatedAt'],
    ];
    for (const [patch, field] of cases) {
      const message = error(importText(file({}, patch)));
      expect(message, field).toContain(`«${field}»`);
      expect(message).toMatch(/^El archivo tiene un dato no válido en .* No se cambió nada\.$/);
    }
    const noAssessment = { ...JSON.parse(file()), assessment: null };
    expect(error(importText(JSON.stringify(noAssessment)))).toMatch(/«assessment»: falta el autodiagnóstico/);
  });
  it('cuts notes longer than NOTE_MAX and says so', () => {
    const result = importText(file({}, { answers: { mesa: { answer: 'no', note: 'n'.repeat(NOTE_MAX + 10) } } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment.answers.mesa.note).toHaveLength(NOTE_MAX);
    expect(result.message).toBe('Se importó «Latacunga - marzo 2026». Una nota de evidencia tenía más de 2.000 caracteres y se recortó.');
  });
  it('ends every error with "No se cambió nada."', () => {
    for (const text of ['x', '{}', file({ formatVersion: 9 }), file({ instrumentVersion: 9 }), file({}, { answers: 1 })]) {
      expect(error(importText(text)).endsWith('No se cambió nada.')).toBe(true);
    }
  });
});

describe('exportCsv', () => {
  const col = (name: string) => {
    const index = CSV_HEADER.indexOf(name);
    if (index === -1) throw new Error(`no column ${name}`);
    return index;
  };
  it('writes a BOM, `;` separators, CRLF, decimal commas, the overall score, then one row per indicator', () => {
    const csv = exportCsv(instrument, full);
    expect(csv.startsWith('\uFEFFMunicipio;Autodiagnóstico;Situación a;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(10);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows.every((row) => row.length === CSV_HEADER.length)).toBe(true);
    // Every row says whose assessment it is, and that the instrument is the portal's own.
    for (const row of rows.slice(1)) {
      expect(row.slice(0, 5)).toEqual(['Latacunga', 'Latacunga - marzo 2026', 'marzo de 2026', '2026-03-12', 'Autodiagnóstico propio del portal Integra, versión 3']);
    }
    // institucional 66,7 and alianzas 50: the mean, 58,3.
    expect([rows[1][col('Dimensión')], rows[1][col('Puntaje')], rows[1][col('Nivel')]]).toEqual(['Puntaje general', '58,3', 'Básico']);
    const pick = (row: string[]) => ['Indicador', 'Respuesta', 'Valor', 'Peso', 'Puntaje', 'Nivel', 'Motivo de «No aplica»', 'Acción del plan', 'Etapa', 'Para el concejo'].map((name) => row[col(name)]);
    expect(rows.slice(2).map(pick)).toEqual([
      ['c', 'Completo', '1', '3', '66,7', 'Intermedio', '', '', '', ''],
      ['presupuesto', 'Parcial', '0,5', '2', '66,7', 'Intermedio', '', 'Cerrar la brecha de presupuesto', 'Este año', 'Sí'],
      ['normativa', 'No', '0', '1', '66,7', 'Intermedio', '', 'Cerrar la brecha de normativa', 'Este año', 'Sí'],
      ['ventanilla', 'No aplica', '', '1', 'Sin datos', 'Sin datos', NA_REASON, '', '', ''],
      ['protocolo', 'Sin responder', '', '3', 'Sin datos', 'Sin datos', '', '', '', ''],
      ['datos', 'Sin responder', '', '4', 'Sin datos', 'Sin datos', '', '', '', ''],
      ['mesa', 'Parcial', '0,5', '2', '50', 'Básico', '', 'Cerrar la brecha de mesa', 'Este año', 'Sí'],
    ]);
    expect(rows[2][col('Nota de evidencia')]).toBe('Ordenanza aprobada');
    expect(rows[6][col('Nota de evidencia')]).toBe('En revisión');
  });
  it('writes what the GET set for the council: responsible, month, cost and status', () => {
    const plan = buildPlan(instrument, full);
    const chosen = updateCouncilAction(
      selectAction(selectAction(full, plan, 'presupuesto', false, now), plan, 'normativa', true, now),
      plan,
      'normativa',
      { responsible: 'Procuraduría Síndica', due: '2026-09', cost: 'Partida 73.06.01', status: 'en-curso' },
      now,
    );
    const rows = parseCsv(exportCsv(instrument, chosen));
    const normativa = rows.find((row) => row[col('Indicador')] === 'normativa')!;
    expect(['Para el concejo', 'Área responsable', 'Fecha prevista', 'Costo o partida', 'Estado'].map((name) => normativa[col(name)])).toEqual([
      'Sí',
      'Procuraduría Síndica',
      'septiembre de 2026',
      'Partida 73.06.01',
      'En curso',
    ]);
    expect(rows.find((row) => row[col('Indicador')] === 'presupuesto')![col('Para el concejo')]).toBe('No');
  });
  it('keeps notes with `;`, quotes and line breaks intact', () => {
    const note = 'Acta N.º 5; firmada por "la alcaldesa"\r\nsegunda línea\nterceira; fin';
    const rows = parseCsv(exportCsv(instrument, assessment({ mesa: { answer: 'no', note } })));
    expect(rows).toHaveLength(9);
    expect(rows[8][col('Nota de evidencia')]).toBe(note);
    expect(rows.every((row) => row.length === CSV_HEADER.length)).toBe(true);
  });
});
