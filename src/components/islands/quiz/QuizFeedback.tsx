/**
 * What the quiz says about answers, loaded by the island only at the learner's first answer (or when
 * a checked or finished attempt comes back from storage), so the module page's first load stays
 * within its JavaScript budget:
 * - after «Comprobar respuesta», one summary («En parte: elegiste 2 de las 3 opciones correctas y 1
 *   que no lo es.») and the options grouped under what they are, each explanation once, as shown and
 *   as announced;
 * - the results of a finished attempt, with the review, where a partly right answer says so.
 * The wording is composed in src/lib/quiz/feedback.ts; scoring in src/lib/quiz/scoring.ts.
 */
import { Fragment, type RefObject } from 'preact';
import type { Quiz as QuizData, QuizQuestion } from '../../../lib/quiz/types.ts';
import type { QuizState } from '../../../lib/quiz/state.ts';
import { scoreQuiz } from '../../../lib/quiz/scoring.ts';
import { reviewFor } from '../../../lib/quiz/attempt.ts';
import { feedbackText, questionFeedback, reviewStatus, withoutVerdict } from '../../../lib/quiz/feedback.ts';
import { percentText, pointsText, sentence } from './labels.ts';

const verdictClass = (verdict: string) => (verdict === 'partial' ? 'is-partial' : verdict === 'right' ? 'is-right' : 'is-wrong');

/** What a screen reader hears after «Comprobar»: the same message the feedback box shows. */
export const feedbackAnnouncement = (question: QuizQuestion, selected: readonly string[]) => feedbackText(questionFeedback(question, selected));

/** What a screen reader hears when the attempt is finished. */
export function resultAnnouncement(quiz: QuizData, answers: QuizState['answers']): string {
  const score = scoreQuiz(quiz, answers);
  return `Resultado: ${pointsText(score.correct)} de ${score.total}, ${percentText(score.percent)}. ${score.passed ? 'Aprobaste.' : 'Aún no apruebas.'}`;
}

export function FeedbackBox({ question, selected }: { question: QuizQuestion; selected: readonly string[] }) {
  const feedback = questionFeedback(question, selected);
  return (
    <div class={`quiz__feedback ${verdictClass(feedback.verdict)}`}>
      <p class="quiz__verdict">{feedback.summary}</p>
      {feedback.groups.map((group) => (
        <Fragment key={group.kind}>
          {group.heading && <p class="quiz__feedback-heading">{group.heading}:</p>}
          <ul>
            {group.options.map((option) => (
              <li key={option.id}>
                <strong>{option.text}:</strong> {sentence(option.explanation)}
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </div>
  );
}

/** The level of the results' heading; the review of the answers is the level below. */
export type ResultsLevel = 2 | 3;

export interface ResultsProps {
  quiz: QuizData;
  state: QuizState;
  level: ResultsLevel;
  resultsRef: RefObject<HTMLHeadingElement>;
  onRetry: () => void;
}

export function Results({ quiz, state, level, resultsRef, onRetry }: ResultsProps) {
  const Heading = `h${level}` as const;
  const ReviewHeading = `h${level + 1}` as 'h3' | 'h4';
  const score = scoreQuiz(quiz, state.answers);
  const review = reviewFor(quiz, state);
  const prePost = quiz.purpose === 'pre-post';
  const entry = prePost && state.attempt === 1;
  return (
    <div class="quiz__results">
      <Heading class="quiz__results-title" tabIndex={-1} ref={resultsRef}>
        Tu resultado: {pointsText(score.correct)} de {score.total} ({percentText(score.percent)})
      </Heading>
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
          <ReviewHeading>Revisa tus respuestas</ReviewHeading>
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
 * what was missed. A partly right one says so, with how many of the correct options were chosen;
 * the explanations leave out the «Correcto.» they start with, since each label already says it.
 */
function ReviewItem({ question, selected, review }: { question: QuizQuestion; selected: string[]; review: QuizData['review'] }) {
  const outcome = reviewStatus(question, selected, review.rightAnswer);
  const shown = question.options.filter((option) => selected.includes(option.id) || (review.rightAnswer && option.correct));
  return (
    <li>
      <p class="quiz__prompt">{question.prompt}</p>
      {review.correctness && <p class={`quiz__status ${verdictClass(outcome.verdict)}`}>{outcome.text}</p>}
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
              {review.feedback && <> {sentence(withoutVerdict(option.feedback))}</>}
            </li>
          );
        })}
      </ul>
    </li>
  );
}
