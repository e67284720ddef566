import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS, checkMdxSafety } from '../../src/lib/mdx-safety.ts';

const withFrontmatter = (body: string) => `---\ntitle: X\n---\n${body}`;

describe('MDX safety', () => {
  it('accepts Markdown with a well-formed Callout', () => {
    const source = withFrontmatter('Texto **fuerte**.\n\n<Callout type="consejo" title="Antes de empezar">\nHaga esto.\n</Callout>\n');
    expect(checkMdxSafety(source)).toEqual([]);
  });

  it('rejects import and export, naming the line of the file', () => {
    const issues = checkMdxSafety(withFrontmatter('Intro.\nimport X from "./x.astro";\nexport const y = 1;\n'));
    expect(issues).toEqual([
      { line: 5, message: expect.stringContaining('«import» no se permite') },
      { line: 6, message: expect.stringContaining('«export» no se permite') },
    ]);
  });

  it('rejects expressions and comments in braces, but not braces in code', () => {
    const issues = checkMdxSafety(withFrontmatter('Uno {1 + 1}.\n\n`{ok}` en código.\n\n```\n{también}\n```\n\n{/* nota */}\n'));
    expect(issues.map((i) => i.line)).toEqual([4, 12]);
    expect(issues[0].message).toContain('llaves');
  });

  it('rejects HTML and components outside the allowed set', () => {
    const issues = checkMdxSafety(withFrontmatter('<div>hola</div>\n\n<Grafico />\n'));
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('<div> no es un componente permitido'),
      expect.stringContaining('la etiqueta </div> no es un componente permitido'),
      expect.stringContaining('<Grafico> no es un componente permitido'),
    ]);
  });

  it('checks the attributes of allowed components', () => {
    const issues = checkMdxSafety(withFrontmatter('<Callout type="peligro" color="rojo">\nX\n</Callout>\n\n<Figure src="/a.png" />\n'));
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('<Callout type="peligro">: el valor debe ser uno de nota, consejo, aviso'),
      expect.stringContaining('<Callout> no tiene el atributo «color»'),
      expect.stringContaining('<Callout> necesita el atributo «title»'),
      expect.stringContaining('<Figure> necesita el atributo «alt»'),
    ]);
  });

  it('finds components left open, closed twice or split over lines, and a stray "<"', () => {
    const issues = checkMdxSafety(withFrontmatter('<Callout type="nota" title="A">\nX\n\n</Callout>\n</Callout>\n<Callout type="nota"\ntitle="B">\n\nmenos de < 3\n'));
    expect(issues.map((i) => `${i.line}: ${i.message}`)).toEqual([
      expect.stringMatching(/^8: <\/Callout> cierra algo que no está abierto/),
      expect.stringMatching(/^9: la etiqueta <Callout debe abrir y cerrar en la misma línea/),
      expect.stringMatching(/^12: el signo «<» abre una etiqueta/),
    ]);
  });

  it('refuses images from other sites, in Markdown or in a Figure', () => {
    const issues = checkMdxSafety(withFrontmatter('![Foto](https://ejemplo.com/a.png)\n\n<Figure src="//cdn.ejemplo.com/b.png" alt="B" />\n\n![Local](/imagenes/c.png)\n'));
    expect(issues.map((i) => i.line)).toEqual([4, 6]);
    expect(issues[0].message).toContain('carpeta de medios');
  });

  it('allows exactly the components the site provides to <Content />', () => {
    const provided = readdirSync('src/components/mdx')
      .filter((name) => name.endsWith('.astro'))
      .map((name) => name.replace('.astro', ''));
    expect(Object.keys(ALLOWED_COMPONENTS).sort()).toEqual(provided.sort());
  });
});
