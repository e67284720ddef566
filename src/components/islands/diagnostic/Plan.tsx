/**
 * The action plan on the results page: the actions in three phases, each with why it is there, what
 * it waits for, what to do and where to read more; and the GET's choice of the actions the council
 * is asked to approve (at most COUNCIL_MAX), with a responsible area, a month, a cost and a status.
 */
import type { Assessment } from '../../../lib/diagnostic/assessment.ts';
import { ANSWERS } from '../../../lib/diagnostic/instrument.ts';
import { planByPhase, type PlanItem } from '../../../lib/diagnostic/plan.ts';
import {
  ACTION_STATUSES,
  canSelectMore,
  COUNCIL_MAX,
  COUNCIL_TEXT_MAX,
  councilActions,
  selectAction,
  updateCouncilAction,
  type CouncilAction,
} from '../../../lib/diagnostic/council.ts';
import { countText, MONTH_PATTERN, PRIORITY_LABELS } from './labels.ts';

interface Props {
  plan: PlanItem[];
  assessment: Assessment;
  onChange: (assessment: Assessment) => void;
}

export default function Plan({ plan, assessment, onChange }: Props) {
  if (plan.length === 0) return <p>No hay respuestas «No» ni «Parcial»: no hay brechas que cerrar con las preguntas respondidas.</p>;
  const chosen = new Map(councilActions(plan, assessment).map(({ choice }) => [choice.id, choice]));
  const more = canSelectMore(plan, assessment);
  const titles = new Map(plan.map((item) => [item.indicator.id, item.indicator.action]));
  return (
    <>
      <p>
        {countText(plan.length, 'acción', 'acciones')} en tres etapas. Cada acción va después de las que necesita; entre las que pueden empezar,
        primero las de mayor impacto (peso de la pregunta y distancia a «Completo»).
      </p>
      <p class="no-print">
        Marque hasta {COUNCIL_MAX} acciones para pedir al concejo que las apruebe ({chosen.size} de {COUNCIL_MAX} elegidas). Al principio están
        marcadas las {Math.min(COUNCIL_MAX, plan.length)} primeras del plan.
      </p>
      {planByPhase(plan).map(({ phase, items }) => (
        <section key={phase.id} aria-labelledby={`etapa-${phase.id}`} class="diagnostic__phase">
          <h4 id={`etapa-${phase.id}`}>
            {phase.label} <span class="diagnostic__phase-count">({countText(items.length, 'acción', 'acciones')})</span>
          </h4>
          <p class="diagnostic__help">{phase.description}</p>
          <ol class="diagnostic__plan" start={plan.indexOf(items[0]) + 1}>
            {items.map((item) => (
              <li key={item.indicator.id} class="diagnostic__plan-item">
                <h5 class="diagnostic__plan-title">{item.indicator.action}</h5>
                <p class={`diagnostic__priority diagnostic__priority--${item.priority}`}>{PRIORITY_LABELS[item.priority]}</p>
                <p class="diagnostic__plan-question">
                  {item.indicator.question}{' '}
                  <span class="diagnostic__plan-answer">
                    (respuesta: {ANSWERS[item.answer].label}; peso {item.indicator.weight}; {item.dimension.title})
                  </span>
                </p>
                {item.waitsFor.length > 0 && (
                  <p class="diagnostic__plan-after">Después de: {item.waitsFor.map((id) => `«${titles.get(id)}»`).join(', ')}.</p>
                )}
                <p>{item.indicator.recommendation}</p>
                {item.indicator.resources.length > 0 && (
                  <ul class="diagnostic__resources">
                    {item.indicator.resources.map((resource) => (
                      <li key={resource.href}>
                        <a href={resource.href}>{resource.title}</a>
                      </li>
                    ))}
                  </ul>
                )}
                {item.note && <p class="diagnostic__note">Nota de evidencia: {item.note}</p>}
                <CouncilChoice
                  item={item}
                  choice={chosen.get(item.indicator.id)}
                  canSelect={more}
                  onSelect={(selected) => onChange(selectAction(assessment, plan, item.indicator.id, selected, new Date()))}
                  onDetails={(change) => onChange(updateCouncilAction(assessment, plan, item.indicator.id, change, new Date()))}
                />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

interface ChoiceProps {
  item: PlanItem;
  choice: CouncilAction | undefined;
  canSelect: boolean;
  onSelect: (selected: boolean) => void;
  onDetails: (change: Partial<Omit<CouncilAction, 'id'>>) => void;
}

/** «Pedir al concejo» for one action and, once chosen, its details. */
function CouncilChoice({ item, choice, canSelect, onSelect, onDetails }: ChoiceProps) {
  const id = item.indicator.id;
  const full = !choice && !canSelect;
  return (
    <div class="diagnostic__council no-print">
      <label class="diagnostic__council-pick">
        <input
          type="checkbox"
          checked={choice !== undefined}
          disabled={full}
          aria-describedby={full ? `lleno-${id}` : undefined}
          onChange={(e) => onSelect(e.currentTarget.checked)}
        />
        Pedir al concejo que apruebe esta acción
      </label>
      {full && (
        <p id={`lleno-${id}`} class="diagnostic__help">
          Ya eligió {COUNCIL_MAX}: quite otra para elegir esta. Así el informe para el concejo cabe en dos páginas.
        </p>
      )}
      {choice && (
        <fieldset class="diagnostic__council-details">
          <legend>Para el concejo: «{item.indicator.action}»</legend>
          <div class="field">
            <label for={`responsable-${id}`}>Área responsable</label>
            <input
              id={`responsable-${id}`}
              value={choice.responsible}
              maxLength={COUNCIL_TEXT_MAX}
              onInput={(e) => onDetails({ responsible: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`fecha-${id}`}>Fecha prevista (mes y año)</label>
            <input
              id={`fecha-${id}`}
              type="month"
              pattern={MONTH_PATTERN}
              placeholder="2026-09"
              defaultValue={choice.due}
              onChange={(e) => onDetails({ due: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`costo-${id}`}>Costo estimado o partida presupuestaria</label>
            <input id={`costo-${id}`} value={choice.cost} maxLength={COUNCIL_TEXT_MAX} onInput={(e) => onDetails({ cost: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for={`estado-${id}`}>Estado</label>
            <select id={`estado-${id}`} value={choice.status} onChange={(e) => onDetails({ status: e.currentTarget.value as CouncilAction['status'] })}>
              {Object.entries(ACTION_STATUSES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      )}
    </div>
  );
}
