import { describe, expect, it } from 'vitest';
import { fingerprintOf, fnv1a } from '../../../src/lib/diagnostic/instrument.ts';
import { indicatorsOfVersion, migrationReport, migrationSentence } from '../../../src/lib/diagnostic/migrate.ts';
import { decodeShare, SHARE_OTHER_VERSION, SHARE_PARAM } from '../../../src/lib/diagnostic/share.ts';
import { instrument } from './fixture.ts';

/** A link as version `ids` of the instrument would have written it. */
async function linkOf(ids: string[], payload: Record<string, unknown>): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const compressed = new Uint8Array(await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  const bytes = new Uint8Array(4 + compressed.length);
  new DataView(bytes.buffer).setUint32(0, fnv1a(json));
  bytes.set(compressed, 4);
  const data = btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  return `${SHARE_PARAM}=1.${fingerprintOf(ids)}.${data}`;
}

const v2 = ['b', 'presupuesto', 'normativa', 'retirado', 'ventanilla', 'protocolo', 'datos', 'mesa'];
const base = { n: 'Latacunga - marzo 2025', m: 'Latacunga', t: '', c: '2025-03-10T15:00:00.000Z', u: '2025-03-12T16:30:00.000Z', p: '2025-03' };

describe('indicatorsOfVersion', () => {
  it('gives each recorded version its indicators in order, the current one from the dimensions', () => {
    expect(indicatorsOfVersion(instrument, 2)?.map(({ id }) => id)).toEqual(v2);
    expect(indicatorsOfVersion(instrument, 1)?.map(({ id }) => id)).toEqual(['a', 'presupuesto', 'normativa', 'retirado', 'ventanilla', 'protocolo', 'mesa']);
    expect(indicatorsOfVersion(instrument, 3)?.map(({ id }) => id)).toEqual(['c', 'presupuesto', 'normativa', 'ventanilla', 'protocolo', 'datos', 'mesa']);
    expect(indicatorsOfVersion({ ...instrument, history: [] }, 2)).toBeNull();
  });
});

describe('migrationReport', () => {
  it('counts what carried over, names what was dropped and what is new since that version', () => {
    const report = migrationReport(instrument, 1, { a: { answer: 'completo' }, retirado: { answer: 'no', note: 'Acta 3' }, mesa: { answer: 'parcial' } });
    expect(report).toEqual({
      from: 1,
      to: 3,
      carried: 2,
      dropped: [{ id: 'retirado', short: 'Indicador retirado' }],
      added: [{ id: 'datos', short: 'Indicador datos' }],
    });
    expect(migrationSentence(report!, 'Latacunga')).toBe(
      '«Latacunga» se hizo con la versión 1 del instrumento: 2 respuestas pasaron a la versión 3; hay 1 pregunta nueva sin responder y 1 respuesta era de una pregunta que ya no está (se unieron a otras o se quitaron).',
    );
  });

  it('says nothing for work made with the current version', () => {
    expect(migrationReport(instrument, 3, { c: { answer: 'no' } })).toBeNull();
  });

  it('from the version just before: nothing new, one dropped', () => {
    const report = migrationReport(instrument, 2, { b: { answer: 'no' } })!;
    expect(report.added).toEqual([]);
    expect(migrationSentence(report)).toBe('Se hizo con la versión 2 del instrumento: 1 respuesta pasó a la versión 3.');
  });
});

describe('a share link made with an earlier version', () => {
  it('is read with that version’s order, then migrated, with its report', async () => {
    const link = await linkOf(v2, { ...base, a: '21-0x-0-', e: { '3': 'Acta 3' }, r: { '4': 'No hay ventanilla en el cantón.' }, s: [[0, 'Alcaldía', '', '', 0]] });
    const result = await decodeShare(link, instrument);
    if (!result?.ok) throw new Error(JSON.stringify(result));
    expect(result.assessment.instrumentVersion).toBe(3);
    expect(result.assessment.answers).toEqual({
      c: { answer: 'completo' },
      presupuesto: { answer: 'parcial' },
      ventanilla: { answer: 'no-aplica', reason: 'No hay ventanilla en el cantón.' },
      datos: { answer: 'no' },
    });
    expect(result.assessment.council).toEqual([{ id: 'c', responsible: 'Alcaldía', due: '', cost: '', status: 'pendiente' }]);
    expect(result.migration).toMatchObject({ from: 2, carried: 4, dropped: [{ id: 'retirado' }], added: [] });
  });

  it('made with indicators the instrument does not record is refused', async () => {
    const link = await linkOf(['otro', 'orden'], { ...base, a: '01' });
    expect(await decodeShare(link, instrument)).toEqual({ ok: false, error: SHARE_OTHER_VERSION });
  });
});
