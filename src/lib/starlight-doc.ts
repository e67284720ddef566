/**
 * A manual as a Starlight docs page, for the bench's yardstick (issue #22: our build against
 * Starlight's on the same 1,000 pages). Starlight gets the same text, as Markdown it renders
 * without our components:
 *
 * - frontmatter: `title`, and `description` from our `summary` (the two Starlight shows or puts in
 *   the head; our other fields have no Starlight counterpart and are left out);
 * - `import`/`export` lines and `{…}` expressions (comments) are dropped;
 * - `<Callout type title>…</Callout>` becomes a Starlight aside (`:::tip[Título]` … `:::`), the
 *   Markdown form of the box our Callout draws; `<Figure src alt caption />` a Markdown image with
 *   its caption in italics below; any other component its inner text.
 *
 * The body is parsed (remark-mdx with GFM, as the content check does) and only the components'
 * own source is rewritten: the Markdown between them is kept character for character.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { parseMdxBody } from './mdx-safety.ts';

/** Our Callout types and Starlight's aside of the same sense. */
export const CALLOUT_ASIDES: Record<string, 'note' | 'tip' | 'caution'> = { nota: 'note', consejo: 'tip', aviso: 'caution' };

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const REWRITTEN = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

const start = (node: Node) => node.position!.start.offset!;
const end = (node: Node) => node.position!.end.offset!;

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Text inside the brackets of an aside's title or an image's alt: brackets and backslashes escaped. */
const bracketed = (text: string) => text.replace(/[\\[\]]/g, (character) => `\\${character}`);

/** `source` from `from` to `to`, each rewritten node in it replaced (nodes are the children of what spans that range). */
function rewrite(source: string, from: number, to: number, nodes: readonly Node[]): string {
  let out = '';
  let cursor = from;
  const visit = (list: readonly Node[]) => {
    for (const node of list) {
      if (REWRITTEN.has(node.type)) {
        out += source.slice(cursor, start(node)) + replacement(source, node);
        cursor = end(node);
      } else if (node.children) {
        visit(node.children);
      }
    }
  };
  visit(nodes);
  return out + source.slice(cursor, to);
}

/** What a component's children say, rewritten in turn. */
function inner(source: string, node: Node): string {
  const children = node.children ?? [];
  if (children.length === 0) return '';
  return rewrite(source, start(children[0]), end(children[children.length - 1]), children);
}

function replacement(source: string, node: Node): string {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return '';
  const text = inner(source, node);
  if (node.name === 'Callout' && node.type === 'mdxJsxFlowElement') {
    const aside = CALLOUT_ASIDES[attribute(node, 'type') ?? ''] ?? 'note';
    const title = attribute(node, 'title');
    return `:::${aside}${title ? `[${bracketed(title)}]` : ''}\n${text}\n:::`;
  }
  if (node.name === 'Figure') {
    const image = `![${bracketed(attribute(node, 'alt') ?? '')}](${attribute(node, 'src') ?? ''})`;
    const caption = attribute(node, 'caption');
    return caption ? `${image}\n\n*${caption}*` : image;
  }
  return text;
}

/** The body of an MDX file as Markdown: our components turned into Markdown, ESM and expressions dropped. */
export function mdxBodyToMarkdown(body: string): string {
  const tree = parseMdxBody(body) as Node;
  return rewrite(body, 0, body.length, tree.children ?? [])
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A manual's MDX file (frontmatter and body) as a Starlight docs page. */
export function manualToStarlightDoc(file: string): string {
  const match = FRONTMATTER.exec(file);
  if (!match) throw new Error('The manual has no frontmatter');
  const data = (parseYaml(match[1]) ?? {}) as Record<string, unknown>;
  if (typeof data.title !== 'string' || data.title === '') throw new Error('The manual has no title');
  const frontmatter: Record<string, string> = { title: data.title };
  const description = typeof data.summary === 'string' ? data.summary : typeof data.description === 'string' ? data.description : undefined;
  if (description) frontmatter.description = description;
  return `---\n${stringifyYaml(frontmatter)}---\n\n${mdxBodyToMarkdown(file.slice(match[0].length))}`;
}
