import { hasShareParam } from '../../../src/lib/diagnostic/share-param.ts';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv.ts';
import { CSV_HEADER, exportCsv, exportJson, parseImport } from '../../../src/lib/diagnostic/exchange.ts';
import { ANSWER_ORDER, allIndicators, fnv1a, instrumentFingerprint } from '../../../src/lib/diagnostic/instrument.ts';
import { scoreAssessment } from '../../../src/lib/diagnostic/scoring.ts';
import {
  decodeShare,
  encodeShare,
  SHARE_DAMAGED,
  SHARE_NEWER_FORMAT,
  SHARE_OTHER_VERSION,
  SHARE_PARAM,
} from '../../../src/lib/diagnostic/share.ts';
import { assessment, bigInstrument, dimension, indicator, instrument } from './fixture.ts';

const sample = assessment({
  c: { answer: 'completo', note: 'Ordenanza 12-2025' },
  presupuesto: 'parcial',
  normativa: 'no',
  ventanilla: 'no-aplica',
  datos: { note: 'Pendiente' },
  mesa: 'parcial',
});
const { id: _id, ...sampleWithoutId } = sample;

/** Builds a link by hand, to test payloads encodeShare would never write. */
async function craft(payload: unknown, fingerprint = instrumentFingerprint(instrument)): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const compressed = new Uint8Array(
    await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
  );
  const bytes = new Uint8Array(4 + compressed.length);
  new DataView(bytes.buffer).setUint32(0, fnv1a(json));
  bytes.set(compressed, 4);
  const data = btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
  return `${SHARE_PARAM}=1.${fingerprint}.${data}`;
}
const base = { n: 'Prueba', m: 'Loja', t: '', c: '2026-03-10T15:00:00.000Z', u: '2026-03-10T15:00:00.000Z', a: '012x-00' };

describe('share link', () => {
  it('round-trips an assessment, notes included', async () => {
    const fragment = await encodeShare(instrument, sample);
    expect(fragment).toMatch(new RegExp(`^compartir=1\\.${instrumentFingerprint(instrument)}\\.[A-Za-z0-9_-]+$`));
    const result = await decodeShare(fragment, instrument);
    expect(result).toEqual({
      ok: true,
      assessment: sampleWithoutId,
      // c, presupuesto, normativa and mesa answered; ventanilla «No aplica», counted apart.
      summary: { name: 'Latacunga - marzo 2026', municipio: 'Latacunga', answered: 4, notApplicable: 1, total: 7 },
      migration: null,
    });
    // From location.hash, and next to other parameters.
    expect(await decodeShare(`#${fragment}`, instrument)).toEqual(result);
    expect(await decodeShare(`seccion=2&${fragment}`, instrument)).toEqual(result);
  });
  it('gives null when the fragment has no share link', async () => {
    for (const fragment of ['', '#', '#resultados', 'seccion=2', 'compartirx=1'])
      expect(await decodeShare(fragment, instrument)).toBeNull();
  });
  it('reports a truncated link as damaged, wherever it was cut', async () => {
    const fragment = await encodeShare(instrument, sample);
    const start = fragment.indexOf('=') + 1;
    for (let length = start; length < fragment.length; length++) {
      expect(await decodeShare(fragment.slice(0, length), instrument), `cut at ${length}`).toMatchObject({ ok: false });
    }
    const cutData = await decodeShare(fragment.slice(0, -3), instrument);
    expect(cutData).toEqual({ ok: false, error: SHARE_DAMAGED });
  });
  it('reports any altered character of the data as damaged', async () => {
    const fragment = await encodeShare(instrument, sample);
    const dataStart = fragment.lastIndexOf('.') + 1;
    for (let i = dataStart; i < fragment.length; i++) {
      const replacement = fragment[i] === 'A' ? 'B' : 'A';
      const altered = fragment.slice(0, i) + replacement + fragment.slice(i + 1);
      expect(await decodeShare(altered, instrument), `position ${i}`).toEqual({ ok: false, error: SHARE_DAMAGED });
    }
    expect(await decodeShare(`${fragment}%`, instrument)).toEqual({ ok: false, error: SHARE_DAMAGED });
    expect(await decodeShare(`${fragment}.x`, instrument)).toEqual({ ok: false, error: SHARE_DAMAGED });
  });
  it('refuses a link made with other indicators', async () => {
    const other = { ...instrument, dimensions: [...instrument.dimensions, dimension('nueva', 4, [indicator('nuevo', 1)])] };
    const fragment = await encodeShare(other, assessment({ nuevo: 'no' }));
    expect(await decodeShare(fragment, instrument)).toEqual({ ok: false, error: SHARE_OTHER_VERSION });
    expect(SHARE_OTHER_VERSION).toMatch(
      /^El enlace se hizo con otra versión del instrumento; pida a su equipo que exporte el archivo JSON y impórtelo\./,
    );
  });
  it('refuses a link of a newer link format', async () => {
    const fragment = (await encodeShare(instrument, sample)).replace('=1.', '=2.');
    expect(await decodeShare(fragment, instrument)).toEqual({ ok: false, error: SHARE_NEWER_FORMAT });
  });
  it('validates the payload like an import', async () => {
    expect(await decodeShare(await craft(base), instrument)).toMatchObject({ ok: true, summary: { answered: 5, notApplicable: 1, total: 7 } });
    const broken = [
      { ...base, a: '012x-0' }, // one answer short
      { ...base, a: '012x-000' }, // one too many
      { ...base, a: '012y-00' }, // unknown code
      { ...base, n: '' },
      { ...base, n: 'x'.repeat(121) },
      { ...base, c: 'ayer' },
      { ...base, e: { '7': 'fuera de rango' } },
      { ...base, e: { '01': 'índice raro' } },
      { ...base, e: { '0': 5 } },
      { ...base, e: 'nota' },
      { ...base, a: undefined },
      [1, 2],
    ];
    for (const payload of broken) {
      expect(await decodeShare(await craft(payload), instrument), JSON.stringify(payload).slice(0, 60)).toEqual({
        ok: false,
        error: SHARE_DAMAGED,
      });
    }
    const long = await decodeShare(await craft({ ...base, e: { '0': 'n'.repeat(2100) } }), instrument);
    expect(long?.ok && long.assessment.answers.c.note).toHaveLength(2000);
  });
  it('keeps a complete 48-indicator assessment without notes under 300 characters', async () => {
    const big = bigInstrument();
    const ids = allIndicators(big).map(({ indicator }) => indicator.id);
    expect(ids).toHaveLength(48);
    // A pseudo-random mix of No, Parcial and Completo, the hardest case to compress («No aplica»
    // carries its reason, a text like a note).
    let seed = 7;
    const answers = Object.fromEntries(
      ids.map((id) => {
        seed = (seed * 48271) % 2147483647; // Park-Miller: exact in doubles
        return [id, ANSWER_ORDER[(seed >> 4) % 3]];
      }),
    );
    const full = assessment(answers, {
      name: 'Gobierno Autónomo Descentralizado de Latacunga - marzo 2026',
      team: 'Dirección de Desarrollo Social y Movilidad Humana',
    });
    const fragment = await encodeShare(big, full);
    expect(new Set(Object.values(full.answers).map((entry) => entry.answer)).size).toBe(3);
    console.log(`share fragment, 48 indicators answered, no notes: ${fragment.length} characters`);
    expect(fragment.length).toBeLessThan(300);
    const decoded = await decodeShare(fragment, big);
    expect(decoded?.ok && decoded.assessment.answers).toEqual(full.answers);
  });
});

describe('every format round-trips a note with accents, emoji and quotes', () => {
  const note = 'Señalética en kichwa y español ✅ 🇪🇨; el «acta» dice "aprobado" y \'vigente\'\nrevisó: José Ñauñay';
  const rich = assessment(
    { c: { answer: 'parcial', note }, mesa: { answer: 'no-aplica', note: 'ñ' } },
    { name: 'Cañar — "piloto" 🌱', team: 'Equipo de Atención' },
  );
  const { id: _richId, ...richWithoutId } = rich;

  it('JSON', () => {
    const text = exportJson(instrument, rich, new Date('2026-04-01T00:00:00Z'));
    const result = parseImport(text, instrument, new TextEncoder().encode(text).length);
    expect(result.ok && result.assessment).toEqual(richWithoutId);
    expect(result.ok && scoreAssessment(instrument, result.assessment)).toEqual(scoreAssessment(instrument, rich));
  });
  it('CSV (readable back)', () => {
    const rows = parseCsv(exportCsv(instrument, rich));
    const column = CSV_HEADER.indexOf('Nota de evidencia');
    // Row 1 is the overall score; then the indicators in instrument order (c first, mesa last).
    expect(rows[2][column]).toBe(note);
    expect(rows[8][column]).toBe('ñ');
  });
  it('share link', async () => {
    const result = await decodeShare(await encodeShare(instrument, rich), instrument);
    expect(result?.ok && result.assessment).toEqual(richWithoutId);
  });
});

describe('hasShareParam', () => {
  it('tells an address that brings a share link from one that does not, with or without «#»', () => {
    expect(hasShareParam('#compartir=1.abc.xyz')).toBe(true);
    expect(hasShareParam('compartir=1.abc.xyz')).toBe(true);
    expect(hasShareParam('#otra=1&compartir=')).toBe(true);
    expect(hasShareParam('')).toBe(false);
    expect(hasShareParam('#indicador-presupuesto')).toBe(false);
  });
});
