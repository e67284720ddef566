/**
 * «Informe para el concejo»: the two A4 pages the GET takes to the municipal council, printed before
 * the annex (the full results, which follow on paper). Page 1: who assessed what and when, that it is
 * a self-assessment with the portal's instrument (the methodology's address and a QR code), the
 * overall score and its change, and the dimensions' table. Page 2: the actions the council is asked
 * to approve, the decisions requested and the signature lines. Shown only on paper.
 */
import { monthText, type Assessment } from '../../../lib/diagnostic/assessment.ts';
import type { Instrument } from '../../../lib/diagnostic/instrument.ts';
import type { AssessmentScore } from '../../../lib/diagnostic/scoring.ts';
import type { compareAssessments } from '../../../lib/diagnostic/compare.ts';
import { ACTION_STATUSES, type CouncilAction } from '../../../lib/diagnostic/council.ts';
import type { PlanItem } from '../../../lib/diagnostic/plan.ts';
import { councilDecisions, METHODOLOGY_PATH, METHODOLOGY_QR_PATH, shortAddress } from '../../../lib/diagnostic/report.ts';
import { changeText, dateText, dimensionScoreText, levelText, scoreText } from './labels.ts';

interface Props {
  instrument: Instrument;
  assessment: Assessment;
  score: AssessmentScore;
  actions: { item: PlanItem; choice: CouncilAction }[];
  previous: Assessment | null;
  change: ReturnType<typeof compareAssessments> | null;
  /** The site's public origin, for the methodology's address. */
  origin: string;
}

const SIGNATURES = ['Coordinación del Grupo de Enlace Territorial (GET)', 'Alcaldía', 'Secretaría del Concejo Municipal'];

export default function CouncilReport({ instrument, assessment, score, actions, previous, change, origin }: Props) {
  const gad = assessment.municipio || assessment.name;
  const changes = new Map(change?.dimensions.map((d) => [d.dimension.id, d.change]) ?? []);
  return (
    <div class="council-report">
      <section class="council-report__page" aria-labelledby="informe-concejo">
        <p class="council-report__eyebrow">Informe para el concejo municipal</p>
        <h2 id="informe-concejo">Autodiagnóstico de la gestión de la movilidad humana: {gad}</h2>
        <dl class="council-report__facts">
          <dt>Gobierno Autónomo Descentralizado (GAD)</dt>
          <dd>{gad}</dd>
          <dt>Situación evaluada</dt>
          <dd>{monthText(assessment.asOf)}</dd>
          <dt>Fecha del informe</dt>
          <dd>{dateText(new Date().toISOString())}</dd>
          <dt>Grupo de Enlace Territorial (GET)</dt>
          <dd>{assessment.team || 'Sin indicar'}</dd>
          <dt>Instrumento</dt>
          <dd>Versión {instrument.version}</dd>
        </dl>
        <div class="council-report__origin">
          <p>
            Es una <strong>autoevaluación</strong>: el propio GAD respondió las preguntas con el instrumento del portal Integra, que es propio del
            portal y no una evaluación externa. Cómo se calculan los puntajes: <strong>{shortAddress(origin, METHODOLOGY_PATH)}</strong>
          </p>
          <img src={METHODOLOGY_QR_PATH} alt="" width={96} height={96} />
        </div>
        <p class="council-report__overall">
          Puntaje general: <strong>{scoreText(score.overall)} de 100</strong> · Nivel <strong>{levelText(score.overallLevel)}</strong>
          {previous && change ? (
            <>
              {' '}
              · Cambio desde la situación a {monthText(previous.asOf)}: <strong>{changeText(change.overall.change)}</strong>
            </>
          ) : (
            <> · Primera medición registrada</>
          )}
        </p>
        <table class="council-report__table council-report__scores">
          <caption>
            Puntaje (0 a 100) y nivel por dimensión{previous ? `; cambio desde la situación a ${monthText(previous.asOf)}` : ''}. Respondidas:
            con No, Parcial o Completo.
          </caption>
          <thead>
            <tr>
              <th scope="col">Dimensión</th>
              <th scope="col" class="number">Puntaje</th>
              <th scope="col">Nivel</th>
              {previous && (
                <th scope="col" class="number">
                  Cambio
                </th>
              )}
              <th scope="col" class="number">Respondidas</th>
              <th scope="col" class="number">«No aplica»</th>
              <th scope="col" class="number">Con evidencia</th>
            </tr>
          </thead>
          <tbody>
            {score.dimensions.map((d, index) => (
              <tr key={d.dimension.id}>
                <th scope="row">
                  {index + 1}. {d.dimension.title}
                </th>
                <td class="number">{dimensionScoreText(d)}</td>
                <td>{levelText(d.level)}</td>
                {previous && <td class="number">{changeText(changes.get(d.dimension.id) ?? null)}</td>}
                <td class="number">
                  {d.answered - d.notApplicable} de {d.total}
                </td>
                <td class="number">{d.notApplicable}</td>
                <td class="number">{d.withEvidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="council-report__page council-report__page--second" aria-labelledby="acciones-concejo">
        <h3 id="acciones-concejo">Acciones que se piden al concejo</h3>
        {actions.length === 0 ? (
          <p>El GET no eligió acciones: no hay brechas en las preguntas respondidas, o ninguna se lleva al concejo esta vez.</p>
        ) : (
          <table class="council-report__table council-report__actions">
            <thead>
              <tr>
                <th scope="col">Acción</th>
                <th scope="col">Área responsable</th>
                <th scope="col">Fecha prevista</th>
                <th scope="col">Costo o partida</th>
                <th scope="col">Estado</th>
              </tr>
            </thead>
            <tbody>
              {actions.map(({ item, choice }) => (
                <tr key={choice.id}>
                  <th scope="row">{item.indicator.action}</th>
                  <td>{choice.responsible || 'Por designar'}</td>
                  <td>{choice.due ? monthText(choice.due) : 'Por definir'}</td>
                  <td>{choice.cost || 'Por estimar'}</td>
                  <td>{ACTION_STATUSES[choice.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>Decisiones que se solicitan</h3>
        <ol>
          {councilDecisions(
            actions.map(({ choice }) => choice),
            assessment.asOf,
          ).map((decision) => (
            <li key={decision}>{decision}</li>
          ))}
        </ol>
        <div class="council-report__signatures">
          {SIGNATURES.map((role) => (
            <div key={role} class="council-report__signature">
              <p>Nombre y firma</p>
              <p>{role}</p>
              <p>Fecha:</p>
            </div>
          ))}
        </div>
      </section>
      <p class="council-report__annex-title">Anexo: resultados completos, plan de acción y notas de evidencia</p>
    </div>
  );
}
