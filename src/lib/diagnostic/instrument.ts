/**
 * The GAD governance diagnostic instrument as the island receives it: dimensions of indicators,
 * maturity levels and the history of renamed indicator ids. The page has already turned the
 * content's resource references into links and the MGI domain key into its label.
 *
 * "Instrument order" everywhere in this folder means: dimensions by their `order` field (ties keep
 * the content's order), then indicators as listed in their dimension. Scores, plans, exports and
 * the share link's positional answers all follow it.
 */

export type AnswerId = 'no' | 'parcial' | 'completo' | 'no-aplica';

/** The answer scale. `value: null` (No aplica) leaves the indicator out of the denominator. */
export const ANSWERS: Record<AnswerId, { label: string; value: number | null; short: string }> = {
  no: { label: 'No', value: 0, short: 'No' },
  parcial: { label: 'Parcial', value: 0.5, short: 'Parc.' },
  completo: { label: 'Completo', value: 1, short: 'Compl.' },
  'no-aplica': { label: 'No aplica', value: null, short: 'N/A' },
};

export const ANSWER_ORDER: AnswerId[] = ['no', 'parcial', 'completo', 'no-aplica'];

/**
 * Who wrote the instrument, said where it is used (the diagnostic page and the printed questionnaire):
 * the report names a diagnostic tool (3.1.3) but does not publish it; this one is the portal's own.
 */
export const INSTRUMENT_ORIGIN =
  'Este instrumento es propio del portal. Se escribió a partir de la experiencia del programa; no es un instrumento publicado en el informe.';

export const isAnswerId = (value: unknown): value is AnswerId => typeof value === 'string' && Object.hasOwn(ANSWERS, value);

export interface ResourceLink {
  kind: 'manual' | 'modulo' | 'buena-practica' | 'campana';
  title: string;
  href: string;
}

export interface Indicator {
  id: string;
  question: string;
  /** The question in a few words, for the printed answer grid. */
  short: string;
  help: string;
  evidence: string[];
  weight: number;
  mgiDomain: string;
  mgiLabel: string;
  /** When «No aplica» may be answered, in words; absent: it is not offered. */
  notApplicable?: string;
  recommendation: string;
  /** The plan's title for the action that closes the gap. */
  action: string;
  /** Indicators whose action comes before this one's. */
  dependsOn: string[];
  resources: ResourceLink[];
}

/** Whether the indicator offers «No aplica». */
export const allowsNotApplicable = (indicator: Pick<Indicator, 'notApplicable'>) => indicator.notApplicable !== undefined;

/** The answers an indicator offers, in order: «No aplica» only where the instrument allows it. */
export const answersFor = (indicator: Pick<Indicator, 'notApplicable'>): AnswerId[] =>
  allowsNotApplicable(indicator) ? ANSWER_ORDER : ANSWER_ORDER.filter((answer) => answer !== 'no-aplica');

/** An indicator as an earlier version of the instrument had it. */
export interface PastIndicator {
  id: string;
  short: string;
}

export interface Dimension {
  id: string;
  title: string;
  order: number;
  summary: string;
  indicators: Indicator[];
}

export interface Level {
  id: string;
  label: string;
  /** Score (0-100) from which the level is reached; levels ascend from 0. */
  min: number;
  description: string;
}

export interface Instrument {
  version: number;
  levels: Level[];
  /**
   * Per version, what changed from the version before: renamed ids, and that version's indicators in
   * its order (`previous`), so links, files and saved work made with it can still be read.
   */
  history: { version: number; renamed: { from: string; to: string }[]; previous: PastIndicator[] }[];
  dimensions: Dimension[];
}

/** Dimensions in instrument order (by `order`, stable). */
export function orderedDimensions(instrument: Pick<Instrument, 'dimensions'>): Dimension[] {
  return instrument.dimensions
    .map((dimension, index) => ({ dimension, index }))
    .sort((a, b) => a.dimension.order - b.dimension.order || a.index - b.index)
    .map(({ dimension }) => dimension);
}

/** Every indicator with its dimension, in instrument order. */
export function allIndicators(instrument: Pick<Instrument, 'dimensions'>): { indicator: Indicator; dimension: Dimension }[] {
  return orderedDimensions(instrument).flatMap((dimension) => dimension.indicators.map((indicator) => ({ indicator, dimension })));
}

/** The ids of the current indicators, for quick membership checks. */
export function indicatorIds(instrument: Pick<Instrument, 'dimensions'>): Set<string> {
  return new Set(allIndicators(instrument).map(({ indicator }) => indicator.id));
}

/** FNV-1a, 32 bits, over the UTF-8 bytes: tiny, stable across engines, good enough to spot changes. */
export function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Short stable hash of the ordered indicator ids. Changes when an indicator is added, removed,
 * renamed or moved, which is what breaks answers stored by position (the share link).
 */
export function instrumentFingerprint(instrument: Pick<Instrument, 'dimensions'>): string {
  return fingerprintOf(allIndicators(instrument).map(({ indicator }) => indicator.id));
}

/** The fingerprint of indicator ids in order (an earlier version's, from its `previous` list). */
export function fingerprintOf(ids: readonly string[]): string {
  return fnv1a(new TextEncoder().encode(ids.join('|'))).toString(36);
}

/** Where the page publishes the whole instrument (src/pages/diagnostico/instrumento.json.ts), for the island to fetch. */
export const INSTRUMENT_URL = '/diagnostico/instrumento.json';

/**
 * The instrument with only what a page's first screen needs, so the page's HTML stays small: ids,
 * short names, weights, whether «No aplica» is allowed, levels and history, enough to list, score,
 * import and migrate saved work. The texts a questionnaire shows (questions, help, evidence,
 * descriptions) are left out. The diagnostic fetches the whole instrument (INSTRUMENT_URL) when its
 * questionnaire or results open; the coordinators' view, which shows plans but never questions,
 * asks for them too (`withPlan`: recommendations, actions and resources).
 */
export function instrumentOutline(instrument: Instrument, { withPlan = false } = {}): Instrument {
  return {
    version: instrument.version,
    history: instrument.history,
    levels: instrument.levels.map((level) => ({ ...level, description: '' })),
    dimensions: instrument.dimensions.map((dimension) => ({
      ...dimension,
      summary: '',
      indicators: dimension.indicators.map((indicator) => ({
        id: indicator.id,
        short: indicator.short,
        weight: indicator.weight,
        mgiDomain: indicator.mgiDomain,
        question: '',
        help: '',
        evidence: [],
        mgiLabel: '',
        recommendation: withPlan ? indicator.recommendation : '',
        action: withPlan ? indicator.action : '',
        dependsOn: [],
        resources: withPlan ? indicator.resources : [],
        // Only whether it is allowed matters here (allowsNotApplicable).
        ...(indicator.notApplicable !== undefined ? { notApplicable: '' } : {}),
      })),
    })),
  };
}

/** Whether a fetched instrument is the one an outline was made from: same version, same indicators in the same order. */
export const matchesOutline = (instrument: Instrument, outline: Instrument): boolean =>
  instrument.version === outline.version && instrumentFingerprint(instrument) === instrumentFingerprint(outline);
