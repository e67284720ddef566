/**
 * Zod schemas of every content collection, declared once.
 *
 * `src/content.config.ts` builds the collections from these with Astro's `reference()`; the content
 * check (`scripts/check-content.ts`) builds them with a plain string id and resolves the references
 * itself, so both validate exactly the same fields. Each field carries a Spanish title and
 * description (`.meta()`) for the CMS. What they share is in `schemas/shared.ts`; a collection whose
 * schema has grown into an idea of its own has its file there (the diagnostic instrument).
 */
import { z } from 'astro/zod';
import {
  AUDIENCIAS,
  COMPONENTES,
  EJES,
  SECCIONES_RESULTADOS,
  ETAPAS,
  TIPOS_NOTA,
  FUENTES_GLOSARIO,
  MODALIDADES,
  TIPOS_MANUAL,
  ZONAS,
} from './taxonomy.ts';
import { breakdownMismatches, totalMismatches } from './results.ts';
import { COLLECTION_NAMES, enumOf, entryFields, field, orderField, reportSection, slugPattern, type CollectionName, type ReferenceFactory } from './schemas/shared.ts';
import { diagnosticoSchema } from './schemas/diagnostico.ts';
import { facilitacionSchema } from './schemas/facilitacion.ts';

export { COLLECTION_NAMES, diagnosticoSchema, facilitacionSchema, type CollectionName, type ReferenceFactory };

export function manualSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z.strictObject({
    ...entryFields,
    order: orderField,
    kind: field(enumOf(TIPOS_MANUAL), 'Tipo', 'Manual, guía o cuaderno de trabajo.'),
    audiencia: field(z.array(enumOf(AUDIENCIAS)).min(1), 'Audiencia', 'Para quién está escrito.'),
    componentes: field(z.array(enumOf(COMPONENTES)).min(1), 'Componentes', 'Componentes del proyecto a los que pertenece.'),
    etapa: field(enumOf(ETAPAS), 'Etapa', 'Etapa del proyecto en la que se elaboró.'),
    reportSection: reportSection(),
    reportName: field(z.string().trim().min(3), 'Nombre en el informe', 'El nombre del documento tal como lo imprime el informe.'),
    relatedManuales: field(z.array(ref('manuales')).default([]), 'Manuales relacionados', 'Otros manuales y guías que se leen junto a este.'),
    modulos: field(z.array(ref('modulos')).default([]), 'Módulos relacionados', 'Módulos de «Aprende, Trabaja y Emprende» que lo aplican.'),
    buenasPracticas: field(z.array(ref('buenas-practicas')).default([]), 'Buenas prácticas relacionadas', 'Prácticas municipales que lo ilustran.'),
    searchNames: field(
      z.array(z.string().trim().min(3).max(80)).default([]),
      'Otros nombres para la búsqueda',
      'Cómo lo busca quien no conoce su título, si el título no lo dice: p. ej. «atender a una persona en crisis». Uno por línea; sin palabras que ya son el título de otra página.',
    ),
  });
}

/** Step-by-step notes for one agenda activity, for a trainer who runs it for the first time. */
const facilitationGuide = z.strictObject({
  say: field(z.array(z.string().trim().min(3)).min(1), 'Qué dice y pregunta', 'Lo que la persona facilitadora dice y las preguntas clave, en orden.'),
  participants: field(z.string().trim().min(10), 'Qué hacen participantes', 'Lo que hace el grupo durante la actividad.'),
  output: field(z.string().trim().min(5), 'Resultado esperado', 'Lo que queda al terminar (una lista, un dibujo, una decisión…).'),
  timing: field(z.string().trim().min(5), 'Manejo del tiempo', 'Señales para avanzar, recortar o extender.'),
  adapt: field(
    z.array(z.string().trim().min(5)).min(1),
    'Adaptaciones',
    'Cómo adaptarla para poca lectoescritura, discapacidad y grupos de nacionalidades mezcladas.',
  ),
});

const agendaItem = z.strictObject({
  activity: field(z.string().trim().min(3), 'Actividad', 'Qué se hace.'),
  minutes: field(z.number().int().positive(), 'Minutos', 'Duración de la actividad.'),
  method: field(z.string().trim().min(3), 'Método', 'Cómo se hace (exposición, trabajo en grupos…).'),
  guide: field(facilitationGuide.optional(), 'Paso a paso', 'Notas para facilitar la actividad.'),
});

export const HANDOUT_KINDS = {
  tarjetas: 'Tarjetas para recortar',
  guion: 'Guion de juego de roles',
  hoja: 'Hoja de trabajo',
  ejemplo: 'Documento de ejemplo',
  lista: 'Lista de verificación',
} as const;

/** A printable material of a session: cards, a role-play script, a worksheet, a sample document. */
const handout = z.strictObject({
  id: field(z.string().regex(slugPattern), 'Identificador', 'Minúsculas y guiones; único en el módulo.'),
  title: field(z.string().trim().min(3), 'Título', 'Nombre del material.'),
  kind: field(enumOf(HANDOUT_KINDS), 'Tipo', 'Tarjetas, guion, hoja de trabajo, ejemplo o lista.'),
  intro: field(z.string().trim().min(10), 'Indicaciones', 'Para qué sirve y cómo se usa; di si es un ejemplo inventado.'),
  items: field(z.array(z.string().trim().min(2)).min(1), 'Contenido', 'Una tarjeta, línea del guion, pregunta o fila por elemento.'),
});

const shortAgendaItem = z.strictObject({
  activity: field(z.string().trim().min(3), 'Actividad', 'Qué se hace.'),
  minutes: field(z.number().int().positive(), 'Minutos', 'Duración en la versión corta.'),
  method: field(z.string().trim().min(3), 'Método', 'Cómo se hace.'),
  change: field(z.enum(['mantener', 'acortar', 'tarea']), 'Cambio', 'Se mantiene, se acorta o pasa a tarea para la casa (0 minutos en la sesión).'),
});


/** The courses module entries belong to. */
export const CURSOS = {
  'aprende-trabaja-emprende': 'Aprende, Trabaja y Emprende',
  'en-marcha-digital': 'En Marcha Digital',
  'formacion-de-formadores': 'Formación de formadores',
} as const;

export function moduloSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z
    .strictObject({
      ...entryFields,
      order: orderField,
      course: field(enumOf(CURSOS), 'Curso', 'Aprende, Trabaja y Emprende, En Marcha Digital o Formación de formadores.'),
      durationMinutes: field(z.number().int().positive(), 'Duración (minutos)', 'Duración total del módulo.'),
      workshop: field(z.string().trim().min(3), 'Taller de origen', 'Taller del informe en el que se basa.'),
      reportSection: reportSection(),
      objectives: field(z.array(z.string().trim().min(3)).min(1), 'Objetivos', 'Lo que cada participante logra.'),
      materials: field(z.array(z.string().trim().min(2)).default([]), 'Materiales', 'Lo que hay que preparar.'),
      agenda: field(z.array(agendaItem).min(1), 'Agenda', 'Actividades con sus minutos; suman la duración del módulo.'),
      variants: field(
        z
          .array(
            z.strictObject({
              modalidad: field(enumOf(MODALIDADES), 'Modalidad', 'Presencial, virtual, mixta o validación.'),
              notes: field(z.string().trim().min(3), 'Indicaciones', 'Cómo se adapta el módulo a esta modalidad.'),
              agenda: field(z.array(agendaItem).optional(), 'Agenda propia', 'Solo si la modalidad cambia la agenda.'),
            }),
          )
          .default([]),
        'Variantes por modalidad',
        'Adaptaciones del módulo a cada modalidad.',
      ),
      preparation: field(
        z
          .strictObject({
            space: field(z.string().trim().min(5), 'Sala o plataforma', 'Dónde se hace y cómo se prepara el espacio.'),
            print: field(z.array(z.string().trim().min(3)).default([]), 'Para imprimir', 'Qué imprimir y cuántas copias.'),
            prepMinutes: field(z.number().int().positive(), 'Tiempo de preparación (minutos)', 'Cuánto tarda preparar la sesión.'),
            checklist: field(z.array(z.string().trim().min(3)).min(1), 'Lista de preparación', 'Lo que hay que tener listo antes de empezar.'),
          })
          .optional(),
        'Antes de la sesión',
        'Lista de preparación para la persona facilitadora.',
      ),
      handouts: field(z.array(handout).default([]), 'Materiales para imprimir', 'Tarjetas, guiones, hojas de trabajo y ejemplos que usa la agenda.'),
      shortVersion: field(
        z
          .strictObject({
            notes: field(z.string().trim().min(10), 'Indicaciones', 'Qué se mantiene, qué se acorta y qué pasa a tarea.'),
            agenda: field(z.array(shortAgendaItem).min(1), 'Agenda de 2 horas', 'Actividades de la versión corta; suman 120 minutos.'),
          })
          .optional(),
        'Versión de 2 horas',
        'Para módulos de más de 2 horas.',
      ),
      facilitatorTips: field(
        z.array(z.string().trim().min(3)).default([]),
        'Consejos para facilitar',
        'Grupos mixtos (personas en movilidad humana y comunidad de acogida), enfoque de género.',
      ),
      quiz: field(ref('cuestionarios').optional(), 'Cuestionario', 'Autoevaluación del módulo.'),
      manuales: field(z.array(ref('manuales')).default([]), 'Manuales relacionados', 'Manuales y guías que usa el módulo.'),
    })
    .superRefine((modulo, ctx) => {
      const agendas = [
        { path: ['agenda'], agenda: modulo.agenda },
        ...modulo.variants.flatMap((variant, index) =>
          variant.agenda ? [{ path: ['variants', index, 'agenda'], agenda: variant.agenda }] : [],
        ),
      ];
      if (modulo.shortVersion) {
        const total = modulo.shortVersion.agenda.reduce((sum, item) => sum + (item.change === 'tarea' ? 0 : item.minutes), 0);
        if (total !== 120) {
          ctx.addIssue({
            code: 'custom',
            path: ['shortVersion', 'agenda'],
            message: `los minutos de la versión de 2 horas suman ${total}, no 120 (las actividades que pasan a tarea no cuentan)`,
          });
        }
      }
      const handoutIds = modulo.handouts.map((h) => h.id);
      handoutIds.forEach((id, index) => {
        if (handoutIds.indexOf(id) !== index) {
          ctx.addIssue({ code: 'custom', path: ['handouts', index, 'id'], message: `el identificador de material «${id}» está repetido` });
        }
      });
      for (const { path, agenda } of agendas) {
        const total = agenda.reduce((sum, item) => sum + item.minutes, 0);
        if (total !== modulo.durationMinutes) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `los minutos de la agenda suman ${total}, pero la duración del módulo es ${modulo.durationMinutes}`,
          });
        }
      }
    });
}

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

export function buenaPracticaSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z.strictObject({
    ...entryFields,
    order: field(z.number().int().positive(), 'Orden', 'Posición de la práctica en la tabla del informe (1 a 28).'),
    eje: field(enumOf(EJES), 'Eje', 'Eje de la estrategia de sensibilización y abogacía al que pertenece.'),
    zona: field(enumOf(ZONAS), 'Zona', 'Zona de intervención.'),
    municipio: field(ref('municipios'), 'Municipio', 'GAD que la desarrolló.'),
    entidad: field(z.string().trim().min(2).optional(), 'Entidad', 'Entidad municipal o aliada, tal como la nombra el informe (p. ej. CorpoAmbato).'),
    reportTitle: field(z.string().trim().min(3), 'Nombre en el informe', 'El nombre de la práctica exactamente como lo imprime la tabla del informe.'),
    reportSection: reportSection(),
    printedEje: field(enumOf(EJES).optional(), 'Eje impreso en el informe', 'Solo si la tabla del informe la pone bajo otro eje.'),
    nota: field(ref('notas').optional(), 'Nota sobre el informe', 'Si la fila de esta práctica en la tabla del informe tiene una nota (se muestra como «ver nota»).'),
    manuales: field(z.array(ref('manuales')).default([]), 'Manuales relacionados', 'Manuales y guías relacionados.'),
    modulos: field(z.array(ref('modulos')).default([]), 'Módulos relacionados', 'Módulos de capacitación relacionados.'),
  });
}

export const CAMPANA_KINDS = {
  concepto: 'La campaña',
  estrategia: 'Estrategias, canales y piezas',
  taller: 'Talleres y planes locales',
  resultado: 'Resultados',
  guia: 'Replicar la campaña',
} as const;

export function campanaSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z.strictObject({
    ...entryFields,
    order: orderField,
    kind: field(enumOf(CAMPANA_KINDS), 'Parte', 'En qué parte de la campaña se muestra la página.'),
    reportSection: reportSection(),
    resultados: field(z.array(ref('resultados')).default([]), 'Tablas de resultados', 'Tablas del informe que la página muestra (las cifras vienen de ahí, no se escriben a mano).'),
    municipios: field(z.array(ref('municipios')).default([]), 'Municipios', 'GAD donde se hizo este trabajo, según el informe.'),
    manuales: field(z.array(ref('manuales')).default([]), 'Manuales relacionados', 'Manuales y guías relacionados.'),
    printable: field(z.boolean().default(false), 'Para imprimir', 'Una plantilla pensada para imprimir y llenar a mano.'),
  });
}

export const PROVINCIAS = {
  pichincha: 'Pichincha',
  cotopaxi: 'Cotopaxi',
  tungurahua: 'Tungurahua',
  guayas: 'Guayas',
  'el-oro': 'El Oro',
} as const;

export function municipioSchema() {
  return z.strictObject({
    ...entryFields,
    order: orderField,
    provincia: field(enumOf(PROVINCIAS), 'Provincia', 'Provincia, como la da el informe.'),
    zona: field(enumOf(ZONAS), 'Zona', 'Zona de intervención, como la da el informe.'),
    reportSection: reportSection(),
  });
}

/** A figure as printed, or null where the report prints none; the CMS writes an emptied number as "". */
const figureValue = z.preprocess((value) => (value === '' ? null : value), z.number().nullable());

export function resultadoSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z
    .strictObject({
      ...entryFields,
      order: orderField,
      reportSection: reportSection(),
      section: field(enumOf(SECCIONES_RESULTADOS), 'Parte del tablero', 'Dónde aparece la tabla en la página de resultados.'),
      unit: field(z.string().trim().min(1), 'Unidad', 'Qué cuentan las cifras: personas, funcionarios/as, %…'),
      columns: field(z.array(z.string().trim().min(1)).min(1), 'Columnas', 'Encabezados de las columnas de cifras.'),
      figuresAsOf: field(
        z.string().trim().min(3).optional(),
        'Fecha de las cifras',
        'Hasta cuándo llegan las cifras, con las palabras del informe: «al cierre de marzo de 2023». Se muestra junto a cada cifra.',
      ),
      rows: field(
        z
          .array(
            z.strictObject({
              label: field(z.string().trim().min(1), 'Etiqueta', 'Nombre de la fila, como en el informe.'),
              municipio: field(ref('municipios').optional(), 'Municipio', 'Si la fila es de un GAD.'),
              zona: field(enumOf(ZONAS).optional(), 'Zona', 'Si la fila es de una zona.'),
              values: field(z.array(figureValue).min(1), 'Valores', 'Una cifra por columna; vacío si el informe no la da.'),
              unit: field(z.string().trim().min(1).optional(), 'Unidad de la fila', 'Solo si esta fila cuenta otra cosa que la tabla (por ejemplo, %).'),
              achievedUnit: field(
                z.string().trim().min(1).optional(),
                'Unidad de la cifra del informe',
                'Solo en las metas, si la cifra del informe cuenta otra cosa que la meta (por ejemplo, capitales y no personas). Así no se calcula la parte de la meta.',
              ),
              reportSection: field(reportSection().optional(), 'Sección de la fila', 'Solo si la cifra viene de otra sección que la tabla.'),
              passages: field(
                z
                  .array(
                    z.strictObject({
                      section: reportSection(),
                      text: field(z.string().trim().min(10), 'Lo que imprime', 'Lo que el informe imprime en esa sección, con sus palabras entre comillas «…».'),
                    }),
                  )
                  .min(1)
                  .optional(),
                'Lo que imprime el informe',
                'Solo si el informe da más de una cifra o afirmación para esta fila: una línea por cada lugar, con su sección.',
              ),
              note: field(z.string().trim().min(3).optional(), 'Aclaración', 'Aclaración corta junto a la cifra (qué cuenta, de cuándo es).'),
              nota: field(ref('notas').optional(), 'Nota sobre el informe', 'Si el informe imprime esta cifra de otra forma en otro lugar (se muestra como «ver nota»).'),
            }),
          )
          .min(1),
        'Filas',
        'Las filas de la tabla, tal como las imprime el informe.',
      ),
      total: field(
        z
          .strictObject({
            label: field(z.string().trim().min(1), 'Etiqueta', 'Por ejemplo: Total.'),
            values: field(z.array(figureValue).min(1), 'Valores', 'Una cifra por columna, como las imprime el informe.'),
            nota: field(ref('notas').optional(), 'Nota sobre el total', 'Obligatoria si el total impreso no es la suma de las filas: la nota dice lo que imprime el informe.'),
          })
          .optional(),
        'Total',
        'La fila de total tal como la imprime el informe (no se recalcula).',
      ),
      target: field(
        z.strictObject({ value: field(z.number(), 'Valor', 'La cifra de la meta.'), label: field(z.string().trim().min(3), 'Texto', 'Qué mide la meta.') }).optional(),
        'Meta',
        'Meta del proyecto para este indicador.',
      ),
      headline: field(
        z.strictObject({ value: field(z.number(), 'Valor', 'La cifra.'), label: field(z.string().trim().min(3), 'Texto', 'Lo que cuenta la cifra.') }).optional(),
        'Cifra destacada',
        'La cifra que se muestra en la portada.',
      ),
      breakdown: field(z.boolean().default(false), 'Reparto de un todo', 'Las filas son partes de un mismo total en %: deben sumar 100 o llevar una nota.'),
      chart: field(z.enum(['barras', 'barras-apiladas', 'ninguno']).default('barras'), 'Gráfico', 'Tipo de gráfico. En barras apiladas, una última columna «Total» no se dibuja.'),
      notes: field(z.array(z.string().trim().min(3)).default([]), 'Aclaraciones', 'Lo que hay que saber para leer la tabla (notas al pie del informe, cifras que no da).'),
      notas: field(z.array(ref('notas')).default([]), 'Notas sobre el informe', 'Donde el informe se contradice sobre estas cifras. Las notas cuyo lugar es esta tabla se muestran completas; las demás, como «ver nota».'),
    })
    .superRefine((resultado, ctx) => {
      const width = resultado.columns.length;
      resultado.rows.forEach((row, index) => {
        if (row.values.length !== width) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, 'values'],
            message: `la fila «${row.label}» tiene ${row.values.length} valores para ${width} columnas`,
          });
        }
        if (row.achievedUnit !== undefined && resultado.section !== 'metas') {
          ctx.addIssue({ code: 'custom', path: ['rows', index, 'achievedUnit'], message: 'la unidad de la cifra del informe es solo para la tabla de metas' });
        }
      });
      // A goal's figure is progress at a date, never a verdict: the date goes with it.
      if (resultado.section === 'metas' && !resultado.figuresAsOf && resultado.rows.some((row) => row.values.slice(1).some((value) => value !== null))) {
        ctx.addIssue({ code: 'custom', path: ['figuresAsOf'], message: 'las metas con cifra del informe necesitan la fecha de las cifras («al cierre de marzo de 2023»)' });
      }
      if (resultado.total && resultado.total.values.length !== width) {
        ctx.addIssue({ code: 'custom', path: ['total', 'values'], message: `el total tiene ${resultado.total.values.length} valores para ${width} columnas` });
      }
      // A printed total that is not the sum of its rows is shown as printed, with a note saying so.
      if (resultado.total && !resultado.total.nota) {
        for (const { column, printed, sum } of totalMismatches(resultado)) {
          ctx.addIssue({
            code: 'custom',
            path: ['total', 'nota'],
            message: `el total de «${column}» es ${printed}, pero las filas suman ${sum}: enlace una nota sobre el informe que diga lo que imprime`,
          });
        }
      }
      if (resultado.breakdown && resultado.notes.length === 0 && resultado.notas.length === 0) {
        for (const { column, sum } of breakdownMismatches(resultado)) {
          ctx.addIssue({
            code: 'custom',
            path: ['notes'],
            message: `las filas de «${column}» suman ${sum} %, no 100 %: añada una nota que lo explique`,
          });
        }
      }
    });
}

export function glosarioSchema() {
  return z
    .strictObject({
      term: field(z.string().trim().min(2).max(80), 'Término', 'El término completo (hasta 80 caracteres).'),
      acronym: field(z.string().trim().min(1).optional(), 'Sigla', 'Sigla, si la tiene.'),
      definition: field(z.string().trim().min(10), 'Definición', 'Dos a cuatro frases claras.'),
      source: field(enumOf(FUENTES_GLOSARIO), 'Fuente', 'Definida en el informe o definición general del portal.'),
      reportSection: reportSection().optional(),
      updated: entryFields.updated,
      draft: entryFields.draft,
    })
    .superRefine((entry, ctx) => {
      if (entry.source === 'informe' && !entry.reportSection) {
        ctx.addIssue({ code: 'custom', path: ['reportSection'], message: 'un término definido por el informe necesita su sección del informe' });
      }
    });
}

/** A path on this site, with an optional anchor: /glosario/#ceo, /resultados/#resultado-x. */
const sitePath = z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'Use a path of this site such as /glosario/#ceo');

/**
 * A place where the report contradicts itself or uses a word in more than one sense. Written once
 * here; pages show it in full only at its `subject` (and on the notes page), elsewhere as «ver nota».
 */
export function notaSchema() {
  return z.strictObject({
    title: field(z.string().trim().min(3), 'Título', 'Qué difiere, en pocas palabras: «Dos nombres para el SITE».'),
    kind: field(enumOf(TIPOS_NOTA), 'Tipo', 'Cifras, nombres, tablas o términos.'),
    printed: field(
      z
        .array(
          z.strictObject({
            section: reportSection(),
            text: field(z.string().trim().min(10), 'Lo que imprime', 'Lo que el informe imprime en esa sección, con sus palabras entre comillas.'),
          }),
        )
        .min(1),
      'Lo que imprime el informe',
      'Una línea por cada lugar del informe que imprime algo distinto.',
    ),
    portal: field(z.string().trim().min(10), 'Cómo lo muestra el portal', 'Qué cifra o nombre usa el portal, en una o dos frases.'),
    subject: field(
      sitePath.optional(),
      'Dónde se explica',
      'La página (y el ancla) donde la cifra o el nombre es el tema: ahí se muestra la nota completa. Vacío: solo en «Notas sobre el informe».',
    ),
    updated: entryFields.updated,
    draft: entryFields.draft,
  });
}

/** Every collection's schema, keyed by collection name. */
export function collectionSchemas<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return {
    manuales: manualSchema(ref),
    modulos: moduloSchema(ref),
    cuestionarios: cuestionarioSchema(),
    diagnostico: diagnosticoSchema(ref),
    'buenas-practicas': buenaPracticaSchema(ref),
    campana: campanaSchema(ref),
    municipios: municipioSchema(),
    resultados: resultadoSchema(ref),
    glosario: glosarioSchema(),
    notas: notaSchema(),
    facilitacion: facilitacionSchema(),
  } satisfies Record<CollectionName, z.ZodType>;
}

/** Which collections are MDX (body + frontmatter) and which are YAML data files. */
export const COLLECTION_FORMATS: Record<CollectionName, 'mdx' | 'yaml'> = {
  manuales: 'mdx',
  modulos: 'mdx',
  cuestionarios: 'yaml',
  diagnostico: 'yaml',
  'buenas-practicas': 'mdx',
  campana: 'mdx',
  municipios: 'yaml',
  resultados: 'yaml',
  glosario: 'yaml',
  notas: 'yaml',
  facilitacion: 'yaml',
};
