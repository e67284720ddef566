/** Spanish strings of the quiz, in one place. */
import type { QuestionType } from '../../../lib/quiz/types.ts';

export const TYPE_HINT: Record<QuestionType, string> = {
  single: 'Elige una respuesta',
  multiple: 'Elige todas las que correspondan',
  truefalse: 'Verdadero o falso',
};

export const percentText = (value: number) => `${value} %`;

/** "las preguntas 2 y 5" / "la pregunta 3". */
export function questionList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `la pregunta ${numbers[0]}`;
  return `las preguntas ${numbers.slice(0, -1).join(', ')} y ${numbers.at(-1)}`;
}
