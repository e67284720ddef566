/**
 * The quiz as a readable list: what shows before (or without) JavaScript, and the printable handout
 * of the trainer guide, with the answer key when `showAnswers` is set. Server-rendered, no state.
 */
import type { Quiz } from '../../../lib/quiz/types.ts';
import { TYPE_HINT, percentText } from './labels.ts';
import './quiz.css';

interface Props {
  quiz: Quiz;
  showAnswers?: boolean;
}

export default function QuizPaper({ quiz, showAnswers = false }: Props) {
  return (
    <div class="quiz-paper">
      <p>
        {quiz.questions.length} preguntas. Para aprobar necesitas {percentText(quiz.passMark)} de respuestas correctas.
      </p>
      {!showAnswers && (
        <p class="quiz-paper__nojs">
          Para responder aquí y ver tu puntaje necesitas JavaScript activado. Sin él, puedes leer las preguntas y
          responderlas en papel.
        </p>
      )}
      <ol class="quiz-paper__questions">
        {quiz.questions.map((question) => (
          <li key={question.id}>
            <p class="quiz-paper__prompt">
              {question.prompt} <span class="quiz-paper__hint">({TYPE_HINT[question.type]})</span>
            </p>
            <ul class={question.type === 'multiple' ? 'quiz-paper__options quiz-paper__options--multiple' : 'quiz-paper__options'}>
              {question.options.map((option) => (
                <li key={option.id}>{option.text}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {showAnswers && (
        <div class="quiz-paper__key">
          <p>
            <strong>Clave de respuestas para la persona facilitadora</strong>
          </p>
          <ol>
            {quiz.questions.map((question) => {
              const correct = question.options.filter((option) => option.correct);
              return (
                <li key={question.id}>
                  {correct.map((option) => option.text).join('; ')}. {correct.map((option) => option.feedback).join(' ')}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
}
