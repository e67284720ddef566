/**
 * The MDX that content files may contain: Markdown plus a few registered components, nothing that
 * runs. Entries are edited through the CMS by people who do not write code, and the build compiles
 * every body into JavaScript, so a body must never carry ESM, expressions, raw HTML, unknown
 * components or attributes, or URLs that are not http(s), mailto, tel or a path on this site.
 *
 * The check parses the body into a tree (micromark with the MDX and GFM extensions, as remark-mdx
 * does) and walks it: it never reads lines, so no mix of code fences, indentation or comments can
 * hide a node from it. The same function runs in the build's content check and in the admin before
 * a save, so both refuse the same bodies with the same messages. The build also walks the tree of
 * the parser Astro compiles with (`mdx-build-parser.ts`), with this same walk.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { CALLOUT_TYPES } from './taxonomy.ts';

export interface ComponentRule {
  /** Attribute name → allowed values, or null for any non-empty string. */
  attributes: Record<string, readonly string[] | null>;
  required: readonly string[];
  /** Whether the component wraps content (`<X>…</X>`) or stands alone (`<X … />`). */
  wraps: boolean;
}

/** The components content may use; `src/components/mdx/` provides each of them to `<Content />`. */
export const ALLOWED_COMPONENTS: Record<string, ComponentRule> = {
  Callout: {
    attributes: { type: Object.keys(CALLOUT_TYPES), title: null },
    required: ['type', 'title'],
    wraps: true,
  },
  Figure: {
    attributes: { src: null, alt: null, caption: null },
    required: ['src', 'alt'],
    wraps: false,
  },
};

/** Where uploaded images are served from (the CMS media folder is `src/assets/imagenes`, built into resized copies). */
export const MEDIA_PATH = '/imagenes/';

/** URL schemes a link may use; anything else (javascript:, data:, vbscript:, file:…) is refused. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

export interface MdxIssue {
  /** 1-based line in the text that was checked. */
  line: number;
  message: string;
}

/** An mdast node as both parsers produce it (remark-mdx and Astro's), with only what the walk reads. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

export interface MdxCheckOptions {
  /** Paths under /imagenes/ that exist, e.g. "fotos/taller.jpg"; when given, an image that is not there is refused. */
  media?: ReadonlySet<string>;
}

/** A body that cannot be parsed: where, and the parser's own reason (English). */
export interface MdxParseFailure {
  line: number;
  reason: string;
}

const ESM_MESSAGE = '«import» y «export» no se permiten en el contenido: el sitio ya provee los componentes';

const allowedList = () => Object.keys(ALLOWED_COMPONENTS).join(', ');

const micromarkParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses a body as MDX with GFM; throws what the parser throws on a body that is not MDX. */
export function parseMdxBody(body: string): MdxNode {
  return micromarkParser.parse(body) as MdxNode;
}

/** The line and reason of a parser's error (remark-mdx's VFileMessage or a "3:7: reason" message). */
export function parseFailure(error: unknown): MdxParseFailure {
  const record = (error ?? {}) as { line?: unknown; reason?: unknown; message?: unknown };
  const message = String(record.reason ?? record.message ?? error);
  const prefixed = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(message);
  const line = typeof record.line === 'number' ? record.line : prefixed ? Number(prefixed[1]) : 1;
  return { line, reason: prefixed ? message.slice(prefixed[0].length) : message };
}

/** What an editor reads for a body the parser refuses: the likely cause, in Spanish. */
export function parseFailureMessage(reason: string): string {
  if (/import\/exports?/i.test(reason)) return ESM_MESSAGE;
  if (/comment in MDX/i.test(reason)) return 'los comentarios HTML («<!-- … -->») no se permiten: borre el comentario';
  if (/in attribute (name|value)|after attribute/i.test(reason)) {
    return 'una etiqueta tiene un atributo mal escrito: cada atributo va como nombre="valor" (¿hay comillas " dentro de un valor? use « » en su lugar)';
  }
  if (/closing (tag|slash)/i.test(reason)) {
    return `una etiqueta se cierra sin haberse abierto, o se abre y nunca se cierra: revise cada <Callout …> y su </Callout> (componentes permitidos: ${allowedList()})`;
  }
  if (/expression|acorn|brace|`\{`|`\}`/i.test(reason)) {
    return 'las llaves «{» y «}» no se permiten en el texto: quítelas o escriba con paréntesis';
  }
  if (/before name|after name|attribute|tag|`<`/i.test(reason)) {
    return `el signo «<» abre una etiqueta: escriba «menos de» o use un componente (${allowedList()}); el texto no puede llevar HTML`;
  }
  return `el texto no se puede leer como MDX (${reason})`;
}

/** Decodes numeric character references (`&#106;`, `&#x6A;`), which browsers decode in URLs. */
function decodeNumericReferences(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code: string) => {
    const point = code[0].toLowerCase() === 'x' ? Number.parseInt(code.slice(1), 16) : Number(code);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
  });
}

/**
 * Why a link URL is refused, or undefined when it is allowed. The URL is normalised as a browser
 * would read it (character references decoded, control characters and whitespace dropped, case
 * folded) before its scheme is read, so `&#106;avascript:`, `JaVaScRiPt:` and `java\tscript:` are
 * all `javascript:`.
 */
export function linkUrlProblem(raw: string): string | undefined {
  const url = decodeNumericReferences(raw)
    .replace(/[\u0000-\u0020\u007f-\u00a0\u2028\u2029]/g, '')
    .toLowerCase();
  const beforePath = url.split(/[/?#]/)[0];
  if (/&[a-z][a-z0-9]*;?/.test(beforePath)) return `el enlace «${raw}» lleva una entidad HTML: escriba la dirección tal cual`;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  if (scheme) {
    return (LINK_SCHEMES as readonly string[]).includes(scheme)
      ? undefined
      : `el enlace «${raw}» usa «${scheme}:»; solo se permiten direcciones http(s), mailto, tel o rutas del portal (/…)`;
  }
  if (url.startsWith('/') || url.startsWith('#')) return undefined;
  if (url === '') return 'un enlace no tiene dirección';
  return `el enlace «${raw}» no es una dirección completa: una página del portal empieza por «/» (por ejemplo /manuales/) y otro sitio por https://`;
}

/**
 * Why an image source is refused, or undefined when it is allowed: images come from the portal's
 * media folder (the portal requests nothing from other sites), and must exist there when the list of
 * media files is known.
 */
export function imageSourceProblem(src: string, media?: ReadonlySet<string>): string | undefined {
  // Another site (`//host/…`) or any scheme (`https:`, `data:`, `javascript:`…).
  if (/^(\/\/|[a-z][a-z0-9+.-]*:)/i.test(src.trim())) {
    return `la imagen «${src}» viene de otro sitio: súbala a la carpeta de medios del portal, que no carga nada de otros sitios`;
  }
  if (!src.startsWith(MEDIA_PATH) || src.includes('..') || /[?#\\\s]/.test(src)) {
    return `la imagen «${src}» debe ser una ruta de la carpeta de medios, que empieza por ${MEDIA_PATH} (súbala desde «Imagen»)`;
  }
  if (media && !media.has(src.slice(MEDIA_PATH.length))) {
    return `la imagen «${src}» no existe en la carpeta de medios: súbala o corrija el nombre`;
  }
  return undefined;
}

function checkComponent(node: MdxNode, options: MdxCheckOptions): string[] {
  const name = node.name;
  if (!name) return ['los fragmentos «<>…</>» no se permiten en el texto'];
  const rule = ALLOWED_COMPONENTS[name];
  if (!rule) return [`<${name}> no es un componente permitido (${allowedList()}); el texto no puede llevar HTML`];
  const problems: string[] = [];
  if (node.type === 'mdxJsxTextElement') problems.push(`<${name}> va en líneas propias, separado del texto por una línea en blanco`);
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push(`<${name}> tiene un atributo que no es nombre="valor"`);
      continue;
    }
    given.add(attribute.name);
    if (!(attribute.name in rule.attributes)) {
      problems.push(`<${name}> no tiene el atributo «${attribute.name}» (se permiten: ${Object.keys(rule.attributes).join(', ')})`);
      continue;
    }
    if (typeof attribute.value !== 'string') {
      problems.push(`<${name}>: el atributo «${attribute.name}» se escribe ${attribute.name}="texto", entre comillas`);
      continue;
    }
    const allowed = rule.attributes[attribute.name];
    if (allowed && !allowed.includes(attribute.value)) {
      problems.push(`<${name} ${attribute.name}="${attribute.value}">: el valor debe ser uno de ${allowed.join(', ')}`);
    } else if (!allowed && attribute.value.trim() === '') {
      problems.push(`<${name}>: el atributo «${attribute.name}» está vacío`);
    }
    if (name === 'Figure' && attribute.name === 'src') {
      const problem = imageSourceProblem(attribute.value, options.media);
      if (problem) problems.push(problem);
    }
  }
  for (const attribute of rule.required) {
    if (!given.has(attribute)) problems.push(`<${name}> necesita el atributo «${attribute}»`);
  }
  const hasContent = (node.children ?? []).length > 0;
  if (rule.wraps && !hasContent) problems.push(`<${name}> envuelve un texto: escriba el texto y cierre con </${name}>`);
  if (!rule.wraps && hasContent) problems.push(`<${name} … /> se cierra solo, con «/>», y no lleva texto dentro`);
  return problems;
}

/** Every problem of one node, not of its children. */
function nodeProblems(node: MdxNode, options: MdxCheckOptions): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [ESM_MESSAGE];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return ['las llaves «{» y «}» no se permiten en el texto: quítelas o escriba con paréntesis'];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkComponent(node, options);
    case 'html':
      return ['el texto no puede llevar HTML'];
    case 'link':
    case 'definition': {
      const problem = linkUrlProblem(node.url ?? '');
      return problem ? [problem] : [];
    }
    case 'image': {
      const problem = imageSourceProblem(node.url ?? '', options.media);
      return problem ? [problem] : [];
    }
    default:
      return [];
  }
}

/**
 * Walks a parsed body and returns what content must not contain. Line numbers are those of the
 * tree (the body's own lines). Code and inline code are text: they have no children to walk.
 */
export function walkMdxTree(tree: MdxNode, options: MdxCheckOptions = {}): MdxIssue[] {
  const issues: MdxIssue[] = [];
  const visit = (node: MdxNode, parentLine: number) => {
    const line = node.position?.start.line ?? parentLine;
    for (const message of nodeProblems(node, options)) issues.push({ line, message });
    for (const child of node.children ?? []) visit(child, line);
  };
  visit(tree, 1);
  return issues;
}

/** The 1-based line where the body starts: after the closing `---` of the frontmatter. */
export function bodyStartLine(lines: readonly string[]): number {
  if (lines[0] !== '---') return 1;
  const close = lines.indexOf('---', 1);
  return close === -1 ? 1 : close + 2;
}

/** Checks a body with a given parser; parse errors become one issue at their line. */
export function checkMdxBody(body: string, options: MdxCheckOptions = {}, parse: (body: string) => MdxNode = parseMdxBody): MdxIssue[] {
  let tree: MdxNode;
  try {
    tree = parse(body);
  } catch (error) {
    const failure = parseFailure(error);
    const message = parseFailureMessage(failure.reason);
    return [{ line: message === ESM_MESSAGE ? esmStartLine(body, failure.line) : failure.line, message }];
  }
  return walkMdxTree(tree, options);
}

/**
 * The line where an ESM block that failed to parse starts: the parser reports where inside it the
 * JavaScript broke, but the editor needs the `import`/`export` line. Only for the message: the
 * verdict comes from the parser.
 */
function esmStartLine(body: string, errorLine: number): number {
  const lines = body.split('\n');
  for (let index = Math.min(errorLine, lines.length) - 1; index >= 0; index--) {
    if (/^(import|export)\b/.test(lines[index])) return index + 1;
  }
  return errorLine;
}

/** The body of an MDX file and the file line it starts on. */
export function splitBody(source: string): { body: string; firstLine: number } {
  const lines = source.split('\n');
  const firstLine = bodyStartLine(lines);
  return { body: lines.slice(firstLine - 1).join('\n'), firstLine };
}

/**
 * Finds what content MDX must not contain, in a whole file (frontmatter and body); line numbers
 * are those of the file.
 */
export function checkMdxSafety(source: string, options: MdxCheckOptions = {}, parse?: (body: string) => MdxNode): MdxIssue[] {
  const { body, firstLine } = splitBody(source);
  return checkMdxBody(body, options, parse).map((issue) => ({ line: issue.line + firstLine - 1, message: issue.message }));
}
