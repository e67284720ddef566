/**
 * The improvement plan: one action per gap, i.e. per indicator answered No or Parcial (unanswered
 * and «No aplica» are not gaps), titled with the instrument's action for that indicator.
 *
 * - Impact = peso × (1 − valor): what closing the gap would add to the dimension's weighted sum.
 *   Priority: alta from impact 2, media from 1, baja below.
 * - Order: phase by phase (below); within a phase, an action comes after the actions it depends on (the instrument's `dependsOn`, among the
 *   plan's own actions: a prerequisite already Completo or «No aplica» is not waited for); among
 *   the actions that are ready, highest impact first, then the weaker dimension (lower score,
 *   dimensions without score last), then instrument order.
 * - Phases: «Primeros 3 meses» for the high-priority actions that wait for no other; «Este año» for
 *   the medium-priority ones that wait for none and the high- or medium-priority ones that wait
 *   one step; «Después» for the rest (low priority, or two steps of waiting). An action is never in
 *   an earlier phase than an action it depends on.
 */
import { answerStatus, type Assessment } from './assessment.ts';
import { dependencyDepths, orderByDependencies } from './dependencies.ts';
import { ANSWERS, allIndicators, type Dimension, type Indicator, type Instrument } from './instrument.ts';
import { scoreDimension } from './scoring.ts';

export type Priority = 'alta' | 'media' | 'baja';

export type PhaseId = 'primeros-3-meses' | 'este-ano' | 'despues';

export const PHASES: { id: PhaseId; label: string; description: string }[] = [
  { id: 'primeros-3-meses', label: 'Primeros 3 meses', description: 'Acciones de prioridad alta que no esperan a otra.' },
  { id: 'este-ano', label: 'Este año', description: 'Acciones de prioridad media, y las que esperan a una acción de los primeros meses.' },
  { id: 'despues', label: 'Después', description: 'Acciones de prioridad baja, y las que esperan a acciones de este año.' },
];

export interface PlanItem {
  indicator: Indicator;
  dimension: Dimension;
  answer: 'no' | 'parcial';
  priority: Priority;
  impact: number;
  phase: PhaseId;
  /** The plan's actions (indicator ids) this one waits for. */
  waitsFor: string[];
  note?: string;
}

export function priorityFor(impact: number): Priority {
  if (impact >= 2) return 'alta';
  if (impact >= 1) return 'media';
  return 'baja';
}

const PHASE_RANK: Record<PhaseId, number> = { 'primeros-3-meses': 0, 'este-ano': 1, despues: 2 };

function ownPhase(priority: Priority, depth: number): PhaseId {
  if (priority === 'baja' || depth >= 2) return 'despues';
  return depth === 0 && priority === 'alta' ? 'primeros-3-meses' : 'este-ano';
}

export function buildPlan(instrument: Instrument, assessment: Pick<Assessment, 'answers'>): PlanItem[] {
  const dimensionScores = new Map<string, number | null>();
  for (const dimension of instrument.dimensions) {
    dimensionScores.set(dimension.id, scoreDimension(dimension, assessment.answers, instrument.levels).score);
  }
  const gaps = allIndicators(instrument).flatMap(({ indicator, dimension }, index) => {
    const entry = assessment.answers[indicator.id];
    const answer = entry?.answer;
    if ((answer !== 'no' && answer !== 'parcial') || answerStatus(indicator, entry) !== 'answered') return [];
    // Weights times 0 or 0.5 are exact in binary, so equal impacts compare equal.
    const impact = indicator.weight * (1 - (ANSWERS[answer].value ?? 0));
    return [{ id: indicator.id, dependsOn: indicator.dependsOn, indicator, dimension, answer, impact, index, note: entry?.note, score: dimensionScores.get(dimension.id) ?? null }];
  });
  const inPlan = new Set(gaps.map((gap) => gap.id));
  const depths = dependencyDepths(gaps);
  const ordered = orderByDependencies(
    gaps,
    (a, b) => b.impact - a.impact || (a.score ?? Number.POSITIVE_INFINITY) - (b.score ?? Number.POSITIVE_INFINITY) || a.index - b.index,
  );
  const phases = new Map<string, PhaseId>();
  const items = ordered.map((gap) => {
    const waitsFor = gap.dependsOn.filter((id) => inPlan.has(id) && id !== gap.id);
    const priority = priorityFor(gap.impact);
    // Dependencies come first in `ordered`, so their phase is known here.
    const phase = [ownPhase(priority, depths.get(gap.id) ?? 0), ...waitsFor.map((id) => phases.get(id) ?? 'despues')].reduce((a, b) =>
      PHASE_RANK[b] > PHASE_RANK[a] ? b : a,
    );
    phases.set(gap.id, phase);
    const item: PlanItem = { indicator: gap.indicator, dimension: gap.dimension, answer: gap.answer, priority, impact: gap.impact, phase, waitsFor };
    if (gap.note !== undefined) item.note = gap.note;
    return item;
  });
  // Listed phase by phase; within a phase, dependencies first, as ordered above.
  return PHASES.flatMap((phase) => items.filter((item) => item.phase === phase.id));
}

/** The plan's actions by phase, each phase in plan order; phases without actions are left out. */
export function planByPhase(plan: readonly PlanItem[]): { phase: (typeof PHASES)[number]; items: PlanItem[] }[] {
  return PHASES.map((phase) => ({ phase, items: plan.filter((item) => item.phase === phase.id) })).filter((group) => group.items.length > 0);
}
