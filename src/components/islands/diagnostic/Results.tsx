/**
 * Results of one assessment: scores per dimension (radar and table), strengths and gaps, the action
 * plan, evidence notes; print as a council report, export, share, and compare with another one.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { allIndicators, orderedDimensions, type Instrument } from '../../../lib/diagnostic/instrument.ts';
import { answerStatus, monthText, type Assessment } from '../../../lib/diagnostic/assessment.ts';
import { scoreAssessment, strengthsAndGaps, whereToStart, type DimensionScore } from '../../../lib/diagnostic/scoring.ts';
import { buildPlan } from '../../../lib/diagnostic/plan.ts';
import { nextLevelDistance, nextLevelText } from '../../../lib/diagnostic/next-level.ts';
import Plan from './Plan.tsx';
import CouncilReport from './CouncilReport.tsx';
import { councilActions } from '../../../lib/diagnostic/council.ts';
import { previousAssessment, shortAddress } from '../../../lib/diagnostic/report.ts';
import { chronological, compareAssessments } from '../../../lib/diagnostic/compare.ts';
import { exportCsv, exportJson } from '../../../lib/diagnostic/exchange.ts';
import { encodeShare } from '../../../lib/diagnostic/share.ts';
import { changeText, countText, dateText, dimensionScoreText, levelText, scoreText } from './labels.ts';
import { copyText, download, fileNameFor } from './browser.ts';
import type { RadarSeries } from './radar-chart.ts';

interface Props {
  instrument: Instrument;
  assessment: Assessment;
  others: Assessment[];
  headingRef: RefObject<HTMLHeadingElement>;
  announce: (message: string) => void;
  onChange: (assessment: Assessment) => void;
  /** The site's public origin, for addresses written out on paper. */
  origin: string;
  onEdit: (dimension: number) => void;
  onList: () => void;
}

export default function Results({ instrument, assessment, others, headingRef, announce, onChange, origin, onEdit, onList }: Props) {
  const score = scoreAssessment(instrument, assessment);
  const { strengths } = strengthsAndGaps(score);
  const start = whereToStart(score);
  const plan = buildPlan(instrument, assessment);
  const dimensions = orderedDimensions(instrument);
  const [compareId, setCompareId] = useState('');
  const other = others.find((a) => a.id === compareId);
  // Always from the earlier situation to the later, whichever is open.
  const [earlier, later] = other ? chronological(other, assessment) : [undefined, undefined];
  const comparison = earlier && later ? compareAssessments(instrument, earlier, later) : null;
  // The council report measures change from an earlier situation: the one compared with, else the latest of the same GAD.
  const previous = previousAssessment(assessment, others, compareId);
  const sincePrevious = previous ? compareAssessments(instrument, previous, assessment) : null;
  const missing = score.total - score.answered;
  const notes = allIndicators(instrument).filter(({ indicator }) => assessment.answers[indicator.id]?.note);
  const notApplicable = allIndicators(instrument).filter(({ indicator }) => {
    const status = answerStatus(indicator, assessment.answers[indicator.id]);
    return status === 'not-applicable' || status === 'needs-reason';
  });
  const series: RadarSeries[] = [
    { label: assessment.name, values: score.dimensions.map((d) => d.score) },
    ...(other ? [{ label: other.name, values: scoreAssessment(instrument, other).dimensions.map((d) => d.score) }] : []),
  ];

  return (
    <div class="diagnostic__results">
      <CouncilReport
        instrument={instrument}
        assessment={assessment}
        score={score}
        actions={councilActions(plan, assessment)}
        previous={previous}
        change={sincePrevious}
        origin={origin}
      />
      <div class="diagnostic__bar no-print">
        <div class="diagnostic__actions">
          <button type="button" class="button button--secondary" onClick={onList}>
            Mis autodiagnósticos
          </button>
          <button type="button" class="button button--secondary" onClick={() => onEdit(0)}>
            Volver a las preguntas
          </button>
        </div>
      </div>
      <header class="diagnostic__report-header">
        <h2 ref={headingRef} tabIndex={-1}>
          Resultados: {assessment.name}
        </h2>
        <dl class="diagnostic__facts">
          {assessment.municipio && (
            <>
              <dt>Municipio</dt>
              <dd>{assessment.municipio}</dd>
            </>
          )}
          {assessment.team && (
            <>
              <dt>Equipo</dt>
              <dd>{assessment.team}</dd>
            </>
          )}
          <dt>Situación a</dt>
          <dd>{monthText(assessment.asOf)}</dd>
          <dt>Última actualización</dt>
          <dd>{dateText(assessment.updatedAt)}</dd>
          <dt>Respondidas</dt>
          <dd>
            {score.answered} de {score.total} preguntas (instrumento versión {instrument.version})
          </dd>
        </dl>
      </header>
      {missing > 0 && (
        <p class="diagnostic__warning">
          Faltan {countText(missing, 'pregunta', 'preguntas')} por responder. Los puntajes cuentan solo las respondidas.
        </p>
      )}

      <section aria-labelledby="puntaje-general" class="diagnostic__overall">
        <h3 id="puntaje-general">Puntaje general</h3>
        <p>
          <span class="diagnostic__big">{scoreText(score.overall)}</span> de 100 · Nivel <strong>{levelText(score.overallLevel)}</strong>
        </p>
        {score.overallLevel && <p>{score.overallLevel.description}</p>}
      </section>

      <section aria-labelledby="por-dimension">
        <h3 id="por-dimension">Puntaje por dimensión</h3>
        <Radar labels={dimensions.map((d) => d.title)} series={series} title={`Perfil por dimensión de ${assessment.name}`} />
        {other && (
          <p class="diagnostic__radar-key">
            Línea continua: «{assessment.name}». Línea discontinua: «{other.name}».
          </p>
        )}
        <ScoreTable scores={score.dimensions} onEdit={onEdit} />
        <NextLevels instrument={instrument} assessment={assessment} scores={score.dimensions} />
      </section>

      <div class="diagnostic__columns">
        <section aria-labelledby="fortalezas">
          <h3 id="fortalezas">Fortalezas</h3>
          <DimensionList items={strengths} empty="Ninguna dimensión llega todavía a los dos niveles más altos." />
        </section>
        <section aria-labelledby="por-donde-empezar">
          <h3 id="por-donde-empezar">Por dónde empezar</h3>
          {start.length === 0 ? (
            <p>No quedan brechas en las dimensiones con puntaje.</p>
          ) : (
            <>
              <p>Las dimensiones que más subirían el puntaje general si se cerraran todas sus brechas:</p>
              <ul>
                {start.map(({ dimension, room }) => (
                  <li key={dimension.dimension.id}>
                    {dimension.dimension.title}: {scoreText(dimension.score)} ({levelText(dimension.level)}); hasta +{scoreText(room)} puntos en el
                    puntaje general.
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>

      <section aria-labelledby="plan-de-accion">
        <h3 id="plan-de-accion">Plan de acción</h3>
        <p class="print-only">Las direcciones de los recursos son páginas del portal, en {shortAddress(origin, '')}.</p>
        <Plan plan={plan} assessment={assessment} onChange={onChange} />
      </section>

      {notApplicable.length > 0 && (
        <section aria-labelledby="no-aplica">
          <h3 id="no-aplica">Preguntas marcadas «No aplica»</h3>
          <p>No cuentan en los puntajes. El motivo que dio el equipo:</p>
          <dl class="diagnostic__notes">
            {notApplicable.map(({ indicator }) => (
              <>
                <dt key={`${indicator.id}-q`}>{indicator.question}</dt>
                <dd key={`${indicator.id}-r`}>{assessment.answers[indicator.id].reason ?? 'Falta el motivo.'}</dd>
              </>
            ))}
          </dl>
        </section>
      )}

      {notes.length > 0 && (
        <section aria-labelledby="notas-de-evidencia">
          <h3 id="notas-de-evidencia">Notas de evidencia</h3>
          <dl class="diagnostic__notes">
            {notes.map(({ indicator }) => (
              <>
                <dt key={`${indicator.id}-q`}>{indicator.question}</dt>
                <dd key={`${indicator.id}-n`}>{assessment.answers[indicator.id].note}</dd>
              </>
            ))}
          </dl>
        </section>
      )}

      <Compare others={others} compareId={compareId} onSelect={setCompareId} comparison={comparison} earlier={earlier} later={later} />

      <section aria-labelledby="guardar-compartir" class="no-print">
        <h3 id="guardar-compartir">Imprimir, guardar y compartir</h3>
        <p>
          Este autodiagnóstico está guardado solo en este navegador: si se borran sus datos, se pierde. Descargue una copia (JSON) al terminar
          cada reunión.
        </p>
        <div class="diagnostic__actions">
          <button type="button" class="button" onClick={() => window.print()}>
            Imprimir el informe para el concejo
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              download(`${fileNameFor(assessment.name)}.json`, exportJson(instrument, assessment, new Date()), 'application/json');
              announce('Archivo JSON descargado.');
            }}
          >
            Descargar JSON (para importar)
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              download(`${fileNameFor(assessment.name)}.csv`, exportCsv(instrument, assessment), 'text/csv;charset=utf-8');
              announce('Archivo CSV descargado.');
            }}
          >
            Descargar CSV (hoja de cálculo)
          </button>
        </div>
        <ShareLink instrument={instrument} assessment={assessment} announce={announce} />
      </section>
    </div>
  );
}

function Radar({ labels, series, title }: { labels: string[]; series: RadarSeries[]; title: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let destroy: (() => void) | undefined;
    let cancelled = false;
    void import('./radar-chart.ts').then(({ drawRadar }) => {
      if (!cancelled && canvasRef.current) destroy = drawRadar(canvasRef.current, labels, series);
    });
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [JSON.stringify(series)]);
  return (
    <div class="diagnostic__radar">
      <canvas ref={canvasRef} role="img" aria-label={`Gráfico de radar: ${title}. Los mismos puntajes están en la tabla.`} />
    </div>
  );
}

function ScoreTable({ scores, onEdit }: { scores: DimensionScore[]; onEdit: (dimension: number) => void }) {
  return (
    <div class="table-wrap" role="region" aria-labelledby="tabla-puntajes" tabindex={0}>
      <table>
        <caption id="tabla-puntajes">Puntaje y nivel por dimensión (0 a 100)</caption>
        <thead>
          <tr>
            <th scope="col">Dimensión</th>
            <th scope="col" class="number">
              Puntaje
            </th>
            <th scope="col">Nivel</th>
            <th scope="col" class="number">
              Respondidas
            </th>
            <th scope="col" class="number">
              «No aplica»
            </th>
            <th scope="col" class="number">
              Con evidencia
            </th>
          </tr>
        </thead>
        <tbody>
          {scores.map((s, index) => (
            <tr key={s.dimension.id}>
              <th scope="row">
                <button type="button" class="link-button" onClick={() => onEdit(index)}>
                  {index + 1}. {s.dimension.title}
                </button>
              </th>
              <td class="number">{dimensionScoreText(s)}</td>
              <td>{levelText(s.level)}</td>
              <td class="number">
                {s.answered - s.notApplicable} de {s.total}
              </td>
              <td class="number">{s.notApplicable}</td>
              <td class="number">{s.withEvidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Per dimension, in plain text: the points to the next level and the fewest answers that would reach it. */
function NextLevels({ instrument, assessment, scores }: { instrument: Instrument; assessment: Assessment; scores: DimensionScore[] }) {
  return (
    <section aria-labelledby="nivel-siguiente" class="diagnostic__next-levels">
      <h4 id="nivel-siguiente">Cuánto falta para el nivel siguiente</h4>
      <p class="diagnostic__help">
        Con las respuestas dadas, el menor número de preguntas que bastaría mejorar. El peso de cada pregunta (de 1 a 3) figura en el plan de
        acción.
      </p>
      <ul>
        {scores.map((s, index) => (
          <li key={s.dimension.id}>
            <strong>
              {index + 1}. {s.dimension.title}
            </strong>{' '}
            ({dimensionScoreText(s)}
            {s.level ? `; ${s.level.label}` : ''}). {nextLevelText(nextLevelDistance(s.dimension, assessment.answers, instrument.levels))}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DimensionList({ items, empty }: { items: DimensionScore[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {items.map((s) => (
        <li key={s.dimension.id}>
          {s.dimension.title}: {scoreText(s.score)} ({levelText(s.level)})
        </li>
      ))}
    </ul>
  );
}

interface CompareProps {
  others: Assessment[];
  compareId: string;
  onSelect: (id: string) => void;
  comparison: ReturnType<typeof compareAssessments> | null;
  earlier: Assessment | undefined;
  later: Assessment | undefined;
}

/** «Nombre (situación a marzo de 2026)». */
const describe = (a: Assessment | undefined) => (a ? `«${a.name}» (situación a ${monthText(a.asOf)})` : '');

function Compare({ others, compareId, onSelect, comparison, earlier, later }: CompareProps) {
  return (
    <section aria-labelledby="comparar" class={comparison ? undefined : 'no-print'}>
      <h3 id="comparar">Comparar con otro autodiagnóstico</h3>
      {others.length === 0 ? (
        <p>Cuando tenga otro autodiagnóstico en este navegador (por ejemplo, el del año anterior), podrá ver aquí el cambio por dimensión.</p>
      ) : (
        <div class="field no-print">
          <label for="comparar-con">Comparar con</label>
          <select id="comparar-con" value={compareId} onChange={(e) => onSelect(e.currentTarget.value)}>
            <option value="">No comparar</option>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} (situación a {monthText(a.asOf)})
              </option>
            ))}
          </select>
        </div>
      )}
      {comparison && (
        <div class="table-wrap" role="region" aria-labelledby="tabla-comparacion" tabindex={0}>
          <table>
            <caption id="tabla-comparacion">
              Cambio por dimensión: de {describe(earlier)} a {describe(later)}. El gráfico de radar de arriba muestra los dos.
            </caption>
            <thead>
              <tr>
                <th scope="col">Dimensión</th>
                <th scope="col" class="number">
                  Antes
                </th>
                <th scope="col" class="number">
                  Ahora
                </th>
                <th scope="col" class="number">
                  Cambio
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.dimensions.map((d) => (
                <tr key={d.dimension.id}>
                  <th scope="row">{d.dimension.title}</th>
                  <td class="number">{scoreText(d.before)}</td>
                  <td class="number">{scoreText(d.after)}</td>
                  <td class="number">{changeText(d.change)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Puntaje general</th>
                <td class="number">{scoreText(comparison.overall.before)}</td>
                <td class="number">{scoreText(comparison.overall.after)}</td>
                <td class="number">{changeText(comparison.overall.change)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The share link: made on request; then the phone's share sheet where the browser has one (Web Share
 * API), «Copiar enlace» beside it, and a visible confirmation of what happened.
 */
function ShareLink({ instrument, assessment, announce }: { instrument: Instrument; assessment: Assessment; announce: (m: string) => void }) {
  const [link, setLink] = useState('');
  const [done, setDone] = useState('');
  useEffect(() => {
    setLink('');
    setDone('');
  }, [assessment]);
  const say = (message: string) => {
    setDone(message);
    announce(message);
  };
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <div class="diagnostic__share">
      <p>
        Para compartir con su equipo, cree un enlace: lleva las respuestas dentro del propio enlace (después de «#»), que el navegador no envía
        a ningún servidor. Quien lo abra podrá importarlo como un autodiagnóstico nuevo. Es un autodiagnóstico con el instrumento propio del
        portal.
      </p>
      {!link ? (
        <button
          type="button"
          class="button button--secondary"
          onClick={async () => {
            const fragment = await encodeShare(instrument, assessment);
            setLink(`${location.origin}${location.pathname}#${fragment}`);
            say('Enlace creado.');
          }}
        >
          Crear enlace para compartir
        </button>
      ) : (
        <>
          <div class="field">
            <label for="enlace-compartir">Enlace para compartir ({link.length} caracteres)</label>
            <input id="enlace-compartir" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </div>
          <div class="diagnostic__actions">
            {canShare && (
              <button
                type="button"
                class="button"
                onClick={async () => {
                  try {
                    await navigator.share({ title: assessment.name, text: `Autodiagnóstico «${assessment.name}» (portal Integra)`, url: link });
                    say('Enlace enviado.');
                  } catch (error) {
                    // Closing the share sheet is not an error; anything else is said.
                    if (!(error instanceof DOMException && error.name === 'AbortError')) say('No se pudo abrir el menú para compartir. Copie el enlace.');
                  }
                }}
              >
                Compartir…
              </button>
            )}
            <button
              type="button"
              class={canShare ? 'button button--secondary' : 'button'}
              onClick={async () => say((await copyText(link)) ? 'Enlace copiado. Péguelo en un correo o un mensaje.' : 'No se pudo copiar: seleccione el enlace y cópielo.')}
            >
              Copiar enlace
            </button>
          </div>
        </>
      )}
      {done && (
        <p class="diagnostic__confirmation" role="status">
          {done}
        </p>
      )}
    </div>
  );
}
