import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS, checkMdxSafety, imageSourceProblem, linkUrlProblem, parseFailure, parseFailureMessage } from '../../src/lib/mdx-safety.ts';
import { CALLOUT_TYPES } from '../../src/lib/taxonomy.ts';
import { EDITOR_COMPONENTS } from '../../src/cms/admin/editor-components.js';

const withFrontmatter = (body: string) => `---\ntitle: X\n---\n${body}`;
const lines = (source: string) => checkMdxSafety(withFrontmatter(source)).map((issue) => `${issue.line}: ${issue.message}`);

describe('MDX safety (parsed tree, never lines)', () => {
  it('accepts Markdown with a well-formed Callout, a Figure from the media folder and safe links', () => {
    const source = withFrontmatter(
      'Texto **fuerte**, [un manual](/manuales/), [PNUD](https://www.undp.org/es/ecuador), [correo](mailto:a@b.ec), [teléfono](tel:+593), [arriba](#inicio).\n\n' +
        '<Callout type="consejo" title="Antes de empezar">\nHaga esto.\n</Callout>\n\n<Figure src="/imagenes/taller.jpg" alt="Un taller" />\n\n```js\nexport const enCodigo = { ok: true };\n```\n',
    );
    expect(checkMdxSafety(source, { media: new Set(['taller.jpg']) })).toEqual([]);
  });

  it('rejects import and export, naming the line of the file', () => {
    expect(lines('Intro.\n\nimport X from "./x.astro";\n\nexport const y = 1;\n')).toEqual([
      '6: «import» y «export» no se permiten en el contenido: el sitio ya provee los componentes',
      '8: «import» y «export» no se permiten en el contenido: el sitio ya provee los componentes',
    ]);
  });

  it('rejects expressions and comments in braces, but not braces in code', () => {
    const issues = checkMdxSafety(withFrontmatter('Uno {1 + 1}.\n\n`{ok}` en código.\n\n```\n{también}\n```\n\n{/* nota */}\n'));
    expect(issues.map((i) => i.line)).toEqual([4, 12]);
    expect(issues[0].message).toContain('llaves');
  });

  it('rejects HTML and components outside the allowed set', () => {
    expect(lines('<div>hola</div>\n\n<Grafico />\n')).toEqual([
      '4: <div> no es un componente permitido (Callout, Figure); el texto no puede llevar HTML',
      '6: <Grafico> no es un componente permitido (Callout, Figure); el texto no puede llevar HTML',
    ]);
  });

  it('checks the attributes of allowed components, and that a Callout stands on its own lines', () => {
    expect(lines('<Callout type="peligro" color="rojo">\nX\n</Callout>\n\n<Figure src="/imagenes/a.png" />\n\nTexto <Callout type="nota" title="T">en línea</Callout>.\n')).toEqual([
      '4: <Callout type="peligro">: el valor debe ser uno de nota, consejo, aviso',
      '4: <Callout> no tiene el atributo «color» (se permiten: type, title)',
      '4: <Callout> necesita el atributo «title»',
      '8: <Figure> necesita el atributo «alt»',
      '10: <Callout> va en líneas propias, separado del texto por una línea en blanco',
    ]);
  });

  it('finds a component closed twice and a stray "<", with the line and a Spanish reason', () => {
    expect(lines('<Callout type="nota" title="A">\nX\n</Callout>\n</Callout>\n')).toEqual([
      expect.stringMatching(/^7: una etiqueta se cierra sin haberse abierto/),
    ]);
    expect(lines('Texto.\n\nmenos de <3 personas\n')).toEqual([expect.stringMatching(/^6: el signo «<» abre una etiqueta/)]);
    expect(lines('Texto.\n\nmenos de < 3 personas\n')).toEqual([]);
    expect(lines('<Callout type="nota" title="Dice "hola"">\nX\n</Callout>\n')).toEqual([expect.stringMatching(/^4: una etiqueta tiene un atributo mal escrito/)]);
  });

  it('refuses images from other sites or outside the media folder, and images that are not there', () => {
    expect(lines('![Foto](https://ejemplo.com/a.png)\n\n<Figure src="//cdn.ejemplo.com/b.png" alt="B" />\n\n![Local](/imagenes/c.png)\n')).toEqual([
      expect.stringMatching(/^4: la imagen «https:\/\/ejemplo.com\/a.png» viene de otro sitio/),
      expect.stringMatching(/^6: la imagen «\/\/cdn.ejemplo.com\/b.png» viene de otro sitio/),
    ]);
    expect(imageSourceProblem('/imagenes/c.png', new Set(['c.png']))).toBeUndefined();
    expect(imageSourceProblem('/imagenes/d.png', new Set(['c.png']))).toMatch(/no existe en la carpeta de medios/);
    expect(imageSourceProblem('/favicon.svg')).toMatch(/debe ser una ruta de la carpeta de medios/);
    expect(imageSourceProblem('/imagenes/../admin/x.png')).toMatch(/debe ser una ruta de la carpeta de medios/);
  });

  it('reads a link URL as a browser does before judging its scheme', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '&#106;avascript:x', '&#x6A;avascript:x', 'java\tscript:x', ' javascript:x', 'java\nscript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'javascript&colon;x']) {
      expect(linkUrlProblem(url), url).toBeDefined();
    }
    for (const url of ['https://www.undp.org/', 'http://x.ec', 'mailto:a@b.ec', 'tel:+593', '/manuales/', '#arriba', '/buscar/?q=a:b']) {
      expect(linkUrlProblem(url), url).toBeUndefined();
    }
    expect(linkUrlProblem('manuales/')).toMatch(/no es una dirección completa/);
  });

  it('turns parser errors into a line and a Spanish reason', () => {
    expect(parseFailure({ line: 3, reason: 'x' })).toEqual({ line: 3, reason: 'x' });
    expect(parseFailure(new Error('4:2: Unexpected closing tag'))).toEqual({ line: 4, reason: 'Unexpected closing tag' });
    expect(parseFailureMessage('Could not parse import/exports with acorn')).toMatch(/^«import» y «export»/);
    expect(parseFailureMessage('something new')).toBe('el texto no se puede leer como MDX (something new)');
  });

  it('allows exactly the components the site provides to <Content />', () => {
    const provided = readdirSync('src/components/mdx')
      .filter((name) => name.endsWith('.astro'))
      .map((name) => name.replace('.astro', ''));
    expect(Object.keys(ALLOWED_COMPONENTS).sort()).toEqual(provided.sort());
  });

  it('offers in the editor toolbar only the Callout types the check accepts', () => {
    const callout = EDITOR_COMPONENTS.find((component) => component.id === 'callout')!;
    const type = callout.fields.find((field) => field.name === 'type') as { options: { value: string }[] };
    expect(type.options.map((option) => option.value)).toEqual(Object.keys(CALLOUT_TYPES));
    expect(callout.pattern.source).toContain(Object.keys(CALLOUT_TYPES).join('|'));
  });
});
