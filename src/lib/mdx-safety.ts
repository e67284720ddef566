/**
 * The MDX that content files may contain. Entries are edited through the CMS, which cannot keep
 * ESM or JavaScript expressions intact, and a stray `{` or tag breaks the build in ways editors
 * cannot read. So content MDX is Markdown plus a few registered components, nothing else.
 */
import { CALLOUT_TYPES } from './taxonomy.ts';

export interface ComponentRule {
  /** Attribute name → allowed values, or null for any non-empty string. */
  attributes: Record<string, readonly string[] | null>;
  required: readonly string[];
  /** Whether the tag wraps content (`<X>…</X>`) or closes itself (`<X … />`). */
  selfClosing: boolean;
}

/** The components content may use; `src/components/mdx/` provides each of them to `<Content />`. */
export const ALLOWED_COMPONENTS: Record<string, ComponentRule> = {
  Callout: {
    attributes: { type: Object.keys(CALLOUT_TYPES), title: null },
    required: ['type', 'title'],
    selfClosing: false,
  },
  Figure: {
    attributes: { src: null, alt: null, caption: null },
    required: ['src', 'alt'],
    selfClosing: true,
  },
};

const allowedList = () => Object.keys(ALLOWED_COMPONENTS).join(', ');

/** Images come from the site's own media folder: the portal requests nothing from other origins. */
const externalImage = /!\[[^\]]*\]\(\s*(https?:)?\/\/|<Figure[^>]*\bsrc="(https?:)?\/\//;

export interface MdxIssue {
  line: number;
  message: string;
}

const attributePattern = /([A-Za-z][\w-]*)\s*=\s*"([^"]*)"/g;

/** The 1-based line where the body starts: after the closing `---` of the frontmatter. */
export function bodyStartLine(lines: readonly string[]): number {
  if (lines[0] !== '---') return 1;
  const close = lines.indexOf('---', 1);
  return close === -1 ? 1 : close + 2;
}

function checkTag(tag: string, lineNumber: number): MdxIssue[] {
  const closing = /^<\/([A-Za-z][\w.]*)\s*>$/.exec(tag);
  if (closing) {
    return ALLOWED_COMPONENTS[closing[1]]
      ? []
      : [{ line: lineNumber, message: `la etiqueta </${closing[1]}> no es un componente permitido (${allowedList()})` }];
  }
  const name = /^<([A-Za-z][\w.]*)/.exec(tag)?.[1];
  if (!name) {
    return [{ line: lineNumber, message: `el signo «<» abre una etiqueta: escriba «menos de» o use un componente (${allowedList()})` }];
  }
  const rule = ALLOWED_COMPONENTS[name];
  if (!rule) {
    return [{ line: lineNumber, message: `<${name}> no es un componente permitido (${allowedList()}); el texto no puede llevar HTML` }];
  }
  const issues: MdxIssue[] = [];
  const attributes = new Map([...tag.matchAll(attributePattern)].map((match) => [match[1], match[2]]));
  const leftover = tag
    .replace(attributePattern, '')
    .replace(/^<[A-Za-z][\w.]*/, '')
    .replace(/\/?>$/, '')
    .trim();
  if (leftover) issues.push({ line: lineNumber, message: `<${name}> tiene un atributo que no es nombre="valor": ${leftover} (¿hay comillas dentro de un valor?)` });
  for (const [attribute, value] of attributes) {
    if (!(attribute in rule.attributes)) {
      issues.push({ line: lineNumber, message: `<${name}> no tiene el atributo «${attribute}» (se permiten: ${Object.keys(rule.attributes).join(', ')})` });
      continue;
    }
    const allowed = rule.attributes[attribute];
    if (allowed && !allowed.includes(value)) {
      issues.push({ line: lineNumber, message: `<${name} ${attribute}="${value}">: el valor debe ser uno de ${allowed.join(', ')}` });
    }
    if (!allowed && value.trim() === '') issues.push({ line: lineNumber, message: `<${name}>: el atributo «${attribute}» está vacío` });
  }
  for (const attribute of rule.required) {
    if (!attributes.has(attribute)) issues.push({ line: lineNumber, message: `<${name}> necesita el atributo «${attribute}»` });
  }
  if (rule.selfClosing !== tag.endsWith('/>')) {
    issues.push({ line: lineNumber, message: rule.selfClosing ? `<${name} … /> se cierra solo, con «/>»` : `<${name}> envuelve un texto y necesita </${name}>` });
  }
  return issues;
}

/**
 * Finds what content MDX must not contain: ESM (`import`/`export`), expressions or comments in
 * braces, raw HTML or unknown components, and malformed allowed components. Line numbers are
 * those of the whole file. Fenced code and inline code are skipped, as MDX treats them as text.
 */
export function checkMdxSafety(source: string): MdxIssue[] {
  const lines = source.split('\n');
  const issues: MdxIssue[] = [];
  const open: { name: string; line: number }[] = [];
  let inFence = false;
  for (let index = bodyStartLine(lines) - 1; index < lines.length; index++) {
    const lineNumber = index + 1;
    const line = lines[index];
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (/^\s*(import|export)\b/.test(line)) {
      issues.push({ line: lineNumber, message: `«${line.trim().split(/\s/)[0]}» no se permite en el contenido: el sitio ya provee los componentes` });
      continue;
    }
    const text = line.replace(/`[^`]*`/g, '');
    if (externalImage.test(text)) {
      issues.push({ line: lineNumber, message: 'la imagen viene de otro sitio: súbala a la carpeta de medios del portal, que no carga nada de otros sitios' });
    }
    if (/[{}]/.test(text)) {
      issues.push({ line: lineNumber, message: 'las llaves «{» y «}» no se permiten en el texto: quítelas o escriba con paréntesis' });
    }
    for (const match of text.matchAll(/<\/?[^>]*>?/g)) {
      const tag = match[0];
      if (/^<\/?[A-Za-z]/.test(tag) && !tag.endsWith('>')) {
        issues.push({ line: lineNumber, message: `la etiqueta ${tag.split(/\s/)[0]} debe abrir y cerrar en la misma línea` });
        continue;
      }
      issues.push(...checkTag(tag, lineNumber));
      const name = /^<([A-Za-z][\w.]*)/.exec(tag)?.[1];
      const closingName = /^<\/([A-Za-z][\w.]*)/.exec(tag)?.[1];
      if (name && ALLOWED_COMPONENTS[name] && !ALLOWED_COMPONENTS[name].selfClosing && !tag.endsWith('/>')) {
        open.push({ name, line: lineNumber });
      } else if (closingName && ALLOWED_COMPONENTS[closingName]) {
        const last = open.pop();
        if (!last || last.name !== closingName) {
          issues.push({ line: lineNumber, message: `</${closingName}> cierra algo que no está abierto` });
        }
      }
    }
  }
  if (inFence) issues.push({ line: lines.length, message: 'un bloque de código («```») nunca se cierra' });
  for (const unclosed of open) issues.push({ line: unclosed.line, message: `<${unclosed.name}> nunca se cierra` });
  return issues;
}
