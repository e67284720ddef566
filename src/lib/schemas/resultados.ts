/**
 * The schema of a result (collection «resultados»): one figure or table of the report, as printed, with
 * its breakdowns, and the checks that a printed total that is not the sum of its rows says so in a note.
 */
import { z } from 'astro/zod';
import { SECCIONES_RESULTADOS, ZONAS } from '../taxonomy.ts';
import { breakdownMismatches, totalMismatches } from '../results.ts';
import { enumOf, entryFields, field, orderField, reportSection, type ReferenceFactory } from './shared.ts';

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
