/**
 * The self-assessment quiz island. It renders state and calls the pure functions of
 * `src/lib/quiz/`; scoring, shuffling and the saved-state format live there. The server renders
 * the first question exactly as the browser will (fixed first seed), controls disabled until the
 * island hydrates, so nothing jumps on a slow phone. The printable list of every question sits
 * below the island, closed (`QuizPaperBox.astro`, server-rendered), and is what a browser without
 * JavaScript can use.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Quiz as QuizData, QuizQuestion } from '../../../lib/quiz/types.ts';
import { isCorrect, scoreQuiz } from '../../../lib/quiz/scoring.ts';
import { newSeed, optionOrder } from '../../../lib/quiz/shuffle.ts';
import {
  deserializeState,
  discardNotice,
  FIRST_SEED,
  initialState,
  mayOverwrite,
  PROGRESS_NOT_KEPT,
  quizIdentity,
  serializeState,
  storageKey,
  type QuizState,
} from '../../../lib/quiz/state.ts';
import { answeredFlags, checkAnswer, finish, goTo, isLocked, retry, reviewFor, selectOption, unanswered } from '../../../lib/quiz/attempt.ts';
import { readStorage as readSaved, writeStorage } from '../local-storage.ts';
import { TYPE_HINT, percentText, pointsText, questionList, sentence } from './labels.ts';

interface Props {
  quiz: QuizData;
}

type Focus = 'question' | 'next' | 'results' | null;

/** The saved text, or null when there is none or storage is blocked (the quiz then works without resume). */
function readStorage(key: string): string | null {
  const read = readSaved(key);
  return read.ok ? read.value : null;
}

export default function Quiz({ quiz }: Props) {
  const key = storageKey(quiz.id);
  const [state, setState] = useState<QuizState>(() => initialState(quiz, FIRST_SEED));
  const [hydrated, setHydrated] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [hint, setHint] = useState('');
  const focusTarget = useRef<Focus>(null);
  const legendRef = useRef<HTMLLegendElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  // Whether this page may write progress: false when storage is blocked or full, or when what is saved
  // must not be written over (newer format; unreadable data whose copy could not be kept).
  const canSave = useRef(true);

  useEffect(() => {
    const read = readSaved(key);
    if (!read.ok) {
      canSave.current = false;
      setNotice(PROGRESS_NOT_KEPT);
      setHydrated(true);
      return;
    }
    const raw = read.value;
    const loaded = deserializeState(raw, quizIdentity(quiz));
    if (loaded.status === 'ok') setState(loaded.state);
    if (loaded.status === 'discarded') {
      // Keep what could not be read, once (a copy already there is kept, not replaced), before writing over it.
      const backup = readStorage(`${key}:respaldo`);
      const backupKept = raw === null || backup === raw || (backup === null && writeStorage(`${key}:respaldo`, raw));
      canSave.current = mayOverwrite(loaded, backupKept);
      setNotice(backupKept || loaded.reason === 'newer' ? discardNotice(loaded.reason) : PROGRESS_NOT_KEPT);
    }
    setHydrated(true);
  }, [key]);

  // Saved before the browser paints the new state: a reload right after a move never loses it.
  useLayoutEffect(() => {
    if (!hydrated || !canSave.current) return;
    if (!writeStorage(key, serializeState(state))) {
      canSave.current = false;
      setNotice(PROGRESS_NOT_KEPT);
    }
  }, [state, hydrated]);

  // Focus moves right after the DOM changes (a layout effect), before the browser can send it to <body>.
  useLayoutEffect(() => {
    const target = focusTarget.current && { question: legendRef, next: nextRef, results: resultsRef }[focusTarget.current];
    focusTarget.current = null;
    target?.current?.focus();
  }, [state]);

  const order = useMemo(() => optionOrder(quiz, state.seed), [quiz, state.seed]);

  const total = quiz.questions.length;
  const update = (next: QuizState, focus: Focus = null, message = '') => {
    focusTarget.current = focus;
    setHint('');
    setAnnouncement(message);
    setState(next);
  };

  // Left out of the search index: a search must not land on a question's wrong options.
  return (
    <div class="quiz" data-pagefind-ignore="index">
      {notice && (
        <p class="quiz__notice" role="status">
          {notice}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {state.finished ? (
        <Results
          quiz={quiz}
          state={state}
          resultsRef={resultsRef}
          onRetry={() => {
            setNotice(null);
            update(retry(state, quiz, newSeed()), 'question', `Nuevo intento. Pregunta 1 de ${total}.`);
          }}
        />
      ) : (
        <QuestionStep
          quiz={quiz}
          state={state}
          order={order}
          hint={hint}
          enabled={hydrated}
          legendRef={legendRef}
          nextRef={nextRef}
          onSelect={(questionIndex, optionId) => update(selectOption(state, quiz.questions[questionIndex], optionId))}
          onCheck={(questionId) => {
            if (!state.answers[questionId]?.length) {
              // Rendered with role="alert", so it is announced as it appears.
              setHint('Elige una respuesta antes de comprobar.');
              return;
            }
            const question = quiz.questions.find((q) => q.id === questionId)!;
            update(checkAnswer(state, questionId), 'next', feedbackAnnouncement(question, state.answers[questionId]));
          }}
          onMove={(index) => update(goTo(state, quiz, index), 'question', `Pregunta ${index + 1} de ${total}.`)}
          onFinish={() => {
            const done = finish(state, quiz);
            const score = scoreQuiz(quiz, done.answers);
            update(
              done,
              'results',
              `Resultado: ${pointsText(score.correct)} de ${score.total}, ${percentText(score.percent)}. ${score.passed ? 'Aprobaste.' : 'Aún no apruebas.'}`,
            );
          }}
        />
      )}
    </div>
  );
}

/** What a screen reader hears after "Comprobar": the verdict and the explanation of the chosen options. */
function feedbackAnnouncement(question: QuizQuestion, selected: readonly string[]): string {
  const verdict = isCorrect(question, selected) ? '¡Correcto!' : 'No es correcto.';
  const explanations = question.options.filter((option) => selected.includes(option.id)).map((option) => sentence(option.feedback));
  return [verdict, ...explanations].join(' ');
}

interface StepProps {
  quiz: QuizData;
  state: QuizState;
  order: Record<string, string[]>;
  hint: string;
  enabled: boolean;
  legendRef: RefObject<HTMLLegendElement>;
  nextRef: RefObject<HTMLButtonElement>;
  onSelect: (questionIndex: number, optionId: string) => void;
  onCheck: (questionId: string) => void;
  onMove: (index: number) => void;
  onFinish: () => void;
}

function QuestionStep({ quiz, state, order, hint, enabled, legendRef, nextRef, onSelect, onCheck, onMove, onFinish }: StepProps) {
  const index = state.current;
  const question = quiz.questions[index];
  const total = quiz.questions.length;
  const selected = state.answers[question.id] ?? [];
  const immediate = quiz.feedbackTiming === 'inmediata';
  const checked = state.checked.includes(question.id);
  const locked = isLocked(state, question.id) || !enabled;
  const isLast = index === total - 1;
  const missing = isLast && !immediate ? unanswered(state, quiz) : [];
  const inputType = question.type === 'multiple' ? 'checkbox' : 'radio';
  const byId = new Map(question.options.map((option) => [option.id, option]));
  const progressId = `${quiz.id}-progreso`;

  const forward = isLast ? (
    <button type="button" class="button" ref={nextRef} disabled={!enabled} onClick={onFinish}>
      Terminar y ver resultados
    </button>
  ) : (
    <button type="button" class="button" ref={nextRef} disabled={!enabled} onClick={() => onMove(index + 1)}>
      Siguiente pregunta
    </button>
  );

  return (
    <div class="quiz__step">
      <p class="quiz__progress-label" id={progressId}>
        Pregunta {index + 1} de {total}
      </p>
      <progress class="quiz__progress" max={total} value={index + 1} aria-labelledby={progressId} />
      {!immediate && <Navigator quiz={quiz} state={state} enabled={enabled} onMove={onMove} />}
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
                {mark && (
                  <span class="quiz__mark">
                    {' '}
                    ({mark === 'correcta' ? (isSelected ? 'tu respuesta, correcta' : 'respuesta correcta') : 'tu respuesta, incorrecta'})
                  </span>
                )}
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
                  <strong>{option.text}:</strong> {sentence(option.feedback)}
                </li>
              ))}
          </ul>
        </div>
      )}

      {hint && (
        <p class="quiz__hint-message" role="alert">
          {hint}
        </p>
      )}
      {missing.length > 0 && (
        <p class="quiz__hint-message">
          Aún no respondes {questionList(missing)}. Puedes volver a ellas o terminar igual: cuentan como incorrectas.
        </p>
      )}

      <div class="quiz__actions">
        {index > 0 && (
          <button type="button" class="button button--secondary" disabled={!enabled} onClick={() => onMove(index - 1)}>
            Pregunta anterior
          </button>
        )}
        {immediate && !checked ? (
          <button type="button" class="button" disabled={!enabled} onClick={() => onCheck(question.id)}>
            Comprobar respuesta
          </button>
        ) : (
          forward
        )}
      </div>
      {!enabled && (
        <p class="quiz__pending">
          Si los botones no responden, tu navegador no ejecuta JavaScript: abre «Ver todas las preguntas juntas», más abajo, para responder en
          papel.
        </p>
      )}
    </div>
  );
}

/** Jump to any question of a final-feedback quiz, and see which are still unanswered. */
function Navigator({ quiz, state, enabled, onMove }: { quiz: QuizData; state: QuizState; enabled: boolean; onMove: (index: number) => void }) {
  const answered = answeredFlags(state, quiz);
  const pending = answered.filter((a) => !a).length;
  return (
    <nav class="quiz__nav" aria-label={`Preguntas del cuestionario: ${pending === 0 ? 'todas respondidas' : `${pending} sin responder`}`}>
      <ol class="meta-list">
        {answered.map((isAnswered, index) => (
          <li key={quiz.questions[index].id}>
            <button
              type="button"
              class={isAnswered ? 'is-answered' : undefined}
              aria-current={index === state.current ? 'step' : undefined}
              aria-label={`Pregunta ${index + 1}, ${isAnswered ? 'respondida' : 'sin responder'}`}
              disabled={!enabled}
              onClick={() => onMove(index)}
            >
              {index + 1}
            </button>
          </li>
        ))}
      </ol>
    </nav>
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
  const review = reviewFor(quiz, state);
  const prePost = quiz.purpose === 'pre-post';
  const entry = prePost && state.attempt === 1;
  return (
    <div class="quiz__results">
      <h3 tabIndex={-1} ref={resultsRef}>
        Tu resultado: {pointsText(score.correct)} de {score.total} ({percentText(score.percent)})
      </h3>
      {prePost && !entry && state.first !== null && (
        <dl class="quiz__compare">
          <div>
            <dt>Evaluación inicial (primer intento)</dt>
            <dd>{percentText(state.first)}</dd>
          </div>
          <div>
            <dt>Evaluación final (este intento)</dt>
            <dd>{percentText(score.percent)}</dd>
          </div>
          <div>
            <dt>Cambio</dt>
            <dd>{changeText(score.percent - state.first)}</dd>
          </div>
        </dl>
      )}
      <p class={score.passed ? 'quiz__status is-right' : 'quiz__status is-wrong'}>
        {score.passed ? 'Aprobaste' : 'Aún no apruebas'}: la nota para aprobar es {percentText(quiz.passMark)}.
      </p>
      {score.band && (
        <p>
          <strong>{sentence(score.band.label)}</strong> {sentence(score.band.message)}
        </p>
      )}
      {entry ? (
        <p>
          Esta fue tu evaluación inicial. Guárdala como punto de partida: al terminar el curso, vuelve a hacerla y verás tu avance. Las
          respuestas correctas se muestran después de la evaluación final.
        </p>
      ) : (
        <p>
          Intento {state.attempt}. Tu mejor resultado: {percentText(state.best ?? score.percent)}.
        </p>
      )}
      <button type="button" class="button" onClick={onRetry}>
        {entry ? 'Hacer la evaluación final' : 'Intentar de nuevo'}
      </button>

      {(review.correctness || review.rightAnswer || review.feedback) && (
        <>
          <h4>Revisa tus respuestas</h4>
          <ol class="quiz__review">
            {quiz.questions.map((question) => (
              <ReviewItem key={question.id} question={question} selected={state.answers[question.id] ?? []} review={review} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function changeText(points: number): string {
  if (points === 0) return 'sin cambio';
  return points > 0 ? `+${points} puntos` : `−${-points} puntos`;
}

/**
 * One question of the review: each option chosen says whether it was right; a right option not
 * chosen is marked apart ("no la elegiste"), so a partly answered multiple-choice question shows
 * what was missed.
 */
function ReviewItem({ question, selected, review }: { question: QuizQuestion; selected: string[]; review: QuizData['review'] }) {
  const right = isCorrect(question, selected);
  const shown = question.options.filter((option) => selected.includes(option.id) || (review.rightAnswer && option.correct));
  return (
    <li>
      <p class="quiz__prompt">{question.prompt}</p>
      {review.correctness && (
        <p class={right ? 'quiz__status is-right' : 'quiz__status is-wrong'}>{right ? 'Correcta' : selected.length ? 'Incorrecta' : 'Sin responder'}</p>
      )}
      <ul>
        {shown.map((option) => {
          const chosen = selected.includes(option.id);
          const status = chosen
            ? review.correctness
              ? option.correct
                ? 'Tu respuesta, correcta'
                : 'Tu respuesta, incorrecta'
              : 'Tu respuesta'
            : 'Correcta, no la elegiste';
          return (
            <li key={option.id}>
              <span class={`quiz__option-status${chosen ? '' : ' is-missed'}`}>{status}:</span> <strong>{sentence(option.text)}</strong>
              {review.feedback && <> {sentence(option.feedback)}</>}
            </li>
          );
        })}
      </ul>
    </li>
  );
}
