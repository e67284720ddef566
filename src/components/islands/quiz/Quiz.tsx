/**
 * The self-assessment quiz island. It renders state and calls the pure functions of
 * `src/lib/quiz/`; scoring, shuffling and the saved-state format live there. Before hydration (and
 * without JavaScript) it shows the readable list of `QuizPaper`.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Quiz as QuizData } from '../../../lib/quiz/types.ts';
import { isCorrect, scoreQuiz } from '../../../lib/quiz/scoring.ts';
import { newSeed, optionOrder } from '../../../lib/quiz/shuffle.ts';
import {
  deserializeState,
  discardNotice,
  initialState,
  quizIdentity,
  serializeState,
  storageKey,
  type QuizState,
} from '../../../lib/quiz/state.ts';
import { checkAnswer, finish, goTo, isLocked, retry, selectOption, unanswered } from '../../../lib/quiz/attempt.ts';
import QuizPaper from './QuizPaper.tsx';
import { TYPE_HINT, percentText, questionList } from './labels.ts';

interface Props {
  quiz: QuizData;
}

type Focus = 'question' | 'next' | 'results' | null;

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // Storage blocked (private mode, policy): the quiz still works, without resume.
  }
}

function writeStorage(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Full or blocked storage: progress is simply not kept.
  }
}

export default function Quiz({ quiz }: Props) {
  const key = storageKey(quiz.id);
  const [state, setState] = useState<QuizState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [hint, setHint] = useState('');
  const focusTarget = useRef<Focus>(null);
  const legendRef = useRef<HTMLLegendElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const raw = readStorage(key);
    const loaded = deserializeState(raw, quizIdentity(quiz));
    if (loaded.status === 'ok') {
      setState(loaded.state);
      return;
    }
    if (loaded.status === 'discarded') {
      // Keep what could not be read, once, instead of overwriting it.
      if (raw !== null && readStorage(`${key}:respaldo`) === null) writeStorage(`${key}:respaldo`, raw);
      setNotice(discardNotice(loaded.reason));
    }
    setState(initialState(quiz, newSeed()));
  }, [key]);

  useEffect(() => {
    if (state) writeStorage(key, serializeState(state));
  }, [state]);

  // Focus moves right after the DOM changes (a layout effect), before the browser can send it to <body>.
  useLayoutEffect(() => {
    const target = focusTarget.current && { question: legendRef, next: nextRef, results: resultsRef }[focusTarget.current];
    focusTarget.current = null;
    target?.current?.focus();
  }, [state]);

  const order = useMemo(() => (state ? optionOrder(quiz, state.seed) : {}), [quiz, state?.seed]);

  if (!state) return <QuizPaper quiz={quiz} />;

  const total = quiz.questions.length;
  const update = (next: QuizState, focus: Focus = null, message = '') => {
    focusTarget.current = focus;
    setHint('');
    setAnnouncement(message);
    setState(next);
  };

  return (
    <div class="quiz">
      {notice && (
        <p class="quiz__notice" role="status">
          {notice}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {state.finished ? (
        <Results quiz={quiz} state={state} resultsRef={resultsRef} onRetry={() => {
          const next = retry(state, quiz, newSeed());
          setNotice(null);
          update(next, 'question', `Nuevo intento. Pregunta 1 de ${total}.`);
        }} />
      ) : (
        <QuestionStep
          quiz={quiz}
          state={state}
          order={order}
          hint={hint}
          legendRef={legendRef}
          nextRef={nextRef}
          onSelect={(questionIndex, optionId) => update(selectOption(state, quiz.questions[questionIndex], optionId))}
          onCheck={(questionId) => {
            if (!state.answers[questionId]?.length) {
              setHint('Elige una respuesta antes de comprobar.');
              return;
            }
            const question = quiz.questions.find((q) => q.id === questionId)!;
            const right = isCorrect(question, state.answers[questionId]);
            update(checkAnswer(state, questionId), 'next', right ? 'Respuesta correcta.' : 'Respuesta incorrecta. Lee la explicación.');
          }}
          onMove={(index) => update(goTo(state, quiz, index), 'question', `Pregunta ${index + 1} de ${total}.`)}
          onFinish={() => {
            const done = finish(state, quiz);
            const score = scoreQuiz(quiz, done.answers);
            update(
              done,
              'results',
              `Resultado: ${score.correct} de ${score.total}, ${percentText(score.percent)}. ${score.passed ? 'Aprobado.' : 'Aún no apruebas.'}`,
            );
          }}
        />
      )}
    </div>
  );
}

interface StepProps {
  quiz: QuizData;
  state: QuizState;
  order: Record<string, string[]>;
  hint: string;
  legendRef: RefObject<HTMLLegendElement>;
  nextRef: RefObject<HTMLButtonElement>;
  onSelect: (questionIndex: number, optionId: string) => void;
  onCheck: (questionId: string) => void;
  onMove: (index: number) => void;
  onFinish: () => void;
}

function QuestionStep({ quiz, state, order, hint, legendRef, nextRef, onSelect, onCheck, onMove, onFinish }: StepProps) {
  const index = state.current;
  const question = quiz.questions[index];
  const total = quiz.questions.length;
  const selected = state.answers[question.id] ?? [];
  const immediate = quiz.feedbackTiming === 'inmediata';
  const checked = state.checked.includes(question.id);
  const locked = isLocked(state, question.id);
  const isLast = index === total - 1;
  const missing = isLast && !immediate ? unanswered(state, quiz) : [];
  const inputType = question.type === 'multiple' ? 'checkbox' : 'radio';
  const byId = new Map(question.options.map((option) => [option.id, option]));
  const progressId = `${quiz.id}-progreso`;

  const forward = isLast ? (
    <button type="button" class="button" ref={nextRef} onClick={onFinish}>
      Terminar y ver resultados
    </button>
  ) : (
    <button type="button" class="button" ref={nextRef} onClick={() => onMove(index + 1)}>
      Siguiente pregunta
    </button>
  );

  return (
    <div class="quiz__step">
      <p class="quiz__progress-label" id={progressId}>
        Pregunta {index + 1} de {total}
      </p>
      <progress class="quiz__progress" max={total} value={index + 1} aria-labelledby={progressId} />
      <fieldset class="quiz__question">
        <legend tabIndex={-1} ref={legendRef}>
          <span class="quiz__prompt">{question.prompt}</span>
          <span class="quiz__hint">{TYPE_HINT[question.type]}</span>
        </legend>
        {(order[question.id] ?? []).map((optionId) => {
          const option = byId.get(optionId)!;
          const isSelected = selected.includes(option.id);
          const mark = checked ? (option.correct ? 'correcta' : isSelected ? 'incorrecta' : '') : '';
          return (
            <label key={option.id} class={`quiz__option${isSelected ? ' is-selected' : ''}${mark ? ` is-${mark}` : ''}`}>
              <input
                type={inputType}
                name={`${quiz.id}-${question.id}`}
                value={option.id}
                checked={isSelected}
                disabled={locked}
                onChange={() => onSelect(index, option.id)}
              />
              <span>
                {option.text}
                {mark && <span class="quiz__mark"> ({mark === 'correcta' ? 'respuesta correcta' : 'tu respuesta, incorrecta'})</span>}
              </span>
            </label>
          );
        })}
      </fieldset>

      {checked && (
        <div class={`quiz__feedback ${isCorrect(question, selected) ? 'is-right' : 'is-wrong'}`}>
          <p class="quiz__verdict">{isCorrect(question, selected) ? '¡Correcto!' : 'No es correcto.'}</p>
          <ul>
            {question.options
              .filter((option) => option.correct || selected.includes(option.id))
              .map((option) => (
                <li key={option.id}>
                  <strong>{option.text}:</strong> {option.feedback}
                </li>
              ))}
          </ul>
        </div>
      )}

      {hint && <p class="quiz__hint-message">{hint}</p>}
      {missing.length > 0 && (
        <p class="quiz__hint-message">
          Aún no respondes {questionList(missing)}. Puedes volver a ellas o terminar igual: cuentan como incorrectas.
        </p>
      )}

      <div class="quiz__actions">
        {!immediate && index > 0 && (
          <button type="button" class="button button--secondary" onClick={() => onMove(index - 1)}>
            Pregunta anterior
          </button>
        )}
        {immediate && !checked ? (
          <button type="button" class="button" onClick={() => onCheck(question.id)}>
            Comprobar respuesta
          </button>
        ) : (
          forward
        )}
      </div>
    </div>
  );
}

interface ResultsProps {
  quiz: QuizData;
  state: QuizState;
  resultsRef: RefObject<HTMLHeadingElement>;
  onRetry: () => void;
}

function Results({ quiz, state, resultsRef, onRetry }: ResultsProps) {
  const score = scoreQuiz(quiz, state.answers);
  return (
    <div class="quiz__results">
      <h3 tabIndex={-1} ref={resultsRef}>
        Tu resultado: {score.correct} de {score.total} ({percentText(score.percent)})
      </h3>
      <p class={score.passed ? 'quiz__status is-right' : 'quiz__status is-wrong'}>
        {score.passed ? 'Aprobaste' : 'Aún no apruebas'}: la nota para aprobar es {percentText(quiz.passMark)}.
      </p>
      {score.band && (
        <p>
          <strong>{score.band.label}.</strong> {score.band.message}
        </p>
      )}
      <p>
        Intento {state.attempt}. Tu mejor resultado: {percentText(state.best ?? score.percent)}.
      </p>
      <button type="button" class="button" onClick={onRetry}>
        Intentar de nuevo
      </button>

      <h4>Revisa tus respuestas</h4>
      <ol class="quiz__review">
        {quiz.questions.map((question) => {
          const selected = state.answers[question.id] ?? [];
          const right = isCorrect(question, selected);
          return (
            <li key={question.id}>
              <p class="quiz__prompt">{question.prompt}</p>
              <p class={right ? 'quiz__status is-right' : 'quiz__status is-wrong'}>{right ? 'Correcta' : selected.length ? 'Incorrecta' : 'Sin responder'}</p>
              <ul>
                {question.options
                  .filter((option) => option.correct || selected.includes(option.id))
                  .map((option) => (
                    <li key={option.id}>
                      {selected.includes(option.id) ? 'Tu respuesta' : 'Respuesta correcta'}
                      {selected.includes(option.id) && option.correct && ' (correcta)'}: <strong>{option.text}</strong>. {option.feedback}
                    </li>
                  ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
