/**
 * The schema of the facilitation guide of the diagnostic (collection «facilitacion», one entry): the
 * prose of the guide for whoever convenes and runs the two meetings of the Grupo de Enlace
 * Territorial. What depends on the instrument (which dimensions go to which meeting, how many
 * questions, the evidence to bring, where «No aplica» is offered) is not written here: the page
 * generates it from the instrument, so it never drifts from the questions.
 */
import { z } from 'astro/zod';
import { entryFields, field, reportSection } from './shared.ts';

const paragraph = z.string().trim().min(10);
const paragraphs = (min = 1) => z.array(paragraph).min(min);

/** An activity of a meeting that is not a dimension of the instrument: the welcome, a break, the close. */
const meetingItem = z.strictObject({
  activity: field(z.string().trim().min(3), 'Actividad', 'Qué se hace.'),
  minutes: field(z.number().int().positive(), 'Minutos', 'Duración de la actividad.'),
  method: field(z.string().trim().min(3), 'Método', 'Cómo se hace (en plenaria, con la herramienta…).'),
});

export function facilitacionSchema() {
  // At most 8 keys per nested object: Decap keeps the order of smaller maps only (DECAP-NOTES.md).
  return z.strictObject({
    ...entryFields,
    intro: field(paragraphs(), 'Introducción', 'Para qué sirve la guía y para quién es: un párrafo por elemento.'),
    participants: field(
      z.strictObject({
        intro: field(paragraph, 'Quién responde', 'Qué es el Grupo de Enlace Territorial (GET) y por qué responde él.'),
        areas: field(z.array(z.string().trim().min(3)).min(1), 'Áreas que nombra el informe', 'Las áreas municipales que el informe nombra para el GET, con sus palabras.'),
        reportSection: reportSection(),
        guidance: field(paragraphs(), 'Consejos del portal', 'A quién más invitar y cómo. Es orientación del portal: dígalo en el texto.'),
      }),
      'Quién participa',
      'Las áreas del GET según el informe y los consejos del portal sobre quién más invitar.',
    ),
    roles: field(
      z
        .array(
          z.strictObject({
            role: field(z.string().trim().min(3), 'Papel', 'Por ejemplo: persona facilitadora.'),
            tasks: field(paragraphs(), 'Tareas', 'Lo que hace esa persona, una tarea por elemento.'),
          }),
        )
        .min(2),
      'Papeles en la reunión',
      'Quién facilita, quién toma notas y qué hace cada área.',
    ),
    preparation: field(
      z.strictObject({
        steps: field(paragraphs(), 'Pasos antes de la primera reunión', 'Lista de preparación, un paso por elemento. Los materiales para enviar se añaden solos.'),
        send: field(paragraph, 'Qué enviar', 'Cómo y cuándo enviar el cuestionario, la hoja de respuestas y la lista de evidencias.'),
      }),
      'Antes de las reuniones',
      'Lo que prepara y envía quien convoca.',
    ),
    agenda: field(
      z.strictObject({
        minutesPerQuestion: field(
          z.number().int().positive().max(15),
          'Minutos por pregunta',
          'Tiempo que se calcula para acordar cada pregunta con su evidencia. La agenda multiplica por el número de preguntas de cada dimensión.',
        ),
        questionMethod: field(z.string().trim().min(3), 'Método para cada dimensión', 'Cómo se trabaja cada dimensión en la agenda.'),
        intro: field(paragraphs(), 'Cómo se reparte', 'Lo que explica la agenda: el reparto de dimensiones se calcula solo, por número de preguntas.'),
        sessions: field(
          z
            .array(
              z.strictObject({
                title: field(z.string().trim().min(3), 'Nombre', 'Por ejemplo: Primera reunión.'),
                opening: field(z.array(meetingItem).min(1), 'Al empezar', 'Actividades antes de la primera dimensión de la reunión.'),
                closing: field(z.array(meetingItem).min(1), 'Al terminar', 'Actividades después de la última dimensión de la reunión.'),
              }),
            )
            .min(2)
            .max(2),
          'Las dos reuniones',
          'Lo que se hace al empezar y al terminar cada reunión. Las dimensiones de cada una se calculan solas.',
        ),
      }),
      'Agenda',
      'Los minutos por pregunta y las actividades de apertura y cierre de cada reunión.',
    ),
    agreement: field(
      z.strictObject({
        steps: field(paragraphs(), 'Pasos para cada pregunta', 'Cómo se llega a una respuesta común, un paso por elemento.'),
        timeWindow: field(paragraph, 'El periodo de las preguntas', 'La regla de los últimos 12 meses y cómo aplicarla.'),
        doubt: field(paragraph, 'Si hay duda entre dos respuestas', 'Qué respuesta elegir y qué anotar.'),
        disagreement: field(paragraph, 'Si el grupo no se pone de acuerdo', 'Cómo decidir y cómo dejar constancia en la nota.'),
        notApplicableRule: field(paragraph, '«No aplica»', 'Cuándo se usa y qué se escribe. La lista de preguntas que lo ofrecen se añade sola.'),
      }),
      'Cómo acordar una respuesta',
      'Las reglas para decidir cada respuesta.',
    ),
    evidenceAdvice: field(paragraphs(), 'Evidencias', 'Qué cuenta como evidencia y cómo traerla. La lista de cada dimensión sale del instrumento.'),
    tool: field(
      z.strictObject({
        steps: field(paragraphs(), 'Cómo pasar las respuestas', 'Los pasos en la herramienta, uno por elemento.'),
        outputs: field(paragraphs(), 'Qué obtiene', 'Lo que da la herramienta al final, un resultado por elemento.'),
      }),
      'La herramienta',
      'Cómo pasar las respuestas a la herramienta y qué se obtiene.',
    ),
    after: field(paragraphs(), 'Después de las reuniones', 'Qué hacer con el resultado, un paso por elemento.'),
  });
}
