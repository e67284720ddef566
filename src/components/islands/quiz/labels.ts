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

/** Ends a sentence with a period unless it already ends in punctuation: "¡Aprobado!" stays as it is. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…»"]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "a", "b", "c"…: how the paper version and its answer key name options. */
export const optionLetter = (index: number) => String.fromCharCode(97 + index);

/** 1.5 → "1,5" (points with partial credit). */
export const pointsText = (value: number) => new Intl.NumberFormat('es-EC', { maximumFractionDigits: 2 }).format(value);
