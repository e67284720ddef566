import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fieldLabel, validateEntry } from '../../src/cms/validate-entry.ts';
import { collectionConfig } from '../../src/cms/config.ts';
import { TABLE_WIDGET } from '../../src/cms/fields.ts';

const yamlEntry = (path: string) => parse(readFileSync(path, 'utf8')) as Record<string, any>;
const frontmatter = (path: string) => parse(readFileSync(path, 'utf8').split('\n---\n')[0].slice(4)) as Record<string, any>;

describe('CMS validation before saving', () => {
  it('accepts entries as they are on disk, with their body', () => {
    expect(validateEntry('cuestionarios', yamlEntry('src/content/cuestionarios/modulo-01-bienvenida-y-screening.yaml'))).toEqual([]);
    expect(validateEntry('modulos', { ...frontmatter('src/content/modulos/testing-lab.mdx'), body: 'Texto.' })).toEqual([]);
  });

  it('checks the body as the build does, before the save, in Spanish with the line of the body', () => {
    const manual = { ...frontmatter('src/content/manuales/gestion-de-casos.mdx') };
    const problems = (body: string) => validateEntry('manuales', { ...manual, body });
    expect(problems('Un párrafo.\n\n<Callout title="Sin tipo">\nTexto.\n</Callout>')).toEqual(['«Contenido», línea 3 («<Callout title="Sin tipo">»): <Callout> necesita el atributo «type»']);
    expect(problems('<Callout type="nota" title="Dice "hola"">\nX\n</Callout>')[0]).toMatch(/^«Contenido», línea 1 \(«<Callout type="nota" title="Dice "hola"">»\): una etiqueta tiene un atributo mal escrito/);
    expect(problems('Costos {fijos}')).toEqual(['«Contenido», línea 1 («Costos {fijos}»): las llaves «{» y «}» no se permiten en el texto: quítelas o escriba con paréntesis']);
    expect(problems('Texto en <b>negrita</b>')[0]).toMatch(/^«Contenido», línea 1 \(«Texto en <b>negrita<\/b>»\): <b> no es un componente permitido/);
    expect(problems('menos de <3 personas')[0]).toMatch(/el signo «<» abre una etiqueta/);
    expect(problems('menos de < 3 personas')).toEqual([]);
    expect(problems('![Foto](https://ejemplo.com/foto.jpg)')[0]).toMatch(/carpeta de medios/);
    expect(problems('Un párrafo **normal** con `código {ok}`.')).toEqual([]);
  });

  it('refuses a title that would fill a phone screen, in the form and before the save', () => {
    const manual = frontmatter('src/content/manuales/gestion-de-casos.mdx');
    expect(validateEntry('manuales', { ...manual, title: 'Guía '.repeat(60) })).toEqual(['«Título» es demasiado largo: escriba como máximo 140 caracteres']);
    const titleField = collectionConfig('manuales').fields.find((field) => field.name === 'title');
    expect(titleField?.pattern).toEqual(['^[\\s\\S]{3,140}$', 'Escriba entre 3 y 140 caracteres.']);
  });

  it('refuses agenda minutes that do not add up to the duration, in Spanish', () => {
    const modulo = frontmatter('src/content/modulos/testing-lab.mdx');
    modulo.agenda[0].minutes += 5;
    expect(validateEntry('modulos', modulo)).toEqual([expect.stringMatching(/^«Agenda» los minutos de la agenda suman \d+, pero la duración del módulo es 210$/)]);
  });

  it('refuses a single-answer question with two correct options, naming the question', () => {
    const quiz = yamlEntry('src/content/cuestionarios/modulo-01-bienvenida-y-screening.yaml');
    quiz.questions[0].options.forEach((option: { correct: boolean }) => (option.correct = true));
    expect(validateEntry('cuestionarios', quiz)[0]).toMatch(/^«Preguntas n\.º 1 › Opciones» la pregunta «modalidad-mixta» \(«Una respuesta»\) necesita exactamente una opción correcta/);
  });

  it('treats fields the CMS leaves empty as missing and names wrong options', () => {
    const municipio = { ...yamlEntry('src/content/municipios/quito.yaml'), summary: '', zona: 'costa' };
    expect(validateEntry('municipios', municipio)).toEqual([
      '«Resumen» es obligatorio: escríbalo o elija una opción',
      '«Zona» no es una de las opciones permitidas (Sierra Centro, Guayas, El Oro)',
    ]);
  });

  it('accepts a table cell the editor emptied as "no figure", like the printed blanks', () => {
    const table = yamlEntry('src/content/resultados/certificacion-de-formadores.yaml');
    table.rows[0].values[1] = '';
    expect(validateEntry('resultados', table)).toEqual([]);
  });

  it('names fields by the labels the form shows, with positions counted from 1', () => {
    const modulo = collectionConfig('modulos').fields;
    expect(fieldLabel(modulo, ['agenda', 2, 'minutes'])).toBe('Agenda n.º 3 › Minutos');
    expect(fieldLabel(collectionConfig('cuestionarios').fields, ['questions', 10, 'options', 0, 'feedback'])).toMatch(/^Preguntas n\.º 11 › Opciones n\.º 1 › /);
    expect(fieldLabel(modulo, [])).toBe('entrada');
  });

  it('never shows a schema key where the form has a label (every field of every collection)', () => {
    for (const collection of ['manuales', 'modulos', 'cuestionarios', 'diagnostico', 'buenas-practicas', 'campana', 'municipios', 'resultados', 'glosario', 'notas', 'facilitacion'] as const) {
      const form = collectionConfig(collection).fields;
      const walk = (fields: typeof form, path: (string | number)[]) => {
        for (const field of fields) {
          const here = [...path, field.name];
          expect(fieldLabel(form, here), `${collection}: ${here.join('.')}`).toMatch(new RegExp(`${field.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
          if (field.fields) walk(field.fields, field.widget === 'list' || field.widget === TABLE_WIDGET ? [...here, 0] : here);
        }
      };
      walk(form, []);
    }
  });
});
