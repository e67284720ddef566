import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { manualToStarlightDoc, mdxBodyToMarkdown } from '../../src/lib/starlight-doc.ts';
import { parseMdxBody } from '../../src/lib/mdx-safety.ts';

const MANUALS = 'src/content/manuales';
const read = (name: string) => readFileSync(join(MANUALS, name), 'utf8');
const frontmatterOf = (doc: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(doc)![1]) as Record<string, unknown>;
const bodyOf = (doc: string) => doc.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Every node type of a parsed body, to show no JSX, ESM or expression is left. */
function nodeTypes(body: string): Set<string> {
  const types = new Set<string>();
  const walk = (node: { type: string; children?: unknown[] }) => {
    types.add(node.type);
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(parseMdxBody(body) as { type: string; children?: unknown[] });
  return types;
}

describe('manualToStarlightDoc', () => {
  const source = read('gestion-de-casos.mdx');
  const doc = manualToStarlightDoc(source);

  it('maps the frontmatter to Starlight: title kept, summary as description, nothing else', () => {
    const ours = frontmatterOf(source);
    expect(frontmatterOf(doc)).toEqual({ title: ours.title, description: ours.summary });
  });

  it('turns a real manual into Markdown with no JSX, ESM or expression, its Callout as an aside', () => {
    const types = nodeTypes(bodyOf(doc));
    for (const type of ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']) expect(types).not.toContain(type);
    expect(doc).not.toContain('<Callout');
    expect(doc).toContain(
      ':::caution[La información de un caso no se comparte sin permiso]\nPida el consentimiento antes de registrar datos y antes de cada remisión.',
    );
  });

  it('keeps the Markdown between components character for character', () => {
    const withoutCallouts = (text: string) =>
      text
        .replace(/<Callout[^>]*>\n([\s\S]*?)\n<\/Callout>/g, '$1')
        .replace(/:::\w+\[[^\]]*\]\n([\s\S]*?)\n:::/g, '$1')
        .trim();
    expect(withoutCallouts(bodyOf(doc))).toBe(withoutCallouts(bodyOf(source)));
  });

  it('converts every manual, with as many asides as the manual has Callouts', () => {
    for (const name of readdirSync(MANUALS).filter((file) => file.endsWith('.mdx'))) {
      const manual = read(name);
      const converted = manualToStarlightDoc(manual);
      expect(converted, name).not.toMatch(/<[A-Z]/);
      expect(converted.match(/^:::(note|tip|caution)\[/gm)?.length ?? 0, name).toBe(manual.match(/<Callout /g)?.length ?? 0);
    }
  });

  it('refuses a file without frontmatter or title', () => {
    expect(() => manualToStarlightDoc('# Sin frontmatter\n')).toThrow(/frontmatter/);
    expect(() => manualToStarlightDoc('---\nsummary: Algo\n---\nTexto\n')).toThrow(/title/);
  });
});

describe('mdxBodyToMarkdown', () => {
  it('maps each Callout type to the aside of the same sense, escaping brackets in the title', () => {
    const body = (type: string, title: string) => `<Callout type="${type}" title="${title}">\nTexto.\n</Callout>\n`;
    expect(mdxBodyToMarkdown(body('nota', 'Una nota'))).toBe(':::note[Una nota]\nTexto.\n:::\n');
    expect(mdxBodyToMarkdown(body('consejo', 'Un [consejo]'))).toBe(':::tip[Un \\[consejo\\]]\nTexto.\n:::\n');
    expect(mdxBodyToMarkdown(body('aviso', 'Atención'))).toBe(':::caution[Atención]\nTexto.\n:::\n');
  });

  it('keeps the Markdown inside a Callout, a Figure as an image with its caption, and drops imports and comments', () => {
    const body = [
      "import Callout from '../components/Callout.astro';",
      '',
      '{/* un comentario */}',
      '',
      '<Callout type="nota" title="Pasos">',
      '1. **Primero** con [un enlace](/glosario/#gad).',
      '2. Después.',
      '</Callout>',
      '',
      '<Figure src="/imagenes/taller.jpg" alt="Un taller" caption="Taller en Quito" />',
      '',
      'Fin.',
      '',
    ].join('\n');
    expect(mdxBodyToMarkdown(body)).toBe(
      [
        ':::note[Pasos]',
        '1. **Primero** con [un enlace](/glosario/#gad).',
        '2. Después.',
        ':::',
        '',
        '![Un taller](/imagenes/taller.jpg)',
        '',
        '*Taller en Quito*',
        '',
        'Fin.',
        '',
      ].join('\n'),
    );
  });

  it('reduces another component to its inner text, inline or on its own lines', () => {
    expect(mdxBodyToMarkdown('Ver <NoteRef id="n1">la nota 1</NoteRef> abajo.\n')).toBe('Ver la nota 1 abajo.\n');
    expect(mdxBodyToMarkdown('<Tabla>\n| a | b |\n| - | - |\n| 1 | 2 |\n</Tabla>\n')).toBe('| a | b |\n| - | - |\n| 1 | 2 |\n');
  });
});
