/** Answering the instrument one dimension at a time: the list of dimensions, a progress bar, the indicators. */
import type { RefObject } from 'preact';
import { ANSWERS, answersFor, orderedDimensions, type Indicator, type Instrument } from '../../../lib/diagnostic/instrument.ts';
import {
  answerIndicator,
  answerStatus,
  noteIndicator,
  NOTE_MAX,
  progress,
  reasonIndicator,
  REASON_MAX,
  type Assessment,
} from '../../../lib/diagnostic/assessment.ts';

interface Props {
  instrument: Instrument;
  assessment: Assessment;
  dimension: number;
  headingRef: RefObject<HTMLHeadingElement>;
  onChange: (assessment: Assessment) => void;
  onDimension: (index: number) => void;
  onResults: () => void;
  onList: () => void;
}

export default function Questionnaire({ instrument, assessment, dimension: index, headingRef, onChange, onDimension, onResults, onList }: Props) {
  const dimensions = orderedDimensions(instrument);
  const dimension = dimensions[Math.min(index, dimensions.length - 1)];
  const status = progress(instrument, assessment);
  const last = index >= dimensions.length - 1;
  return (
    <div class="diagnostic__questionnaire">
      <div class="diagnostic__bar">
        <p class="diagnostic__title">
          <strong>{assessment.name}</strong>
        </p>
        <div class="diagnostic__actions">
          <button type="button" class="button button--secondary" onClick={onList}>
            Mis autodiagnósticos
          </button>
          <button type="button" class="button button--secondary" onClick={onResults}>
            Ver resultados
          </button>
        </div>
      </div>
      <div class="diagnostic__progress">
        <label for="avance">
          {status.answered} de {status.total} preguntas respondidas
        </label>
        <progress id="avance" max={status.total} value={status.answered}>
          {status.answered} de {status.total}
        </progress>
      </div>
      <div class="diagnostic__stepper">
        <nav class="diagnostic__dimensions" aria-label="Dimensiones del autodiagnóstico">
          <ol>
            {dimensions.map((d, i) => {
              const s = status.byDimension[d.id];
              return (
                <li key={d.id}>
                  <button
                    type="button"
                    class={s.complete ? 'diagnostic__step diagnostic__step--complete' : 'diagnostic__step'}
                    aria-current={i === index ? 'step' : undefined}
                    onClick={() => onDimension(i)}
                  >
                    <span>{d.title}</span>
                    <span class="diagnostic__step-status">
                      {s.complete ? 'Completa' : `${s.answered} de ${s.total}`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <section class="diagnostic__dimension" aria-labelledby="dimension-actual">
          <h2 id="dimension-actual" ref={headingRef} tabIndex={-1}>
            <span class="diagnostic__eyebrow">
              Dimensión {index + 1} de {dimensions.length}
            </span>
            {dimension.title}
          </h2>
          <p>{dimension.summary}</p>
          {dimension.indicators.map((indicator, i) => (
            <IndicatorQuestion
              key={indicator.id}
              number={`${index + 1}.${i + 1}`}
              indicator={indicator}
              assessment={assessment}
              onChange={onChange}
            />
          ))}
          <div class="diagnostic__actions diagnostic__pager">
            {index > 0 && (
              <button type="button" class="button button--secondary" onClick={() => onDimension(index - 1)}>
                Dimensión anterior
              </button>
            )}
            {last ? (
              <button type="button" class="button" onClick={onResults}>
                Ver resultados
              </button>
            ) : (
              <button type="button" class="button" onClick={() => onDimension(index + 1)}>
                Siguiente dimensión
              </button>
            )}
          </div>
        </section>
      </div>
    </div>
  );
}

interface QuestionProps {
  number: string;
  indicator: Indicator;
  assessment: Assessment;
  onChange: (assessment: Assessment) => void;
}

/**
 * One indicator: its answers (with «No aplica» only where the instrument allows it, and then with
 * the condition and a required reason), the evidence it asks for and the team's note.
 */
function IndicatorQuestion({ number, indicator, assessment, onChange }: QuestionProps) {
  const entry = assessment.answers[indicator.id];
  const status = answerStatus(indicator, entry);
  const helpId = `ayuda-${indicator.id}`;
  const conditionId = `cuando-no-aplica-${indicator.id}`;
  return (
    <fieldset class="diagnostic__indicator" id={`indicador-${indicator.id}`} aria-describedby={helpId}>
      <legend>
        <span class="diagnostic__number">{number}</span> {indicator.question}
      </legend>
      <p id={helpId} class="diagnostic__help">
        {indicator.help}
      </p>
      {indicator.notApplicable && (
        <p id={conditionId} class="diagnostic__help">
          <strong>«No aplica» solo si:</strong> {indicator.notApplicable}
        </p>
      )}
      {status === 'not-allowed' && (
        <p class="diagnostic__warning" role="status">
          Estaba respondida «No aplica», que esta pregunta no admite: elija No, Parcial o Completo. Hasta entonces cuenta como sin responder.
        </p>
      )}
      <div class="diagnostic__answers">
        {answersFor(indicator).map((answer) => (
          <label key={answer} class="diagnostic__answer">
            <input
              type="radio"
              name={`respuesta-${indicator.id}`}
              value={answer}
              checked={entry?.answer === answer}
              onChange={() => onChange(answerIndicator(assessment, indicator.id, answer, new Date()))}
            />
            {ANSWERS[answer].label}
          </label>
        ))}
      </div>
      {entry?.answer === 'no-aplica' && status !== 'not-allowed' && (
        <div class="diagnostic__reason">
          <label for={`motivo-${indicator.id}`}>Por qué no aplica (obligatorio)</label>
          <textarea
            id={`motivo-${indicator.id}`}
            rows={2}
            maxLength={REASON_MAX}
            required
            aria-invalid={status === 'needs-reason'}
            aria-describedby={status === 'needs-reason' ? `falta-motivo-${indicator.id}` : conditionId}
            value={entry.reason ?? ''}
            onInput={(e) => onChange(reasonIndicator(assessment, indicator.id, e.currentTarget.value, new Date()))}
          />
          {status === 'needs-reason' && (
            <p id={`falta-motivo-${indicator.id}`} class="diagnostic__warning">
              Escriba el motivo: sin él, la pregunta cuenta como sin responder.
            </p>
          )}
        </div>
      )}
      <details class="diagnostic__evidence">
        <summary>Medios de verificación</summary>
        <ul>
          {indicator.evidence.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </details>
      <label class="diagnostic__note-label" for={`nota-${indicator.id}`}>
        Nota de evidencia (opcional)
      </label>
      <textarea
        id={`nota-${indicator.id}`}
        rows={2}
        maxLength={NOTE_MAX}
        value={entry?.note ?? ''}
        onInput={(e) => onChange(noteIndicator(assessment, indicator.id, e.currentTarget.value, new Date()))}
      />
    </fieldset>
  );
}
