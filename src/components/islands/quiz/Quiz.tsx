/**
 * The self-assessment quiz island. It renders state and calls the pure functions of
 * `src/lib/quiz/`; scoring, shuffling and the saved-state format live there. The server renders
 * the first question exactly as the browser will (fixed first seed), controls disabled until the
 * island hydrates, so nothing jumps on a slow phone. The printable list of every question sits
 * below the island, closed (`QuizPaperBox.astro`, server-rendered), and is what a browser without
 * JavaScript can use. What the quiz says about answers (feedback, results, review) is in
 * QuizFeedback.tsx, loaded at the first answer.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Quiz as QuizData, QuizQuestion } from '../../../lib/quiz/types.ts';
import { isCorrect } from '../../../lib/quiz/scoring.ts';
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
import { answeredFlags, checkAnswer, finish, goTo, isLocked, retry, selectOption, unanswered } from '../../../lib/quiz/attempt.ts';
import { readStorage as readSaved, writeStorage } from '../local-storage.ts';
import { TYPE_HINT, questionList } from './labels.ts';
// Types only: the module itself loads at the first answer.
import type { ResultsLevel, ResultsProps } from './QuizFeedback.tsx';

interface Props {
  quiz: QuizData;
  /**
   * The level of the results' heading: 3 in a module page, where the quiz follows its h2 «Autoevaluación»
   * (the default); 2 on a page that is the quiz, under its h1.
   */
  resultsLevel?: ResultsLevel;
}

type Focus = 'question' | 'next' | 'results' | null;

/** The saved text, or null when there is none or storage is blocked (the quiz then works without resume). */
function readStorage(key: string): string | null {
  const read = readSaved(key);
  return read.ok ? read.value : null;
}

export default function Quiz({ quiz, resultsLevel = 3 }: Props) {
  const key = storageKey(quiz.id);
  const [state, setState] = useState<QuizState>(() => initialState(quiz, FIRST_SEED));
  const [hydrated, setHydrated] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const view = useFeedbackView(state.checked.length > 0 || state.finished);
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
        <FinishedAttempt
          quiz={quiz}
          state={state}
          view={view}
          level={resultsLevel}
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
          view={view.module}
          onSelect={(questionIndex, optionId) => {
            view.load();
            update(selectOption(state, quiz.questions[questionIndex], optionId));
          }}
          onCheck={async (questionId) => {
            if (!state.answers[questionId]?.length) {
              // Rendered with role="alert", so it is announced as it appears.
              setHint('Elige una respuesta antes de comprobar.');
              return;
            }
            const question = quiz.questions.find((q) => q.id === questionId)!;
            // The feedback is announced as the box shows it: its module has arrived (it loads at the first answer).
            const module = await view.load();
            const selected = state.answers[questionId];
            update(checkAnswer(state, questionId), 'next', module ? module.feedbackAnnouncement(question, selected) : verdictText(question, selected));
          }}
          onMove={(index) => update(goTo(state, quiz, index), 'question', `Pregunta ${index + 1} de ${total}.`)}
          onFinish={async () => {
            const done = finish(state, quiz);
            const module = await view.load();
            update(done, 'results', module ? module.resultAnnouncement(quiz, done.answers) : RESULTS_NOT_LOADED);
          }}
        />
      )}
    </div>
  );
}

type FeedbackModule = typeof import('./QuizFeedback.tsx');
let feedbackModule: Promise<FeedbackModule | null> | null = null;

/**
 * What the quiz says about answers (QuizFeedback.tsx: the feedback after each check, the results and
 * their review), loaded on demand: when `needed` (a checked or finished attempt came back from
 * storage) or when `load` is first called, at the learner's first answer. Resolves to null if it
 * cannot be loaded (offline, on a page that was not kept): the quiz then shows the verdict alone,
 * and instead of the results, a message.
 */
function useFeedbackView(needed: boolean) {
  const [module, setModule] = useState<FeedbackModule | null>(null);
  const [failed, setFailed] = useState(false);
  const load = () => {
    feedbackModule ??= import('./QuizFeedback.tsx').catch(() => {
      feedbackModule = null;
      return null;
    });
    return feedbackModule.then((loaded) => {
      if (loaded) setModule(() => loaded);
      setFailed(!loaded);
      return loaded;
    });
  };
  useEffect(() => {
    if (needed && !module) void load();
  }, [needed]);
  return { module, failed, load };
}

const RESULTS_NOT_LOADED = 'No se pudieron mostrar los resultados. Sus respuestas están guardadas: vuelva a cargar la página con conexión.';

/** The results, once their module has loaded; the message if it could not be. */
function FinishedAttempt({ view, ...props }: { view: ReturnType<typeof useFeedbackView> } & ResultsProps) {
  if (view.module) return <view.module.Results {...props} />;
  return view.failed ? <p class="quiz__notice" role="alert">{RESULTS_NOT_LOADED}</p> : null;
}

/** The verdict alone, while (or if) the detailed feedback is not loaded. */
const verdictText = (question: QuizQuestion, selected: readonly string[]) => (isCorrect(question, selected) ? '¡Correcto!' : 'No es correcto.');

interface StepProps {
  quiz: QuizData;
  state: QuizState;
  order: Record<string, string[]>;
  hint: string;
  enabled: boolean;
  legendRef: RefObject<HTMLLegendElement>;
  nextRef: RefObject<HTMLButtonElement>;
  view: FeedbackModule | null;
  onSelect: (questionIndex: number, optionId: string) => void;
  onCheck: (questionId: string) => void;
  onMove: (index: number) => void;
  onFinish: () => void;
}

function QuestionStep({ quiz, state, order, hint, enabled, legendRef, nextRef, view, onSelect, onCheck, onMove, onFinish }: StepProps) {
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

      {checked &&
        (view ? (
          <view.FeedbackBox question={question} selected={selected} />
        ) : (
          <div class={`quiz__feedback ${isCorrect(question, selected) ? 'is-right' : 'is-wrong'}`}>
            <p class="quiz__verdict">{verdictText(question, selected)}</p>
          </div>
        ))}

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
