/**
 * The share link: the whole assessment packed into the URL fragment (after '#'), which browsers
 * never send to a server, so the answers stay between the people who pass the link around.
 *
 * Fragment: `compartir=1.<instrument fingerprint>.<data>`
 *   1            format of the link
 *   fingerprint  instrumentFingerprint(): answers travel by position. A link made with an earlier
 *                version is read with that version's indicators (the instrument's history keeps
 *                them) and then migrated; a link made with unknown indicators is refused instead
 *                of shifting answers onto the wrong questions
 *   data         base64url (no padding) of: 4-byte FNV-1a checksum of the JSON (big-endian), then
 *                the JSON compressed with deflate-raw. Raw deflate has no checksum of its own and
 *                half of all single-bit changes still inflate to valid JSON; the checksum catches
 *                links altered in transit.
 * JSON: { n: name, m: municipio, t: team, c: createdAt, u: updatedAt,
 *         a: one character per indicator in instrument order ('0' no, '1' parcial, '2' completo,
 *            'x' no aplica, '-' unanswered),
 *         e: { "<indicator index>": note } (left out when there are no notes),
 *         r: { "<indicator index>": reason for «No aplica» } (left out when there are none),
 *         p: the month the assessment describes ("2026-03"),
 *         s: the actions for the council once the GET picked them, in order:
 *            [[<indicator index>, responsible, due month or "", cost, status 0 pendiente | 1 en curso | 2 hecha], …] }
 */
import { answerStatus, type Assessment, type IndicatorAnswer } from './assessment.ts';
import type { ActionStatus } from './council.ts';
import { allIndicators, fingerprintOf, fnv1a, instrumentFingerprint, type AnswerId, type Instrument } from './instrument.ts';
import { indicatorsOfVersion, type MigrationReport } from './migrate.ts';
import { isRecord, readAssessmentFields, toCurrentInstrument } from './validate.ts';

import { SHARE_PARAM } from './share-param.ts';

export { SHARE_PARAM };
const LINK_FORMAT = 1;
/** Far above any real link (48 indicators with long notes); stops a crafted link from inflating forever. */
const MAX_DATA_CHARS = 200_000;
const MAX_JSON_BYTES = 1_000_000;

const CODES: Record<AnswerId, string> = { no: '0', parcial: '1', completo: '2', 'no-aplica': 'x' };
const FROM_CODE: Record<string, AnswerId | undefined> = { '0': 'no', '1': 'parcial', '2': 'completo', x: 'no-aplica', '-': undefined };
const UNANSWERED = '-';
const STATUS_CODES: ActionStatus[] = ['pendiente', 'en-curso', 'hecha'];

export const SHARE_DAMAGED =
  'El enlace está incompleto o dañado (quizá se cortó al copiarlo). Pida que se lo envíen de nuevo. No se cambió nada.';
export const SHARE_OTHER_VERSION =
  'El enlace se hizo con otra versión del instrumento; pida a su equipo que exporte el archivo JSON y impórtelo. No se cambió nada.';
export const SHARE_NEWER_FORMAT =
  'El enlace se hizo con una versión más nueva del portal. Recargue la página e inténtelo de nuevo. No se cambió nada.';

export type ShareResult =
  | {
      ok: true;
      assessment: Omit<Assessment, 'id'>;
      summary: { name: string; municipio: string; answered: number; notApplicable: number; total: number };
      /** Set when the link was made with an earlier version of the instrument. */
      migration: MigrationReport | null;
    }
  | { ok: false; error: string };

/** Runs bytes through a (de)compression stream; null on a stream error or when the output exceeds `max`. */
async function transform(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const writer = stream.writable.getWriter();
  // The readable side reports the same error; these only keep the rejections from going unhandled.
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > max) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Strict: only the alphabet, a possible length, and no stray bits in the last character. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return toBase64Url(bytes) === text ? bytes : null;
}

export async function encodeShare(instrument: Instrument, a: Assessment): Promise<string> {
  const indicators = allIndicators(instrument);
  const notes: Record<string, string> = {};
  const reasons: Record<string, string> = {};
  let codes = '';
  indicators.forEach(({ indicator }, index) => {
    const entry = a.answers[indicator.id];
    codes += entry?.answer === undefined ? UNANSWERED : CODES[entry.answer];
    if (entry?.note) notes[String(index)] = entry.note;
    if (entry?.reason) reasons[String(index)] = entry.reason;
  });
  const payload: Record<string, unknown> = { n: a.name, m: a.municipio, t: a.team, c: a.createdAt, u: a.updatedAt, a: codes };
  if (Object.keys(notes).length > 0) payload.e = notes;
  if (Object.keys(reasons).length > 0) payload.r = reasons;
  payload.p = a.asOf;
  if (a.council) {
    const index = new Map(indicators.map(({ indicator }, i) => [indicator.id, i]));
    payload.s = a.council.flatMap((choice) =>
      index.has(choice.id) ? [[index.get(choice.id), choice.responsible, choice.due, choice.cost, STATUS_CODES.indexOf(choice.status)]] : [],
    );
  }
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const compressed = await transform(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  if (compressed === null) throw new Error('Compression failed');
  const data = new Uint8Array(4 + compressed.length);
  new DataView(data.buffer).setUint32(0, fnv1a(json));
  data.set(compressed, 4);
  return `${SHARE_PARAM}=${LINK_FORMAT}.${instrumentFingerprint(instrument)}.${toBase64Url(data)}`;
}

/** The payload's JSON, checked against its checksum; null when anything is off. */
async function readPayload(data: string): Promise<unknown> {
  if (data.length > MAX_DATA_CHARS) return null;
  const bytes = fromBase64Url(data);
  if (bytes === null || bytes.length < 5) return null;
  const json = await transform(bytes.slice(4), new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
  if (json === null || fnv1a(json) !== new DataView(bytes.buffer).getUint32(0)) return null;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return null;
  }
}

/** Reads a location fragment (with or without '#'); null when it carries no share link. */
export async function decodeShare(fragment: string, instrument: Instrument): Promise<ShareResult | null> {
  const value = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment).get(SHARE_PARAM);
  if (value === null) return null;
  const damaged: ShareResult = { ok: false, error: SHARE_DAMAGED };
  const parts = value.split('.');
  if (parts.length !== 3) return damaged;
  const [format, fingerprint, data] = parts;
  if (format !== String(LINK_FORMAT)) {
    return /^\d+$/.test(format) && Number(format) > LINK_FORMAT ? { ok: false, error: SHARE_NEWER_FORMAT } : damaged;
  }
  const made = versionOfLink(instrument, fingerprint);
  if (made === null) return { ok: false, error: SHARE_OTHER_VERSION };
  const ids = made.ids;

  const payload = await readPayload(data);
  if (!isRecord(payload) || typeof payload.a !== 'string' || payload.a.length !== ids.length) return damaged;
  const notes = payload.e ?? {};
  const reasons = payload.r ?? {};
  if (!isRecord(notes) || !isRecord(reasons)) return damaged;

  const answers: Record<string, IndicatorAnswer> = {};
  for (let index = 0; index < ids.length; index++) {
    const code = payload.a[index];
    if (!Object.hasOwn(FROM_CODE, code)) return damaged;
    const entry: IndicatorAnswer = {};
    const answer = FROM_CODE[code];
    if (answer !== undefined) entry.answer = answer;
    const reason = reasons[String(index)];
    if (reason !== undefined) entry.reason = reason as string;
    const note = notes[String(index)];
    if (note !== undefined) entry.note = note as string;
    if (answer !== undefined || note !== undefined) answers[ids[index]] = entry;
  }
  // Every note and reason key must be an indicator index; anything else means the link was tampered with.
  const isIndex = (key: string) => /^(0|[1-9]\d*)$/.test(key) && Number(key) < ids.length;
  if (![...Object.keys(notes), ...Object.keys(reasons)].every(isIndex)) return damaged;

  let council: unknown;
  if (payload.s !== undefined) {
    if (!Array.isArray(payload.s)) return damaged;
    council = [];
    for (const row of payload.s) {
      if (!Array.isArray(row) || row.length !== 5 || !Number.isInteger(row[0]) || row[0] < 0 || row[0] >= ids.length) return damaged;
      const status = STATUS_CODES[row[4] as number];
      if (status === undefined) return damaged;
      (council as unknown[]).push({ id: ids[row[0]], responsible: row[1], due: row[2], cost: row[3], status });
    }
  }

  // The same checks as an import (non-string notes, lengths, dates, months, the council's actions); notes over NOTE_MAX are cut.
  const read = readAssessmentFields(
    { name: payload.n, municipio: payload.m, team: payload.t, createdAt: payload.c, updatedAt: payload.u, asOf: payload.p, answers, council },
    '',
  );
  if (!read.ok) return damaged;
  const { assessment, migration } = toCurrentInstrument(instrument, made.version, read.value.fields);
  // Counted as the results count them: «No aplica» apart from the questions answered.
  const indicators = allIndicators(instrument);
  const statuses = indicators.map(({ indicator }) => answerStatus(indicator, assessment.answers[indicator.id]));
  return {
    ok: true,
    assessment,
    summary: {
      name: assessment.name,
      municipio: assessment.municipio,
      answered: statuses.filter((status) => status === 'answered').length,
      notApplicable: statuses.filter((status) => status === 'not-applicable' || status === 'needs-reason').length,
      total: indicators.length,
    },
    migration,
  };
}

/** The version a link's fingerprint belongs to, with that version's indicator ids in order; null when unknown. */
function versionOfLink(instrument: Instrument, fingerprint: string): { version: number; ids: string[] } | null {
  for (let version = instrument.version; version >= 1; version--) {
    const ids = indicatorsOfVersion(instrument, version)?.map(({ id }) => id);
    if (ids && fingerprintOf(ids) === fingerprint) return { version, ids };
  }
  return null;
}
