import { describe, expect, it } from 'vitest';
import { firstPending, progress } from '../../../src/lib/diagnostic/assessment.ts';
import { exportJson, parseImport } from '../../../src/lib/diagnostic/exchange.ts';
import { allIndicators, allowsNotApplicable, instrumentOutline, matchesOutline } from '../../../src/lib/diagnostic/instrument.ts';
import { scoreAssessment } from '../../../src/lib/diagnostic/scoring.ts';
import { decodeShare, encodeShare } from '../../../src/lib/diagnostic/share.ts';
import { loadStore } from '../../../src/lib/diagnostic/store.ts';
import { answeredInPart, assessment, bigInstrument, instrument } from './fixture.ts';

const outline = instrumentOutline(instrument);
const allNo = assessment({ c: 'no', presupuesto: 'no', normativa: 'no', ventanilla: 'no', protocolo: 'no', datos: 'no', mesa: 'no' });

describe('instrumentOutline', () => {
  it('gives the list of assessments the same progress, scores and place to resume as the whole instrument', () => {
    for (const a of [answeredInPart, allNo]) {
      expect(progress(outline, a)).toEqual(progress(instrument, a));
      // Scores carry their dimension and level: compared by what they are, not by texts.
      const numbers = (score: ReturnType<typeof scoreAssessment>) => ({
        overall: score.overall,
        level: score.overallLevel?.label,
        answered: score.answered,
        dimensions: score.dimensions.map((d) => [d.dimension.id, d.score, d.level?.label, d.answered, d.applicable]),
      });
      expect(numbers(scoreAssessment(outline, a))).toEqual(numbers(scoreAssessment(instrument, a)));
      expect(firstPending(outline, a)).toEqual(firstPending(instrument, a));
    }
  });

  it('reads saved work, share links and files, earlier versions included, as the whole instrument does', async () => {
    const saved = JSON.stringify({ version: 1, currentId: null, assessments: [{ ...answeredInPart, instrumentVersion: 1 }] });
    expect(loadStore(saved, outline)).toEqual(loadStore(saved, instrument));
    const link = await encodeShare(instrument, answeredInPart);
    expect(await decodeShare(link, outline)).toEqual(await decodeShare(link, instrument));
    const file = exportJson(instrument, answeredInPart, new Date('2026-04-01T12:00:00.000Z'));
    expect(parseImport(file, outline, file.length)).toEqual(parseImport(file, instrument, file.length));
  });

  it('keeps which questions allow «No aplica», and leaves out the texts the first screen never shows', () => {
    const pairs = allIndicators(outline).map(({ indicator }, i) => [indicator, allIndicators(instrument)[i].indicator] as const);
    for (const [slim, whole] of pairs) {
      expect(allowsNotApplicable(slim)).toBe(allowsNotApplicable(whole));
      expect(slim).toMatchObject({ id: whole.id, short: whole.short, weight: whole.weight, question: '', help: '', evidence: [], resources: [], recommendation: '' });
    }
  });

  it('matches the whole instrument it was made from, and no other', () => {
    expect(matchesOutline(instrument, outline)).toBe(true);
    expect(matchesOutline({ ...instrument, version: instrument.version + 1 }, outline)).toBe(false);
    expect(matchesOutline(bigInstrument(), outline)).toBe(false);
  });
});
