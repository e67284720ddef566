/**
 * The quiz as a readable list: the printable version on the module page (inside a closed
 * "ver todas las preguntas" box) and in the trainer guide, with the answer key when `showAnswers`
 * is set. Options keep their stored order (mixed by the content), lettered so the key matches.
 */
import type { Quiz } from '../../../lib/quiz/types.ts';
import { TYPE_HINT, optionLetter, percentText } from './labels.ts';
import { withoutVerdict } from '../../../lib/quiz/feedback.ts';
import './quiz-paper.css';

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
      <ol class="quiz-paper__questions">
        {quiz.questions.map((question) => (
          <li key={question.id}>
            <p class="quiz-paper__prompt">
              {question.prompt} <span class="quiz-paper__hint">({TYPE_HINT[question.type].toLowerCase()})</span>
            </p>
            <ol class="quiz-paper__options" type="a">
              {question.options.map((option) => (
                <li key={option.id}>{option.text}</li>
              ))}
            </ol>
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
              const correct = question.options.flatMap((option, index) => (option.correct ? [{ option, letter: optionLetter(index) }] : []));
              return (
                <li key={question.id}>
                  <strong>{correct.map(({ letter }) => letter).join(', ')}</strong>: {correct.map(({ option }) => option.text).join('; ')}.{' '}
                  {correct.map(({ option }) => withoutVerdict(option.feedback)).join(' ')}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
}
