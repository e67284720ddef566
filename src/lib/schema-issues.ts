/**
 * What the schemas refuse, said once in Spanish for whoever edits the content: the admin before saving
 * and the build's content check after. A custom check's message is already Spanish and passes as it is.
 */
import type { z } from 'astro/zod';

/**
 * A schema problem in the editors' Spanish: the admin's refusals (src/cms/validate-entry.ts, which names the
 * options of a select as its form does) and the build's content check say the same.
 */
export function describeIssue(issue: z.core.$ZodIssue, optionLabel: (value: unknown) => string = String): string {
  switch (issue.code) {
    case 'custom':
      return issue.message;
    case 'invalid_type':
      return issue.input === undefined ? 'es obligatorio: escríbalo o elija una opción' : 'no tiene el tipo esperado';
    case 'too_small':
      if (issue.origin === 'string') return `es demasiado corto: escriba al menos ${String(issue.minimum)} caracteres`;
      if (issue.origin === 'array') return `necesita al menos ${String(issue.minimum)} elemento(s)`;
      return `es demasiado pequeño (mínimo ${String(issue.minimum)})`;
    case 'too_big':
      if (issue.origin === 'string') return `es demasiado largo: escriba como máximo ${String(issue.maximum)} caracteres`;
      if (issue.origin === 'array') return `tiene demasiados elementos (máximo ${String(issue.maximum)})`;
      return `es demasiado grande (máximo ${String(issue.maximum)})`;
    case 'invalid_value':
      return `no es una de las opciones permitidas (${issue.values.map(optionLabel).join(', ')})`;
    case 'invalid_format':
      return 'no tiene el formato esperado';
    case 'unrecognized_keys':
      return `tiene campos desconocidos: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}
