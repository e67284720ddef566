/**
 * The schema of the diagnostic instrument (collection «diagnostico»).
 */
import { z } from 'astro/zod';
import { DOMINIOS_MGI } from '../taxonomy.ts';
import { enumOf, entryFields, field, orderField, slugPattern, type ReferenceFactory } from './shared.ts';
import { dependencyCycle } from '../diagnostic/dependencies.ts';

/**
 * The GAD governance diagnostic instrument. The answer scale (No / Parcial / Completo / No aplica)
 * is fixed in `src/lib/diagnostic/instrument.ts`; content declares the maturity levels, the
 * dimensions and their indicators, and the renames between versions so older saved assessments
 * can be migrated.
 */
export function diagnosticoSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  // At most 8 keys per object: Decap keeps the order of smaller maps only (DECAP-NOTES.md), so what
  // the score needs is grouped under «scoring» and what the plan needs under «plan».
  const plan = z.strictObject({
    action: field(
      z.string().trim().min(10).max(90),
      'Acción',
      'El título de la acción que cierra la brecha, escrito como acción y corto (10 a 90 caracteres), p. ej. «Conformar el GET por resolución de la máxima autoridad».',
    ),
    dependsOn: field(
      z.array(z.string().regex(slugPattern)).default([]),
      'Después de',
      'Identificadores de los indicadores cuya acción debe hacerse antes (p. ej. conformar el GET antes de redactar la ordenanza). El plan los pone primero.',
    ),
    recommendation: field(z.string().trim().min(10), 'Recomendación', 'Qué hacer cuando la respuesta no es Completo.'),
    resources: field(
      z
        .strictObject({
          manuales: field(z.array(ref('manuales')).default([]), 'Manuales y guías', 'Manuales que ayudan a cerrar la brecha.'),
          modulos: field(z.array(ref('modulos')).default([]), 'Módulos', 'Módulos de capacitación relacionados.'),
          buenasPracticas: field(z.array(ref('buenas-practicas')).default([]), 'Buenas prácticas', 'Experiencias de otros GAD.'),
          campana: field(z.array(ref('campana')).default([]), 'Campaña', 'Páginas de la campaña Pro-Integración.'),
        })
        .default({ manuales: [], modulos: [], buenasPracticas: [], campana: [] }),
      'Recursos',
      'Manuales, módulos, buenas prácticas y páginas de la campaña que cierran la brecha.',
    ),
  });
  const scoring = z.strictObject({
    weight: field(z.number().positive().max(10), 'Peso', 'Importancia del indicador dentro de su dimensión (mayor que 0).'),
    weightReason: field(
      z.string().trim().min(10).max(200),
      'Por qué este peso',
      'Una frase que explica el peso (la metodología la muestra), p. ej. «Sin este grupo no hay quien coordine las demás acciones».',
    ),
    mgiDomain: field(enumOf(DOMINIOS_MGI), 'Dominio MGI', 'Dominio de los Indicadores de Gobernanza de la Migración Local (OIM) al que corresponde.'),
  });
  const indicator = z.strictObject({
    id: field(z.string().regex(slugPattern), 'Identificador', 'Minúsculas y guiones; único en todo el instrumento y estable: las evaluaciones guardadas lo usan.'),
    question: field(z.string().trim().min(10), 'Pregunta', 'La pregunta que responde el GAD, de usted, clara y concreta.'),
    short: field(
      z.string().trim().min(15).max(70),
      'Pregunta abreviada',
      'La pregunta en pocas palabras (hasta 70 caracteres), para la hoja de respuestas impresa.',
    ),
    help: field(z.string().trim().min(10), 'Ayuda', 'Cómo decidir entre No, Parcial y Completo.'),
    notApplicable: field(
      z.string().trim().min(10).max(300).optional(),
      'Cuándo se puede responder «No aplica»',
      'Déjelo vacío si «No aplica» no se permite: entonces no se ofrece. Si se permite, escriba la condición en palabras, p. ej. «El cantón no tiene paso fronterizo».',
    ),
    evidence: field(z.array(z.string().trim().min(3)).min(1), 'Medios de verificación', 'Documentos o hechos que respaldan la respuesta.'),
    scoring: field(scoring, 'Puntaje', 'El peso del indicador en su dimensión y su dominio MGI.'),
    plan: field(plan, 'Plan de acción', 'La acción que cierra la brecha, qué debe hacerse antes, la recomendación y los recursos.'),
  });
  return z
    .strictObject({
      ...entryFields,
      version: field(z.number().int().positive(), 'Versión', 'Súbala cuando cambien preguntas, identificadores o pesos; las evaluaciones guardadas la registran.'),
      levels: field(
        z
          .array(
            z.strictObject({
              id: field(z.string().regex(slugPattern), 'Identificador', 'Minúsculas y guiones.'),
              label: field(z.string().trim().min(3), 'Nombre', 'Nombre del nivel de madurez.'),
              min: field(z.number().min(0).max(100), 'Desde (puntaje)', 'Puntaje de 0 a 100 desde el que se alcanza el nivel.'),
              description: field(z.string().trim().min(10), 'Descripción', 'Qué significa estar en este nivel.'),
            }),
          )
          .min(2),
        'Niveles de madurez',
        'Niveles por puntaje, de menor a mayor; el primero empieza en 0.',
      ),
      history: field(
        z
          .array(
            z.strictObject({
              version: field(z.number().int().positive(), 'Versión', 'La versión que introdujo el cambio.'),
              renamed: field(
                z
                  .array(
                    z.strictObject({
                      from: field(z.string().regex(slugPattern), 'Antes', 'Identificador anterior.'),
                      to: field(z.string().regex(slugPattern), 'Ahora', 'Identificador nuevo.'),
                    }),
                  )
                  .default([]),
                'Indicadores renombrados',
                'Para que las respuestas guardadas con el identificador anterior se conserven.',
              ),
              previous: field(
                z
                  .array(
                    z.strictObject({
                      id: field(z.string().regex(slugPattern), 'Identificador', 'Identificador en la versión anterior.'),
                      short: field(z.string().trim().min(3), 'Pregunta en pocas palabras', 'Como se llamaba en la versión anterior.'),
                    }),
                  )
                  .default([]),
                'Indicadores de la versión anterior, en orden',
                'Se copian al publicar una versión nueva, sin cambiarlos: con ellos se abren los enlaces y archivos de la versión anterior y se dice qué preguntas son nuevas y cuáles se quitaron.',
              ),
            }),
          )
          .default([]),
        'Historial de versiones',
        'Cambios de identificadores entre versiones.',
      ),
      dimensions: field(
        z
          .array(
            z.strictObject({
              id: field(z.string().regex(slugPattern), 'Identificador', 'Minúsculas y guiones; estable.'),
              title: field(z.string().trim().min(3), 'Título', 'Nombre de la dimensión.'),
              order: orderField,
              summary: field(z.string().trim().min(20), 'Resumen', 'Qué revisa esta dimensión, en una o dos frases.'),
              indicators: field(z.array(indicator).min(1), 'Indicadores', 'Preguntas de la dimensión.'),
            }),
          )
          .min(1),
        'Dimensiones',
        'Dimensiones del autodiagnóstico.',
      ),
    })
    .superRefine((instrument, ctx) => {
      instrument.levels.forEach((level, index) => {
        if (index === 0 && level.min !== 0) {
          ctx.addIssue({ code: 'custom', path: ['levels', 0, 'min'], message: 'el primer nivel debe empezar en 0' });
        }
        if (index > 0 && level.min <= instrument.levels[index - 1].min) {
          ctx.addIssue({
            code: 'custom',
            path: ['levels', index, 'min'],
            message: `los niveles deben ir de menor a mayor: «${level.label}» empieza en ${level.min}, no más que el nivel anterior`,
          });
        }
      });
      const seen = (path: (string | number)[], kind: string, ids: Set<string>, id: string) => {
        if (ids.has(id)) ctx.addIssue({ code: 'custom', path, message: `el identificador de ${kind} «${id}» está repetido` });
        ids.add(id);
      };
      const levelIds = new Set<string>();
      instrument.levels.forEach((level, index) => seen(['levels', index, 'id'], 'nivel', levelIds, level.id));
      const dimensionIds = new Set<string>();
      const indicatorIds = new Set<string>();
      instrument.dimensions.forEach((dimension, d) => {
        seen(['dimensions', d, 'id'], 'dimensión', dimensionIds, dimension.id);
        dimension.indicators.forEach((indicator, i) => seen(['dimensions', d, 'indicators', i, 'id'], 'indicador', indicatorIds, indicator.id));
      });
      const where = new Map<string, [number, number]>();
      instrument.dimensions.forEach((dimension, d) => dimension.indicators.forEach((indicator, i) => where.has(indicator.id) || where.set(indicator.id, [d, i])));
      instrument.dimensions.forEach((dimension, d) =>
        dimension.indicators.forEach((indicator, i) =>
          indicator.plan.dependsOn.forEach((id, k) => {
            const path = ['dimensions', d, 'indicators', i, 'plan', 'dependsOn', k];
            if (id === indicator.id) ctx.addIssue({ code: 'custom', path, message: `el indicador «${id}» no puede depender de sí mismo` });
            else if (!where.has(id)) ctx.addIssue({ code: 'custom', path, message: `el indicador «${id}» no existe en el instrumento` });
          }),
        ),
      );
      const cycle = dependencyCycle(instrument.dimensions.flatMap((dimension) => dimension.indicators.map(({ id, plan }) => ({ id, dependsOn: plan.dependsOn }))));
      if (cycle) {
        const [d, i] = where.get(cycle[0])!;
        ctx.addIssue({ code: 'custom', path: ['dimensions', d, 'indicators', i, 'plan', 'dependsOn'], message: `las dependencias forman un círculo: ${cycle.join(' → ')}` });
      }
      // Every earlier version must be readable: its indicators, in order, sit in the next version's change.
      for (let version = 2; version <= instrument.version; version++) {
        const change = instrument.history.findIndex((entry) => entry.version === version);
        if (change === -1 || instrument.history[change].previous.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: change === -1 ? ['history'] : ['history', change, 'previous'],
            message: `faltan los indicadores de la versión ${version - 1}, en orden: sin ellos no se abren los enlaces, archivos ni autodiagnósticos guardados con esa versión`,
          });
        }
      }
      instrument.history.forEach((change, h) => {
        const before = new Set<string>();
        change.previous.forEach((old, p) => seen(['history', h, 'previous', p, 'id'], `la versión ${change.version - 1}`, before, old.id));
        change.renamed.forEach((rename, r) => {
          if (change.previous.length > 0 && !before.has(rename.from)) {
            ctx.addIssue({ code: 'custom', path: ['history', h, 'renamed', r, 'from'], message: `el indicador «${rename.from}» no estaba en la versión ${change.version - 1}` });
          }
        });
        if (change.version > instrument.version) {
          ctx.addIssue({ code: 'custom', path: ['history', h, 'version'], message: `el cambio es de la versión ${change.version}, posterior a la actual (${instrument.version})` });
        }
        change.renamed.forEach((rename, r) => {
          if (change.version === instrument.version && !indicatorIds.has(rename.to)) {
            ctx.addIssue({ code: 'custom', path: ['history', h, 'renamed', r, 'to'], message: `el indicador «${rename.to}» no existe en el instrumento` });
          }
        });
      });
    });
}
