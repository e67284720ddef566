/**
 * The coordinators' view (/diagnostico/municipios/): several municipalities' self-assessments side by
 * side, for a prefecture, an association of municipalities or the programme. Everything here reads
 * what a person opened in the browser (exported JSON files, share links); nothing is saved or sent.
 *
 * - Loading: each file or link becomes one assessment on the current instrument. Files made with an
 *   older instrument version are migrated (migrateAnswers, through parseImport); a file made with a
 *   newer version cannot be read correctly, so it is listed apart and left out of every figure. A bad
 *   file or link gives a message naming it and never affects the others.
 * - Rows: every assessment loaded, sorted by municipality (then period). The same assessment loaded
 *   twice is kept once.
 * - Aggregates (levels per dimension, frequent gaps): one assessment per municipality, its latest
 *   period, so a municipality that sent two years is not counted twice.
 * - Nothing here ranks: scores are self-assessments of different periods; the page says so.
 *
 * Counts of dimensions, indicators and levels always come from the instrument given.
 */
import { toCsv, type CsvCell } from '../csv.ts';
import { answerStatus, monthText, type Assessment } from './assessment.ts';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, instrumentLabel, NOTHING_CHANGED, parseImport } from './exchange.ts';
import { allIndicators, orderedDimensions, type Dimension, type Indicator, type Instrument, type Level } from './instrument.ts';
import { scoreAssessment, type AssessmentScore } from './scoring.ts';
import { decodeShare, SHARE_OTHER_VERSION, SHARE_PARAM } from './share.ts';
import { isPositiveInteger, isRecord, readAssessmentFields } from './validate.ts';

/** An assessment in the view, on the current instrument. */
export interface CoordinatedAssessment {
  /** Identifies the assessment (not the file): the same one loaded twice has the same key. */
  key: string;
  /** What the person opened, as messages name it: «latacunga.json», «el enlace de la línea 2». */
  source: string;
  assessment: Omit<Assessment, 'id'>;
  /** The instrument version it was made with, when older than the current one (its answers were migrated). */
  migratedFrom: number | null;
  /** Answers to questions the current version no longer has, left out by the migration. */
  dropped: number;
}

/** A file made with a newer instrument: shown so the coordinator knows it is missing, never counted. */
export interface NewerAssessment {
  source: string;
  name: string;
  municipio: string;
  asOf: string;
  instrumentVersion: number;
}

export type LoadOutcome =
  | { kind: 'included'; entry: CoordinatedAssessment }
  | { kind: 'newer'; entry: NewerAssessment }
  | { kind: 'error'; source: string; message: string };

/** The view's state: what is shown and counted, and what was left out for being newer. */
export interface CoordinationView {
  included: CoordinatedAssessment[];
  newer: NewerAssessment[];
}

export const emptyView = (): CoordinationView => ({ included: [], newer: [] });

/** «latacunga.json» as messages name a file. */
export const fileSource = (fileName: string) => `«${fileName}»`;
/** How messages name a pasted link, by its line in the box. */
export const linkSource = (line: number) => `el enlace de la línea ${line}`;

const keyOf = (a: Omit<Assessment, 'id'>) => JSON.stringify([a.municipio, a.name, a.asOf, a.createdAt, a.updatedAt]);

/** The error texts of the main tool end with «No se cambió nada.»; here nothing is being changed. */
const withoutNothingChanged = (message: string) => (message.endsWith(NOTHING_CHANGED) ? message.slice(0, -NOTHING_CHANGED.length).trimEnd() : message);

/**
 * A newer instrument's export, recognised so it can be listed by name: null when the text is not one
 * (parseImport's message then says what is wrong).
 */
function newerExport(text: string, instrument: Instrument, source: string): NewerAssessment | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return null;
  const { formatVersion, instrumentVersion } = data;
  if (!isPositiveInteger(formatVersion) || formatVersion > EXPORT_FORMAT_VERSION) return null;
  if (!isPositiveInteger(instrumentVersion) || instrumentVersion <= instrument.version) return null;
  const read = readAssessmentFields(data.assessment, 'assessment');
  if (!read.ok) return null;
  const { name, municipio, asOf } = read.value.fields;
  return { source, name, municipio, asOf, instrumentVersion };
}

/** Reads one exported JSON file; `byteLength` is the file's size (a file over the limit is never read). */
export function readExportFile(text: string, byteLength: number, fileName: string, instrument: Instrument): LoadOutcome {
  const source = fileSource(fileName);
  const result = parseImport(text, instrument, byteLength);
  if (result.ok) {
    return {
      kind: 'included',
      entry: { key: keyOf(result.assessment), source, assessment: result.assessment, migratedFrom: result.migration?.from ?? null, dropped: result.dropped.length },
    };
  }
  const newer = byteLength > 0 ? newerExport(text, instrument, source) : null;
  if (newer) return { kind: 'newer', entry: newer };
  return { kind: 'error', source, message: withoutNothingChanged(result.error) };
}

export const NOT_A_LINK = `no es un enlace para compartir un autodiagnóstico: debe contener «#${SHARE_PARAM}=».`;
export const LINK_OTHER_VERSION =
  'El enlace se hizo con otra versión del instrumento y sus respuestas no se pueden ubicar. Pida a ese equipo el archivo JSON exportado: esta vista lo pasa a la versión actual.';

/**
 * Reads the pasted text, one share link a line (blank lines skipped); each outcome is named by its line.
 * A line may be the whole address or only the part from «compartir=» on.
 */
export async function readShareLinks(text: string, instrument: Instrument): Promise<LoadOutcome[]> {
  const lines = text.split(/\r\n|\r|\n/);
  const outcomes: LoadOutcome[] = [];
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const source = linkSource(index + 1);
    const hash = line.indexOf('#');
    const result = await decodeShare(hash === -1 ? line : line.slice(hash + 1), instrument);
    if (result === null) outcomes.push({ kind: 'error', source, message: `Esta línea ${NOT_A_LINK}` });
    else if (!result.ok) outcomes.push({ kind: 'error', source, message: result.error === SHARE_OTHER_VERSION ? LINK_OTHER_VERSION : withoutNothingChanged(result.error) });
    else {
      // A link made with an earlier version is read with that version's order and migrated, like a file.
      const migratedFrom = result.migration?.from ?? null;
      const dropped = result.migration?.dropped.length ?? 0;
      outcomes.push({ kind: 'included', entry: { key: keyOf(result.assessment), source, assessment: result.assessment, migratedFrom, dropped } });
    }
  }
  return outcomes;
}

export interface AddResult {
  view: CoordinationView;
  added: number;
  /** Sources already in the view (the same assessment), not added again. */
  repeated: string[];
  newer: number;
  errors: { source: string; message: string }[];
}

/** Adds what was loaded to the view; nothing already there is changed. */
export function addToView(view: CoordinationView, outcomes: readonly LoadOutcome[]): AddResult {
  const included = [...view.included];
  const newer = [...view.newer];
  const keys = new Set(included.map((entry) => entry.key));
  const result: Omit<AddResult, 'view'> = { added: 0, repeated: [], newer: 0, errors: [] };
  for (const outcome of outcomes) {
    if (outcome.kind === 'error') result.errors.push({ source: outcome.source, message: outcome.message });
    else if (outcome.kind === 'newer') {
      newer.push(outcome.entry);
      result.newer++;
    } else if (keys.has(outcome.entry.key)) result.repeated.push(outcome.entry.source);
    else {
      keys.add(outcome.entry.key);
      included.push(outcome.entry);
      result.added++;
    }
  }
  return { view: { included, newer }, ...result };
}

/** The view without one assessment (by key). */
export function removeFromView(view: CoordinationView, key: string): CoordinationView {
  return { ...view, included: view.included.filter((entry) => entry.key !== key) };
}

/** The municipality an assessment speaks for, as shown: its municipio, or its name when it has none. */
export const municipalityOf = (a: Pick<Assessment, 'municipio' | 'name'>) => a.municipio.trim() || a.name.trim();

const compareText = (a: string, b: string) => a.localeCompare(b, 'es', { sensitivity: 'base' });

export type SortOrder = 'municipio' | 'periodo';

/** By municipality then period (the default), or by period then municipality; never by score. */
export function sortAssessments<T extends { assessment: Pick<Assessment, 'municipio' | 'name' | 'asOf'> }>(entries: readonly T[], order: SortOrder = 'municipio'): T[] {
  const byName = (a: T, b: T) => compareText(municipalityOf(a.assessment), municipalityOf(b.assessment)) || compareText(a.assessment.name, b.assessment.name);
  const byPeriod = (a: T, b: T) => a.assessment.asOf.localeCompare(b.assessment.asOf);
  return [...entries].sort(order === 'municipio' ? (a, b) => byName(a, b) || byPeriod(a, b) : (a, b) => byPeriod(a, b) || byName(a, b));
}

/**
 * One item per municipality, its latest period (then the latest updated): what the aggregates count,
 * so a municipality that sent several years is counted once. Items keep their order.
 */
export function latestPerMunicipality<T>(items: readonly T[], assessmentOf: (item: T) => Pick<Assessment, 'municipio' | 'name' | 'asOf' | 'updatedAt'>): T[] {
  const who = (item: T) => municipalityOf(assessmentOf(item)).toLocaleLowerCase('es');
  const latest = new Map<string, T>();
  for (const item of items) {
    const a = assessmentOf(item);
    const kept = latest.get(who(item));
    const keptAssessment = kept === undefined ? undefined : assessmentOf(kept);
    if (keptAssessment === undefined || a.asOf > keptAssessment.asOf || (a.asOf === keptAssessment.asOf && a.updatedAt > keptAssessment.updatedAt)) latest.set(who(item), item);
  }
  return items.filter((item) => latest.get(who(item)) === item);
}

/** How one assessment's answers stand: what the evidence-quality table shows. */
export interface EvidenceQuality {
  total: number;
  /** Answered No, Parcial or Completo. */
  answered: number;
  /** «No aplica» where the instrument allows it (with or without its reason). */
  notApplicable: number;
  /** «No aplica» still without the reason the instrument asks for. */
  notApplicableWithoutReason: number;
  /** Neither answered nor «No aplica»: unanswered, or «No aplica» where it is not allowed. */
  pending: number;
  /** Answers (including «No aplica») that carry an evidence note. */
  withNote: number;
}

/** The quality of the answers to some indicators (the whole instrument, or one dimension). */
export function qualityOf(indicators: readonly Indicator[], answers: Assessment['answers']): EvidenceQuality {
  const quality: EvidenceQuality = { total: 0, answered: 0, notApplicable: 0, notApplicableWithoutReason: 0, pending: 0, withNote: 0 };
  for (const indicator of indicators) {
    const entry = answers[indicator.id];
    const status = answerStatus(indicator, entry);
    quality.total++;
    if (status === 'answered') quality.answered++;
    else if (status === 'not-applicable' || status === 'needs-reason') {
      quality.notApplicable++;
      if (status === 'needs-reason') quality.notApplicableWithoutReason++;
    } else {
      quality.pending++;
      continue;
    }
    if (entry?.note?.trim()) quality.withNote++;
  }
  return quality;
}

export const evidenceQuality = (instrument: Instrument, a: Pick<Assessment, 'answers'>): EvidenceQuality =>
  qualityOf(
    allIndicators(instrument).map(({ indicator }) => indicator),
    a.answers,
  );

/** A share as a whole percentage (0 of 0 is 0); the text around it says «de cuántas». */
export const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

export interface CoordinationRow {
  entry: CoordinatedAssessment;
  score: AssessmentScore;
  quality: EvidenceQuality;
}

/** One row per assessment in the view, in the order asked (scores on the current instrument). */
export function coordinationRows(instrument: Instrument, view: Pick<CoordinationView, 'included'>, order: SortOrder = 'municipio'): CoordinationRow[] {
  return sortAssessments(view.included, order).map((entry) => ({
    entry,
    score: scoreAssessment(instrument, entry.assessment),
    quality: evidenceQuality(instrument, entry.assessment),
  }));
}

export interface LevelDistribution {
  /** A dimension, or null for the overall score. */
  dimension: Dimension | null;
  /** Per level, lowest first: how many municipalities are in it. */
  counts: { level: Level; count: number }[];
  /** Municipalities without a score there (sin datos, or sin datos suficientes). */
  noData: number;
}

/** The instrument's levels, lowest first. */
export const ascendingLevels = (instrument: Pick<Instrument, 'levels'>) => [...instrument.levels].sort((a, b) => a.min - b.min);

/**
 * How many municipalities are at each level, per dimension in instrument order, then for the overall
 * score. `rows` should be one per municipality (latestPerMunicipality).
 */
export function levelDistribution(instrument: Instrument, rows: readonly Pick<CoordinationRow, 'score'>[]): LevelDistribution[] {
  const levels = ascendingLevels(instrument);
  const distribution = (levelsOf: (Level | null)[], dimension: Dimension | null): LevelDistribution => ({
    dimension,
    counts: levels.map((level) => ({ level, count: levelsOf.filter((found) => found?.id === level.id).length })),
    noData: levelsOf.filter((found) => found === null).length,
  });
  const dimensions = orderedDimensions(instrument).map((dimension, index) =>
    distribution(
      rows.map((row) => row.score.dimensions[index].level),
      dimension,
    ),
  );
  return [...dimensions, distribution(rows.map((row) => row.score.overallLevel), null)];
}

export interface FrequentGap {
  indicator: Indicator;
  dimension: Dimension;
  /** Municipalities that answered No. */
  no: number;
  /** Municipalities that answered Parcial. */
  partial: number;
  /** Municipalities that have not answered it (or answered «No aplica» where it is not allowed). */
  pending: number;
  /** Municipalities counted (the denominator of the counts above). */
  of: number;
}

/**
 * The indicators most often unmet across municipalities: a gap is an answer No or Parcial (as the plan
 * counts gaps). Most gaps first, then most No, then the heavier weight, then instrument order; only
 * indicators that are a gap somewhere; at most `limit`. `assessments` should be one per municipality.
 */
export function frequentGaps(instrument: Instrument, assessments: readonly Pick<Assessment, 'answers'>[], limit = 10): FrequentGap[] {
  return allIndicators(instrument)
    .map(({ indicator, dimension }, index) => {
      const gap: FrequentGap = { indicator, dimension, no: 0, partial: 0, pending: 0, of: assessments.length };
      for (const a of assessments) {
        const entry = a.answers[indicator.id];
        const status = answerStatus(indicator, entry);
        if (status === 'answered' && entry?.answer === 'no') gap.no++;
        else if (status === 'answered' && entry?.answer === 'parcial') gap.partial++;
        else if (status === 'unanswered' || status === 'not-allowed') gap.pending++;
      }
      return { gap, index };
    })
    .filter(({ gap }) => gap.no + gap.partial > 0)
    .sort((a, b) => b.gap.no + b.gap.partial - (a.gap.no + a.gap.partial) || b.gap.no - a.gap.no || b.gap.indicator.weight - a.gap.indicator.weight || a.index - b.index)
    .slice(0, limit)
    .map(({ gap }) => gap);
}

/** The CSV's columns: the assessment on every row, then the dimension (or «Puntaje general») and its figures. */
export const COORDINATION_CSV_HEADER = [
  'Municipio',
  'Autodiagnóstico',
  'Situación a',
  'Actualizado',
  'Instrumento',
  'Migrado de la versión',
  'Dimensión',
  'Puntaje',
  'Nivel',
  'Preguntas',
  'Respondidas',
  '«No aplica»',
  'Sin responder',
  'Con nota de evidencia',
];

export const OVERALL_LABEL = 'Puntaje general';
const NO_DATA = 'Sin datos';
const INSUFFICIENT = 'Sin datos suficientes';

/**
 * One CSV for the whole view: per assessment, the overall row first (as the single export does), then
 * one row per dimension in instrument order. Same conventions as the single export (csv.ts: `;`,
 * decimal comma, BOM).
 */
export function coordinationCsv(instrument: Instrument, rows: readonly CoordinationRow[]): string {
  const lines: CsvCell[][] = [COORDINATION_CSV_HEADER];
  for (const { entry, score, quality } of rows) {
    const a = entry.assessment;
    const identity: CsvCell[] = [municipalityOf(a), a.name, monthText(a.asOf), a.updatedAt.slice(0, 10), instrumentLabel(instrument), entry.migratedFrom ?? ''];
    lines.push([
      ...identity,
      OVERALL_LABEL,
      score.overall ?? NO_DATA,
      score.overallLevel?.label ?? NO_DATA,
      quality.total,
      quality.answered,
      quality.notApplicable,
      quality.pending,
      quality.withNote,
    ]);
    for (const dimension of score.dimensions) {
      const inDimension = qualityOf(dimension.dimension.indicators, a.answers);
      lines.push([
        ...identity,
        dimension.dimension.title,
        dimension.insufficient ? INSUFFICIENT : (dimension.score ?? NO_DATA),
        dimension.insufficient ? INSUFFICIENT : (dimension.level?.label ?? NO_DATA),
        inDimension.total,
        inDimension.answered,
        inDimension.notApplicable,
        inDimension.pending,
        inDimension.withNote,
      ]);
    }
  }
  return toCsv(lines);
}

