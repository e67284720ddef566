import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatIssue, type ContentFile } from '../../src/lib/content-check.ts';
import { findLongSentences, formatLongSentence, mdxTextBlocks } from '../../src/lib/long-sentences.ts';
import { checkMediaFiles, uploadProblem } from '../../src/lib/media.ts';
import { readContentFiles } from '../../scripts/check-content.ts';

const FIXTURES = 'tests/fixtures/content';
const messages = (root: string) => checkContent(readContentFiles(root)).map(formatIssue);

describe('content check', () => {
  it('passes the portal content as it is', () => {
    expect(messages('src/content')).toEqual([]);
  });

  it('checks a file again after it changes, in the same process (as the rebuilder checks on each publication)', () => {
    const files = readContentFiles('src/content');
    const index = files.findIndex((file) => file.collection === 'glosario');
    const term = files[index];
    expect(checkContent(files)).toEqual([]);
    const found = checkContent(files.with(index, { ...term, source: `${term.source}campoNuevo: sí\n` })).map(formatIssue);
    expect(found).toEqual([`${term.path}: field "campoNuevo": campo desconocido (revise cómo está escrito: el esquema no lo declara)`]);
    // Back as it was: the same text passes again.
    expect(checkContent(files)).toEqual([]);
  });

  it('names file and field of a missing field and a wrong enum value', () => {
    expect(messages(`${FIXTURES}/missing-field`)).toEqual([
      expect.stringMatching(/^tests\/fixtures\/content\/missing-field\/manuales\/audiencia-invalida\.mdx: field "audiencia\[0\]": no es una de las opciones permitidas/),
      expect.stringMatching(/^tests\/fixtures\/content\/missing-field\/manuales\/sin-resumen\.mdx: field "summary": /),
    ]);
  });

  it('names file and field of a reference to an entry that does not exist', () => {
    expect(messages(`${FIXTURES}/bad-reference`)).toEqual([
      'tests/fixtures/content/bad-reference/manuales/referencia-rota.mdx: field "relatedManuales[0]": referencia rota: no hay ninguna entrada «no-existe» en manuales',
    ]);
  });

  it('names file and line of import, expressions, unknown components and bad attributes in MDX', () => {
    const found = messages(`${FIXTURES}/mdx-import`);
    const file = 'tests/fixtures/content/mdx-import/manuales/con-import.mdx';
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^${file}:16: «import» y «export» no se permiten`)),
      expect.stringMatching(new RegExp(`^${file}:18: las llaves`)),
      expect.stringMatching(new RegExp(`^${file}:20: <Grafico> no es un componente permitido`)),
      expect.stringMatching(new RegExp(`^${file}:22: <Callout type="peligro">: el valor debe ser uno de`)),
    ]);
  });

  it('refuses a duplicate slug and an undeclared field', () => {
    const found = messages(`${FIXTURES}/duplicate-slug`);
    expect(found).toContain(
      'tests/fixtures/content/duplicate-slug/glosario/gad.yaml: field "slug": dirección repetida «gad»: ya la usa tests/fixtures/content/duplicate-slug/glosario/gad-copia.yaml',
    );
    expect(found).toContain('tests/fixtures/content/duplicate-slug/glosario/gad-copia.yaml: field "slug": campo desconocido (revise cómo está escrito: el esquema no lo declara)');
  });

  it('names the quiz question whose single answer has two correct options', () => {
    expect(messages(`${FIXTURES}/bad-quiz`)).toEqual([
      'tests/fixtures/content/bad-quiz/cuestionarios/dos-correctas.yaml: field "questions[0].options": la pregunta «pregunta-uno» («Una respuesta») necesita exactamente una opción correcta y tiene 2',
    ]);
  });

  it('names file and field of a diagnostic with a zero weight, a repeated id, unordered levels, an empty dimension and dependencies in a circle or on no indicator', () => {
    const file = 'tests/fixtures/content/bad-diagnostic/diagnostico/instrumento.yaml';
    expect(messages(`${FIXTURES}/bad-diagnostic`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${file}: field "dimensions\\[0\\]\\.indicators\\[0\\]\\.scoring\\.weight": `)),
        expect.stringMatching(new RegExp(`^${file}: field "dimensions\\[1\\]\\.indicators": `)),
      ]),
    );
    // The cross-field rules run once the fields themselves are valid.
    const fixed = readContentFiles(`${FIXTURES}/bad-diagnostic`).map((f) => ({
      ...f,
      source: f.source.replace('weight: 0', 'weight: 2').replace(/  - id: normativa[\s\S]*$/, ''),
    }));
    expect(checkContent(fixed).map(formatIssue)).toEqual([
      `${file}: field "levels[2].min": los niveles deben ir de menor a mayor: «En desarrollo» empieza en 35, no más que el nivel anterior`,
      `${file}: field "dimensions[0].indicators[1].id": el identificador de indicador «ei-get» está repetido`,
      `${file}: field "dimensions[0].indicators[1].plan.dependsOn[0]": el indicador «no-existe» no existe en el instrumento`,
      `${file}: field "dimensions[0].indicators[0].plan.dependsOn": las dependencias forman un círculo: ei-get → ei-actas → ei-get`,
    ]);
    // A new version must keep the previous one's indicators, or its links, files and saved work could not be opened.
    const newer = fixed.map((f) => ({ ...f, source: f.source.replace('version: 1', 'version: 2') }));
    expect(checkContent(newer).map(formatIssue)).toContain(
      `${file}: field "history": faltan los indicadores de la versión 1, en orden: sin ellos no se abren los enlaces, archivos ni autodiagnósticos guardados con esa versión`,
    );
  });

  it('refuses a printed total that is not the sum of its rows unless a note says so', () => {
    expect(messages(`${FIXTURES}/bad-totals`)).toEqual([
      'tests/fixtures/content/bad-totals/resultados/total-que-no-suma.yaml: field "total.nota": el total de «Personas» es 6, pero las filas suman 5: enlace una nota sobre el informe que diga lo que imprime',
    ]);
  });

  it('refuses goal figures without their date, and a figure unit outside the goals table', () => {
    expect(messages(`${FIXTURES}/bad-goals`)).toEqual([
      'tests/fixtures/content/bad-goals/resultados/metas-sin-fecha.yaml: field "figuresAsOf": las metas con cifra del informe necesitan la fecha de las cifras («al cierre de marzo de 2023»)',
      'tests/fixtures/content/bad-goals/resultados/unidad-fuera-de-metas.yaml: field "rows[0].achievedUnit": la unidad de la cifra del informe es solo para la tabla de metas',
    ]);
  });

  it('checks file conventions the CMS relies on: LF, one final newline, no BOM, known extensions', () => {
    const issues = checkContent([
      { collection: 'glosario', name: 'a.yaml', path: 'a.yaml', source: '\uFEFFterm: A\r\n' },
      { collection: 'manuales', name: 'b.md', path: 'b.md', source: '---\n---\n' },
      { collection: 'glosario', name: 'C D.yaml', path: 'C D.yaml', source: 'term: x\n\n' },
    ]).map(formatIssue);
    expect(issues).toEqual(
      expect.arrayContaining([
        'a.yaml:1: quite la marca BOM del principio (guarde como UTF-8 sin BOM)',
        'a.yaml: use finales de línea LF, no CRLF',
        'b.md: el sitio no lee este archivo: las entradas de manuales son archivos .mdx',
        'C D.yaml: termine el archivo con un solo salto de línea',
        'C D.yaml: nombre el archivo solo con minúsculas, cifras y guiones (el nombre es la dirección de la página)',
      ]),
    );
  });

  it('refuses an entry named like a page of the portal (/glosario/completo/)', () => {
    const source = readFileSync('src/content/glosario/alcance.yaml', 'utf8');
    const issues = checkContent([{ collection: 'glosario', name: 'completo.yaml', path: 'glosario/completo.yaml', source }]).map(formatIssue);
    expect(issues).toContain('glosario/completo.yaml: field "slug": la dirección «completo» es de una página del portal: elija otro nombre de archivo');
  });

  it('makes the build script exit with the messages when content is invalid', () => {
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['scripts/check-content.ts', `${FIXTURES}/bad-reference`], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { status: number; stderr: string };
      status = failure.status;
      output = failure.stderr;
    }
    expect(status).toBe(1);
    expect(output).toContain('referencia-rota.mdx: field "relatedManuales[0]": referencia rota');
  });
});

describe('long sentences (warnings)', () => {
  const long = `Quienes participan ${'aprenden a vender y a cuidar su negocio '.repeat(4).trim()} con apoyo del municipio.`; // 2 + 32 + 4 words
  const manual: ContentFile = {
    collection: 'manuales',
    name: 'prueba.mdx',
    path: 'src/content/manuales/prueba.mdx',
    source: [
      '---',
      'title: Prueba',
      `summary: Un resumen corto. ${long}`,
      '---',
      'Una frase corta.',
      '',
      `## Un título`,
      '',
      `- Un punto corto. ${long.replace('Quienes', 'Las personas que')}`,
      '',
      `Primera frase corta del párrafo, que sigue`,
      `en la línea siguiente. ${long} [ver nota](/notas-sobre-el-informe/#ejes) Sigue otra frase corta.`,
      '',
      '<Callout type="consejo" title="Un consejo">',
      `${long}`,
      '</Callout>',
      '',
      '```',
      long,
      '```',
      '',
    ].join('\n'),
  };
  const glossary: ContentFile = {
    collection: 'glosario',
    name: 'prueba.yaml',
    path: 'src/content/glosario/prueba.yaml',
    source: `term: Prueba\ndefinition: >-\n  Una definición.\n  ${long}\n`,
  };

  it('finds sentences over 30 words in data fields and MDX bodies, with file, line and field; not in code', () => {
    const found = findLongSentences([manual, glossary]);
    expect(found.map((warning) => [warning.path, warning.line, warning.field, warning.words])).toEqual([
      ['src/content/manuales/prueba.mdx', 3, 'summary', 38],
      ['src/content/manuales/prueba.mdx', 9, undefined, 40],
      ['src/content/manuales/prueba.mdx', 12, undefined, 38],
      ['src/content/manuales/prueba.mdx', 15, undefined, 38],
      ['src/content/glosario/prueba.yaml', 2, 'definition', 38],
    ]);
    expect(found.map((warning) => warning.collection)).toEqual(['manuales', 'manuales', 'manuales', 'manuales', 'glosario']);
    expect(formatLongSentence(found[0])).toBe('src/content/manuales/prueba.mdx:3: field "summary": 38 palabras: «Quienes participan aprenden a vender y a cuidar…»');
    expect(formatLongSentence(found[2])).toBe('src/content/manuales/prueba.mdx:12: 38 palabras: «Quienes participan aprenden a vender y a cuidar…»');
  });

  it('reads body text from the MDX tree: links by their text, «ver nota» markers left out', () => {
    const blocks = mdxTextBlocks('Vea la [guía](/manuales/x/) completa. [ver nota](/notas-sobre-el-informe/#x) Luego siga.\n', 5);
    expect(blocks.map((block) => block.text)).toEqual(['Vea la guía completa.  Luego siga.']);
    expect(new Set(blocks[0].lines)).toEqual(new Set([5]));
  });

  it('takes a limit and finds nothing in short text', () => {
    expect(findLongSentences([manual, glossary], 40)).toEqual([]);
  });

  it('lists them as «Avisos» after a passing check, without failing it', () => {
    const root = mkdtempSync(join(tmpdir(), 'integra-long-sentences-'));
    try {
      mkdirSync(join(root, 'manuales'));
      const valid = readFileSync(`${FIXTURES}/bad-reference/manuales/referencia-rota.mdx`, 'utf8')
        .replace(/relatedManuales:\n {2}- no-existe\n/, '')
        .replace(/^Texto\.$/m, long);
      writeFileSync(join(root, 'manuales', 'frase-larga.mdx'), valid);
      const output = execFileSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8', stdio: 'pipe' });
      expect(output).toMatch(/^Content check passed: 1 files/);
      expect(output).toContain('Avisos: 1 frase(s) de más de 30 palabras (manuales 1)');
      expect(output).toMatch(/manuales\/frase-larga\.mdx:16: 38 palabras: «Quienes participan/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('media folder', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
  const text = (value: string) => new TextEncoder().encode(value);

  it('accepts raster images only, so an upload can never be served as a script or a page', () => {
    const issues = checkMediaFiles('public/imagenes', [
      { name: 'foto.jpg', head: jpeg },
      { name: 'fotos/grafico.png', head: png },
      { name: '.gitkeep', head: new Uint8Array() },
      { name: 'logo.SVG', head: text('<svg xmlns="http://www.w3.org/2000/svg">') },
      { name: 'x.js', head: text('alert(1)') },
      { name: 'pagina.html', head: text('<!DOCTYPE html>') },
    ]);
    expect(issues.map((issue) => issue.path)).toEqual(['public/imagenes/logo.SVG', 'public/imagenes/x.js', 'public/imagenes/pagina.html']);
    expect(issues[0].message).toMatch(/^en la carpeta de medios solo van imágenes \(\.png, \.jpg, \.jpeg, \.webp, \.avif, \.gif\); las SVG/);
  });

  it('refuses a file whose content is not the image its name says (an SVG renamed .png)', () => {
    expect(checkMediaFiles('public/imagenes', [{ name: 'foto.png', head: text('<svg onload="alert(1)">') }])).toEqual([
      { path: 'public/imagenes/foto.png', message: expect.stringMatching(/^el archivo dice ser una imagen \.png pero su contenido no lo es/) },
    ]);
  });

  it('the admin refuses at upload what the media folder does not take, by name and by the type the browser reports', () => {
    expect(uploadProblem('foto.JPG', 'image/jpeg')).toBeUndefined();
    expect(uploadProblem('mapa.png', '')).toBeUndefined();
    expect(uploadProblem('documento.pdf', 'application/pdf')).toMatch(/^«documento\.pdf» no se puede subir: la carpeta de medios solo acepta fotos e imágenes \.png/);
    expect(uploadProblem('logo.svg', 'image/svg+xml')).toBeDefined();
    expect(uploadProblem('foto.png', 'image/svg+xml')).toBeDefined();
  });
});
