/**
 * The list of assessments kept on this device (the island saves it in localStorage under
 * STORE_KEY). Loading never throws: unreadable data gives an empty list and a message, damaged
 * entries are skipped and counted, and entries saved with an older instrument are migrated. When
 * the status is 'corrupt' or 'recovered' the island should first copy the raw text to
 * `backupKey(now)`, as the messages promise, before saving anything over it.
 *
 * Stored shape (version 1):
 *   { version: 1, currentId: "<id>" | null,
 *     assessments: [{ id, name, municipio, team, createdAt, updatedAt, instrumentVersion, asOf: "2026-03",
 *                     answers: { "<indicator id>": { answer?: "no"|"parcial"|"completo"|"no-aplica", reason?: "…", note?: "…" } },
 *                     council?: [{ id: "<indicator id>", responsible, due: "2026-09" | "", cost, status: "pendiente"|"en-curso"|"hecha" }] }] }
 *   (asOf, reason and council came later within version 1: entries without them read as before, asOf from createdAt.)
 */
import { cutText, NAME_MAX, type Assessment } from './assessment.ts';
import type { Instrument } from './instrument.ts';
import type { MigrationReport } from './migrate.ts';
import { isPositiveInteger, isRecord, readAssessmentFields, toCurrentInstrument } from './validate.ts';

export const STORE_KEY = 'integra:diagnostico';
export const STORE_VERSION = 1;

export interface Store {
  version: typeof STORE_VERSION;
  assessments: Assessment[];
  currentId: string | null;
}

/** An assessment saved with an earlier instrument version, as it was brought to the current one. */
export interface StoredMigration {
  name: string;
  report: MigrationReport;
}

/** `migrated`: the assessments that were saved with an earlier version (the island says so and keeps a copy first). */
export type StoreLoad =
  | { status: 'empty'; store: Store; migrated: [] }
  | { status: 'ok'; store: Store; migrated: StoredMigration[] }
  | { status: 'recovered'; store: Store; skipped: number; message: string; migrated: StoredMigration[] }
  | { status: 'corrupt'; store: Store; message: string; migrated: [] };

export const CORRUPT_MESSAGE =
  'No se pudieron leer los autodiagnósticos guardados en este navegador. Se guardó una copia de respaldo de esos datos y se empezó una lista vacía.';

export function recoveredMessage(skipped: number): string {
  const what =
    skipped === 1
      ? 'Un autodiagnóstico guardado en este navegador estaba dañado y no se pudo abrir'
      : `${skipped} autodiagnósticos guardados en este navegador estaban dañados y no se pudieron abrir`;
  return `${what}; los demás están disponibles. Se guardó una copia de respaldo de los datos originales.`;
}

export function emptyStore(): Store {
  return { version: STORE_VERSION, assessments: [], currentId: null };
}

/** One stored entry, checked and brought to the current instrument; null when it cannot be used. */
function readStored(raw: unknown, instrument: Instrument): { assessment: Assessment; migration: MigrationReport | null } | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return null;
  const version = raw.instrumentVersion;
  if (!isPositiveInteger(version) || version > instrument.version) return null;
  const read = readAssessmentFields(raw, '');
  if (!read.ok) return null;
  const { assessment, migration } = toCurrentInstrument(instrument, version, read.value.fields);
  return { assessment: { id: raw.id, ...assessment }, migration };
}

export function loadStore(raw: string | null, instrument: Instrument): StoreLoad {
  if (raw === null) return { status: 'empty', store: emptyStore(), migrated: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'corrupt', store: emptyStore(), message: CORRUPT_MESSAGE, migrated: [] };
  }
  if (!isRecord(data) || data.version !== STORE_VERSION || !Array.isArray(data.assessments)) {
    return { status: 'corrupt', store: emptyStore(), message: CORRUPT_MESSAGE, migrated: [] };
  }
  const assessments: Assessment[] = [];
  const migrated: StoredMigration[] = [];
  let skipped = 0;
  for (const entry of data.assessments) {
    const read = readStored(entry, instrument);
    // A repeated id would make edits land on the wrong entry; the first one wins.
    if (read === null || assessments.some((kept) => kept.id === read.assessment.id)) skipped++;
    else {
      assessments.push(read.assessment);
      if (read.migration) migrated.push({ name: read.assessment.name, report: read.migration });
    }
  }
  const currentId =
    typeof data.currentId === 'string' && assessments.some((assessment) => assessment.id === data.currentId) ? data.currentId : null;
  const store: Store = { version: STORE_VERSION, assessments, currentId };
  if (skipped > 0) return { status: 'recovered', store, skipped, message: recoveredMessage(skipped), migrated };
  return { status: 'ok', store, migrated };
}

export function serializeStore(store: Store): string {
  return JSON.stringify(store);
}

/** Replaces the assessment with the same id, or appends it; it becomes the current one. */
export function upsert(store: Store, a: Assessment): Store {
  const index = store.assessments.findIndex((existing) => existing.id === a.id);
  const assessments = index === -1 ? [...store.assessments, a] : store.assessments.map((existing, i) => (i === index ? a : existing));
  return { ...store, assessments, currentId: a.id };
}

/** Removes an assessment and returns what `restoreAssessment` needs to undo it. */
export function removeAssessment(store: Store, id: string): { store: Store; removed: Assessment | null; index: number } {
  const index = store.assessments.findIndex((assessment) => assessment.id === id);
  if (index === -1) return { store, removed: null, index: -1 };
  return {
    store: {
      ...store,
      assessments: store.assessments.filter((_, i) => i !== index),
      currentId: store.currentId === id ? null : store.currentId,
    },
    removed: store.assessments[index],
    index,
  };
}

/** Undo of a removal: back at its place (or the end if the list shrank); current again if none is. */
export function restoreAssessment(store: Store, removed: Assessment, index: number): Store {
  if (store.assessments.some((assessment) => assessment.id === removed.id)) return store;
  const at = Math.max(0, Math.min(index, store.assessments.length));
  const assessments = [...store.assessments.slice(0, at), removed, ...store.assessments.slice(at)];
  return { ...store, assessments, currentId: store.currentId ?? removed.id };
}

const COPY_SUFFIX = ' (copia)';

/** A copy right after the original, named "<name> (copia)", dated now; the copy becomes current. */
export function duplicateAssessment(store: Store, id: string, newId: string, now: Date): Store {
  const index = store.assessments.findIndex((assessment) => assessment.id === id);
  if (index === -1 || newId === '' || store.assessments.some((assessment) => assessment.id === newId)) return store;
  const original = store.assessments[index];
  const stamp = now.toISOString();
  const copy: Assessment = {
    ...original,
    id: newId,
    name: cutText(original.name, NAME_MAX - COPY_SUFFIX.length).trimEnd() + COPY_SUFFIX,
    createdAt: stamp,
    updatedAt: stamp,
    answers: Object.fromEntries(Object.entries(original.answers).map(([key, entry]) => [key, { ...entry }])),
  };
  const assessments = [...store.assessments.slice(0, index + 1), copy, ...store.assessments.slice(index + 1)];
  return { ...store, assessments, currentId: newId };
}

/** Trimmed and cut to NAME_MAX; an empty name is refused (the store comes back unchanged). */
export function renameAssessment(store: Store, id: string, name: string, now: Date): Store {
  const text = cutText(name.trim(), NAME_MAX).trimEnd();
  const index = store.assessments.findIndex((assessment) => assessment.id === id);
  if (text === '' || index === -1 || store.assessments[index].name === text) return store;
  const assessments = store.assessments.map((assessment, i) =>
    i === index ? { ...assessment, name: text, updatedAt: now.toISOString() } : assessment,
  );
  return { ...store, assessments };
}

/** Where the island keeps a copy of unreadable data before starting over. */
export function backupKey(now: Date): string {
  return `${BACKUP_PREFIX}${now.toISOString()}`;
}

/** Every backup key starts with this. */
export const BACKUP_PREFIX = `${STORE_KEY}:respaldo:`;

/**
 * Whether unreadable data still needs a copy: not when a backup already holds exactly this text
 * (the same damaged data is found again on every visit until something is saved over it).
 */
export function needsBackup(raw: string, backups: readonly string[]): boolean {
  return !backups.includes(raw);
}

/** Said when the copy of unreadable data could not be kept: then nothing is saved over it. */
export const BACKUP_FAILED_MESSAGE =
  'Algunos autodiagnósticos guardados en este navegador no se pudieron leer, y no hay espacio para guardar una copia de respaldo. Para no perderlos, esta página no guardará cambios: puede trabajar y exportar el archivo JSON, y liberar espacio del navegador para volver a guardar.';
