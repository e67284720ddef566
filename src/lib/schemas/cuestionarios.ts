/**
 * The schema of a quiz (collection «cuestionarios»): a module's self-assessment, a course's initial and
 * final evaluation, or a validation; its questions, options, feedback and pass mark.
 */
import { z } from 'astro/zod';
import { enumOf, entryFields, field, slugPattern } from './shared.ts';

export const QUESTION_TYPES = {
  single: 'Una respuesta',
  multiple: 'Varias respuestas',
  truefalse: 'Verdadero o falso',
} as const;

export const QUIZ_PURPOSES = {
  modulo: 'Autoevaluación de un módulo',
  'pre-post': 'Evaluación inicial y final',
  validacion: 'Evaluación de validación',
} as const;

export function cuestionarioSchema() {
  return z
    .strictObject({
      ...entryFields,
      purpose: field(enumOf(QUIZ_PURPOSES).default('modulo'), 'Uso', 'Autoevaluación de módulo, evaluación inicial y final, o validación.'),
      passMark: field(z.number().min(0).max(100), 'Nota para aprobar (%)', 'Porcentaje mínimo de aciertos.'),
      feedbackTiming: field(z.enum(['inmediata', 'final']), 'Cuándo mostrar la retroalimentación', 'Después de cada respuesta o al final.'),
      shuffle: field(z.boolean().default(false), 'Mezclar opciones', 'Cambia el orden de las opciones en cada intento.'),
      partialCredit: field(
        z.boolean().default(false),
        'Puntaje parcial',
        'En preguntas de varias respuestas, da parte del punto por cada opción correcta elegida y resta por cada incorrecta.',
      ),
      review: field(
        z
          .strictObject({
            correctness: field(z.boolean().default(true), 'Si acertó', 'Después del intento, muestra si cada respuesta fue correcta.'),
            rightAnswer: field(z.boolean().default(true), 'La respuesta correcta', 'Muestra cuál era la respuesta correcta.'),
            feedback: field(z.boolean().default(true), 'La explicación', 'Muestra la explicación de cada opción.'),
          })
          .default({ correctness: true, rightAnswer: true, feedback: true }),
        'Qué se muestra al terminar',
        'Lo que ve quien termina un intento. En la evaluación inicial y final, el primer intento (inicial) solo muestra el puntaje.',
      ),
      bands: field(
        z
          .array(
            z.strictObject({
              min: field(z.number().min(0).max(100), 'Desde (%)', 'Puntaje mínimo de la franja.'),
              label: field(z.string().trim().min(2), 'Nombre', 'Nombre de la franja.'),
              message: field(z.string().trim().min(3), 'Mensaje', 'Lo que lee quien cae en esta franja.'),
            }),
          )
          .min(1),
        'Franjas de resultado',
        'Mensajes según el puntaje obtenido.',
      ),
      questions: field(
        z
          .array(
            z.strictObject({
              id: field(z.string().regex(slugPattern), 'Identificador', 'Minúsculas y guiones; único en el cuestionario.'),
              type: field(enumOf(QUESTION_TYPES), 'Tipo', 'Una respuesta, varias respuestas o verdadero/falso.'),
              prompt: field(z.string().trim().min(3), 'Pregunta', 'El enunciado.'),
              options: field(
                z
                  .array(
                    z.strictObject({
                      id: field(z.string().regex(slugPattern), 'Identificador', 'Único dentro de la pregunta.'),
                      text: field(z.string().trim().min(1), 'Texto', 'La opción.'),
                      correct: field(z.boolean().default(false), 'Correcta', '¿Es una respuesta correcta? Actívelo solo en las correctas.'),
                      feedback: field(z.string().trim().min(3), 'Retroalimentación', 'Por qué es correcta o incorrecta.'),
                    }),
                  )
                  .min(2),
                'Opciones',
                'Opciones de respuesta.',
              ),
            }),
          )
          .min(1),
        'Preguntas',
        'Las preguntas del cuestionario.',
      ),
    })
    .superRefine((quiz, ctx) => {
      if (!quiz.bands.some((band) => band.min === 0)) {
        ctx.addIssue({ code: 'custom', path: ['bands'], message: 'una franja debe empezar en 0, para que todo puntaje tenga su mensaje' });
      }
      const seenQuestions = new Set<string>();
      quiz.questions.forEach((question, index) => {
        const path = ['questions', index];
        if (seenQuestions.has(question.id)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `el identificador de pregunta «${question.id}» está repetido` });
        }
        seenQuestions.add(question.id);
        const optionIds = question.options.map((option) => option.id);
        if (new Set(optionIds).size !== optionIds.length) {
          ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: `la pregunta «${question.id}» repite un identificador de opción` });
        }
        const correct = question.options.filter((option) => option.correct).length;
        if (question.type !== 'multiple' && correct !== 1) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'options'],
            message: `la pregunta «${question.id}» («${QUESTION_TYPES[question.type]}») necesita exactamente una opción correcta y tiene ${correct}`,
          });
        }
        if (question.type === 'multiple' && correct < 1) {
          ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: `la pregunta «${question.id}» («${QUESTION_TYPES.multiple}») no tiene ninguna opción correcta` });
        }
        if (question.type === 'truefalse' && question.options.length !== 2) {
          ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: `la pregunta «${question.id}» («${QUESTION_TYPES.truefalse}») necesita exactamente dos opciones` });
        }
      });
    });
}
