/** A small instrument shared by the diagnostic tests, with hand-checkable weights. */
import type { Assessment, IndicatorAnswer } from '../../../src/lib/diagnostic/assessment.ts';
import type { AnswerId, Dimension, Indicator, Instrument } from '../../../src/lib/diagnostic/instrument.ts';

/** An indicator that allows «No aplica» unless `overrides` says otherwise (`notApplicable: undefined`). */
export function indicator(id: string, weight: number, overrides: Partial<Indicator> = {}): Indicator {
  return {
    id,
    question: `¿Pregunta del indicador ${id}?`,
    short: `Indicador ${id}`,
    help: 'Cómo decidir la respuesta.',
    evidence: ['Acta'],
    weight,
    mgiDomain: 'alianzas',
    mgiLabel: 'Alianzas',
    notApplicable: 'El cantón no tiene esa competencia.',
    recommendation: 'Qué hacer.',
    action: `Cerrar la brecha de ${id}`,
    dependsOn: [],
    resources: [{ kind: 'manual', title: 'Manual', href: '/manuales/x/' }],
    ...overrides,
  };
}

/** The reason the fixture gives a «No aplica» written as a bare answer. */
export const NA_REASON = 'El cantón no tiene esa competencia.';

export function dimension(id: string, order: number, indicators: Indicator[]): Dimension {
  return { id, title: `Dimensión ${id}`, order, summary: 'Resumen de la dimensión.', indicators };
}

/** Indicators of an earlier version, named as the fixture names them. */
function past(ids: string[]) {
  return ids.map((id) => ({ id, short: `Indicador ${id}` }));
}

/**
 * Version 3. Institucional: c (peso 3), presupuesto (2), normativa (1). Servicios: ventanilla (1),
 * protocolo (3), datos (4). Alianzas: mesa (2), the one-indicator dimension. "c" was "a" in v1 and
 * "b" in v2; "retirado" was dropped in v3 and "datos" is new in v2. Dimensions listed out of order on purpose: `order` decides.
 */
export const instrument: Instrument = {
  version: 3,
  levels: [
    { id: 'inicial', label: 'Inicial', min: 0, description: 'Primeros pasos.' },
    { id: 'basico', label: 'Básico', min: 35, description: 'Algo hecho.' },
    { id: 'intermedio', label: 'Intermedio', min: 60, description: 'Bastante hecho.' },
    { id: 'avanzado', label: 'Avanzado', min: 85, description: 'Casi todo hecho.' },
  ],
  history: [
    { version: 3, renamed: [{ from: 'b', to: 'c' }], previous: past(['b', 'presupuesto', 'normativa', 'retirado', 'ventanilla', 'protocolo', 'datos', 'mesa']) },
    { version: 2, renamed: [{ from: 'a', to: 'b' }], previous: past(['a', 'presupuesto', 'normativa', 'retirado', 'ventanilla', 'protocolo', 'mesa']) },
  ],
  dimensions: [
    dimension('servicios', 2, [indicator('ventanilla', 1), indicator('protocolo', 3), indicator('datos', 4)]),
    dimension('institucional', 1, [indicator('c', 3), indicator('presupuesto', 2), indicator('normativa', 1)]),
    dimension('alianzas', 3, [indicator('mesa', 2)]),
  ],
};

export const [servicios, institucional, alianzas] = instrument.dimensions;

/** An assessment with the given answers (and optional notes) on the fixture instrument; a bare «No aplica» gets NA_REASON. */
export function assessment(answers: Record<string, AnswerId | IndicatorAnswer>, overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'eval-1',
    name: 'Latacunga - marzo 2026',
    municipio: 'Latacunga',
    team: 'Dirección de Desarrollo Social',
    createdAt: '2026-03-10T15:00:00.000Z',
    updatedAt: '2026-03-12T16:30:00.000Z',
    instrumentVersion: instrument.version,
    asOf: '2026-03',
    answers: Object.fromEntries(
      Object.entries(answers).map(([id, value]) => [id, typeof value !== 'string' ? value : value === 'no-aplica' ? { answer: value, reason: NA_REASON } : { answer: value }]),
    ),
    ...overrides,
  };
}

/** The size of the real instrument: 6 dimensions × 8 indicators, with realistic ids. */
export function bigInstrument(): Instrument {
  const topics = ['planificacion', 'normativa', 'presupuesto', 'servicios', 'datos', 'alianzas'];
  return {
    ...instrument,
    history: [],
    dimensions: topics.map((topic, d) =>
      dimension(
        topic,
        d + 1,
        Array.from({ length: 8 }, (_, i) => indicator(`${topic}-movilidad-humana-${i + 1}`, 1 + (i % 3))),
      ),
    ),
  };
}

/**
 * Latacunga, answered in part, with notes: institucional 66,7 (Intermedio), servicios sin datos,
 * alianzas 50 (Básico); general 58,3.
 */
export const answeredInPart = assessment({
  c: { answer: 'completo', note: 'Ordenanza aprobada' },
  presupuesto: 'parcial',
  normativa: 'no',
  ventanilla: 'no-aplica',
  protocolo: { note: 'En revisión' },
  mesa: 'parcial',
});
