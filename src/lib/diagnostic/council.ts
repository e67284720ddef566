/**
 * The actions the GET asks the council to approve: picked from the plan (at most COUNCIL_MAX, so the
 * council report fits on two pages), each with a responsible area, a date, an estimated cost or
 * budget line and a status. Saved with the assessment, exported, shared and re-imported.
 *
 * Until the GET picks, the selection is the plan's first COUNCIL_MAX actions (the plan starts with
 * the first three months). A picked action whose gap is later closed (answered Completo) leaves the
 * list shown, but its details are kept in case the answer changes back.
 */
import { MONTH, type ActionStatus, type Assessment, type CouncilAction } from './assessment.ts';
import type { PlanItem } from './plan.ts';

export type { ActionStatus, CouncilAction };

export const COUNCIL_MAX = 5;
export const COUNCIL_TEXT_MAX = 120;

export const ACTION_STATUSES: Record<ActionStatus, string> = { pendiente: 'Pendiente', 'en-curso': 'En curso', hecha: 'Hecha' };

export const isActionStatus = (value: unknown): value is ActionStatus => typeof value === 'string' && Object.hasOwn(ACTION_STATUSES, value);

const blank = (id: string): CouncilAction => ({ id, responsible: '', due: '', cost: '', status: 'pendiente' });

/** The choices as saved, or the default selection (the plan's first COUNCIL_MAX actions). */
function choices(plan: readonly PlanItem[], a: Pick<Assessment, 'council'>): CouncilAction[] {
  return a.council ?? plan.slice(0, COUNCIL_MAX).map((item) => blank(item.indicator.id));
}

/** The selected actions that are in the plan, in plan order, with the GET's details. */
export function councilActions(plan: readonly PlanItem[], a: Pick<Assessment, 'council'>): { item: PlanItem; choice: CouncilAction }[] {
  const byId = new Map(choices(plan, a).map((choice) => [choice.id, choice]));
  return plan.flatMap((item) => {
    const choice = byId.get(item.indicator.id);
    return choice ? [{ item, choice }] : [];
  });
}

/** Whether another action can be selected (the shown selection is below COUNCIL_MAX). */
export const canSelectMore = (plan: readonly PlanItem[], a: Pick<Assessment, 'council'>) => councilActions(plan, a).length < COUNCIL_MAX;

/**
 * Selects or leaves out an action. Selecting beyond COUNCIL_MAX returns the assessment unchanged
 * (the island disables the choice and says why). Leaving one out keeps nothing of it.
 */
export function selectAction(a: Assessment, plan: readonly PlanItem[], id: string, selected: boolean, now: Date): Assessment {
  const current = choices(plan, a);
  const shown = new Set(councilActions(plan, a).map(({ choice }) => choice.id));
  if (selected === shown.has(id)) return a;
  if (selected && shown.size >= COUNCIL_MAX) return a;
  if (!plan.some((item) => item.indicator.id === id)) return a;
  const council = selected ? [...current.filter((choice) => choice.id !== id), blank(id)] : current.filter((choice) => choice.id !== id);
  return { ...a, council, updatedAt: now.toISOString() };
}

/** Changes the details of a selected action; texts are cut to COUNCIL_TEXT_MAX, a date must be a month. */
export function updateCouncilAction(
  a: Assessment,
  plan: readonly PlanItem[],
  id: string,
  change: Partial<Omit<CouncilAction, 'id'>>,
  now: Date,
): Assessment {
  const current = choices(plan, a);
  const index = current.findIndex((choice) => choice.id === id);
  if (index === -1) return a;
  const next: CouncilAction = { ...current[index] };
  for (const key of ['responsible', 'cost'] as const) {
    const value = change[key];
    if (value !== undefined) next[key] = value.slice(0, COUNCIL_TEXT_MAX);
  }
  if (change.due !== undefined && (change.due === '' || MONTH.test(change.due))) next.due = change.due;
  if (change.status !== undefined && isActionStatus(change.status)) next.status = change.status;
  if (JSON.stringify(next) === JSON.stringify(current[index]) && a.council) return a;
  const council = current.map((choice, i) => (i === index ? next : choice));
  return { ...a, council, updatedAt: now.toISOString() };
}
