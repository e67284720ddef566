/**
 * Carries answers saved with an older instrument version to the current one. The instrument's
 * `history` lists, per version, the indicator ids that were renamed; renames of every version after
 * the saved one are applied in ascending version order, so a→b (v2) and b→c (v3) take an answer
 * saved as "a" in v1 to "c". Answers whose id no longer exists are dropped and reported; new
 * indicators simply have no answer.
 */
import type { IndicatorAnswer } from './assessment.ts';
import { allIndicators, indicatorIds, type Instrument, type PastIndicator } from './instrument.ts';

export function migrateAnswers(
  instrument: Instrument,
  fromVersion: number,
  answers: Record<string, IndicatorAnswer>,
): { answers: Record<string, IndicatorAnswer>; dropped: string[]; renamed: { from: string; to: string }[] } {
  // A newer version than ours cannot be read: everything is unknown, and callers refuse it.
  if (fromVersion > instrument.version) return { answers: {}, dropped: Object.keys(answers), renamed: [] };

  // Current id → { original id, entry }; a Map so ids such as "__proto__" stay plain keys.
  let entries = new Map(Object.entries(answers).map(([id, entry]) => [id, { original: id, entry }]));
  const steps = instrument.history
    .map((step, index) => ({ step, index }))
    .filter(({ step }) => step.version > fromVersion && step.version <= instrument.version)
    .sort((a, b) => a.step.version - b.step.version || a.index - b.index);
  for (const { step } of steps) {
    // Renames within one version happen at once (so a swap a↔b works); a renamed entry wins over
    // a stale one left under its new id.
    const map = new Map(step.renamed.map(({ from, to }) => [from, to]));
    const next = new Map<string, { original: string; entry: IndicatorAnswer }>();
    for (const [id, value] of entries) if (!map.has(id)) next.set(id, value);
    for (const [id, value] of entries) {
      const to = map.get(id);
      if (to !== undefined) next.set(to, value);
    }
    entries = next;
  }

  const known = indicatorIds(instrument);
  const result: Record<string, IndicatorAnswer> = {};
  const dropped: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  const kept = new Set<string>();
  for (const [id, { original, entry }] of entries) {
    if (!known.has(id)) continue;
    result[id] = entry;
    kept.add(original);
    if (id !== original) renamed.push({ from: original, to: id });
  }
  for (const id of Object.keys(answers)) if (!kept.has(id)) dropped.push(id);
  return { answers: result, dropped, renamed };
}

/** The indicators of `version`, in that version's order; null when the instrument does not record them. */
export function indicatorsOfVersion(instrument: Instrument, version: number): PastIndicator[] | null {
  if (version === instrument.version) return allIndicators(instrument).map(({ indicator }) => ({ id: indicator.id, short: indicator.short }));
  const change = instrument.history.find((entry) => entry.version === version + 1);
  return change && change.previous.length > 0 ? change.previous : null;
}

/** What happened to work made with an older version when it was brought to the current one. */
export interface MigrationReport {
  from: number;
  to: number;
  /** Answers (or notes) that were kept, under the same or a renamed question. */
  carried: number;
  /** Questions of the old version that had an answer or a note and no longer exist. */
  dropped: PastIndicator[];
  /** Questions of the current version that the old version did not have: they have no answer yet. */
  added: PastIndicator[];
}

/**
 * The report for `answers` saved with `fromVersion`; null when they were made with the current
 * version. `migrated` is migrateAnswers' result for them, when the caller has it already. New questions are those no indicator of the old version leads to through the renames.
 */
export function migrationReport(
  instrument: Instrument,
  fromVersion: number,
  answers: Record<string, IndicatorAnswer>,
  migrated: ReturnType<typeof migrateAnswers> = migrateAnswers(instrument, fromVersion, answers),
): MigrationReport | null {
  if (fromVersion >= instrument.version) return null;
  const before = indicatorsOfVersion(instrument, fromVersion) ?? Object.keys(answers).map((id) => ({ id, short: id }));
  const oldIds = Object.fromEntries(before.map(({ id }) => [id, { answer: 'no' as const }]));
  const reached = new Set(Object.keys(migrateAnswers(instrument, fromVersion, oldIds).answers));
  const names = new Map(before.map((past) => [past.id, past.short]));
  return {
    from: fromVersion,
    to: instrument.version,
    carried: Object.keys(migrated.answers).length,
    dropped: migrated.dropped.map((id) => ({ id, short: names.get(id) ?? id })),
    added: allIndicators(instrument)
      .filter(({ indicator }) => !reached.has(indicator.id))
      .map(({ indicator }) => ({ id: indicator.id, short: indicator.short })),
  };
}

/** Where the changes between versions are explained to people. */
export const CHANGES_HREF = '/diagnostico/metodologia/#cambios-de-version';

/** The report in one sentence, for a notice: «Se hizo con la versión 1…», or «Nombre» se hizo… when named. */
export function migrationSentence(report: MigrationReport, name?: string): string {
  const plural = (n: number, one: string, many: string) => (n === 1 ? one : many.replace('{n}', String(n)));
  const parts = [plural(report.carried, '1 respuesta pasó', '{n} respuestas pasaron') + ` a la versión ${report.to}`];
  if (report.added.length > 0) parts.push(plural(report.added.length, 'hay 1 pregunta nueva sin responder', 'hay {n} preguntas nuevas sin responder'));
  if (report.dropped.length > 0) {
    parts.push(
      plural(report.dropped.length, '1 respuesta era de una pregunta que ya no está', '{n} respuestas eran de preguntas que ya no están') +
        ' (se unieron a otras o se quitaron)',
    );
  }
  const last = parts.length > 1 ? ` y ${parts.pop()}` : '';
  return `${name === undefined ? 'Se' : `«${name}» se`} hizo con la versión ${report.from} del instrumento: ${parts.join('; ')}${last}.`;
}
