/**
 * Carries answers saved with an older instrument version to the current one. The instrument's
 * `history` lists, per version, the indicator ids that were renamed; renames of every version after
 * the saved one are applied in ascending version order, so a→b (v2) and b→c (v3) take an answer
 * saved as "a" in v1 to "c". Answers whose id no longer exists are dropped and reported; new
 * indicators simply have no answer.
 */
import type { IndicatorAnswer } from './assessment.ts';
import { indicatorIds, type Instrument } from './instrument.ts';

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
