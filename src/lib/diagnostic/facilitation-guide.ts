/** The sections of the diagnostic's facilitation guide (/diagnostico/guia-de-facilitacion/), in order, for its table of contents. */
export const FACILITATION_GUIDE_HEADINGS = [
  { depth: 2, slug: 'quien-participa', text: 'Quién participa' },
  { depth: 2, slug: 'papeles', text: 'Quién facilita y quién toma notas' },
  { depth: 2, slug: 'antes-de-las-reuniones', text: 'Qué preparar y enviar antes' },
  { depth: 2, slug: 'agenda', text: 'Agenda de las dos reuniones' },
  { depth: 2, slug: 'como-acordar', text: 'Cómo acordar cada respuesta' },
  { depth: 2, slug: 'evidencias', text: 'Qué evidencias llevar' },
  { depth: 2, slug: 'herramienta', text: 'Cómo pasar las respuestas a la herramienta' },
  { depth: 2, slug: 'despues', text: 'Después de las reuniones' },
] as const;

export type FacilitationGuideSection = (typeof FACILITATION_GUIDE_HEADINGS)[number]['slug'];

export const FACILITATION_GUIDE_PATH = '/diagnostico/guia-de-facilitacion/';
