/**
 * The schema of a module (collection «modulos»): a workshop of «Aprende, Trabaja y Emprende» or a session
 * of the trainers' course, with what its trainer guide needs: preparation, agenda, the step-by-step notes
 * of each activity, the 2-hour version, modality variants and the materials to print.
 */
import { z } from 'astro/zod';
import { MODALIDADES } from '../taxonomy.ts';
import { enumOf, entryFields, field, orderField, reportSection, slugPattern, type ReferenceFactory } from './shared.ts';

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
