/**
 * The sections of a trainer guide, named once: the guide's components write these ids and titles,
 * and its «En esta página» lists them, so a link in the table of contents always has its heading.
 */
import type { Heading } from './toc.ts';

export const GUIDE_SECTIONS = {
  objectives: { id: 'objetivos', title: 'Objetivos' },
  preparation: { id: 'antes-de-la-sesion', title: 'Antes de la sesión' },
  materials: { id: 'materiales', title: 'Materiales' },
  agenda: { id: 'agenda', title: 'Agenda' },
  stepByStep: { id: 'paso-a-paso', title: 'Paso a paso' },
  shortVersion: { id: 'version-corta', title: 'Versión de 2 horas' },
  variants: { id: 'modalidades', title: 'Cómo adaptarlo a cada modalidad' },
  tips: { id: 'consejos', title: 'Consejos para grupos diversos' },
  handouts: { id: 'materiales-para-imprimir', title: 'Materiales para imprimir' },
  participantSheet: { id: 'hoja-participantes', title: 'Hoja para participantes' },
  paperQuiz: { id: 'cuestionario-papel', title: 'Cuestionario en papel' },
} as const;

/** The id of the n-th activity (from 1) in «Paso a paso». */
export const activityId = (number: number) => `actividad-${number}`;
/** The id of a printable material's heading. */
export const handoutId = (id: string) => `material-${id}`;
/** An activity's heading: «2. Lluvia de ideas (20 min)». */
export const activityTitle = (number: number, activity: string, minutes: number) => `${number}. ${activity} (${minutes} min)`;

/** What a guide holds: the fields of a module that decide which sections it has. */
export interface GuideOutline {
  preparation?: unknown;
  materials: readonly unknown[];
  agenda: readonly { activity: string; minutes: number; guide?: unknown }[];
  shortVersion?: unknown;
  variants: readonly unknown[];
  facilitatorTips: readonly unknown[];
  handouts: readonly { id: string; title: string }[];
}

/**
 * The headings of the complete, printable guide in page order: the sections it has (h2), with each
 * activity under «Paso a paso» and each material under «Materiales para imprimir» (h3).
 */
export function trainerGuideHeadings(guide: GuideOutline, hasQuiz: boolean): Heading[] {
  const section = (key: keyof typeof GUIDE_SECTIONS): Heading => ({ depth: 2, slug: GUIDE_SECTIONS[key].id, text: GUIDE_SECTIONS[key].title });
  const hasStepByStep = guide.agenda.some((item) => item.guide);
  return [
    section('objectives'),
    ...(guide.preparation ? [section('preparation')] : []),
    ...(guide.materials.length > 0 ? [section('materials')] : []),
    section('agenda'),
    ...(hasStepByStep
      ? [
          section('stepByStep'),
          ...guide.agenda.map((item, index) => ({ depth: 3, slug: activityId(index + 1), text: activityTitle(index + 1, item.activity, item.minutes) })),
        ]
      : []),
    ...(guide.shortVersion ? [section('shortVersion')] : []),
    ...(guide.variants.length > 0 ? [section('variants')] : []),
    ...(guide.facilitatorTips.length > 0 ? [section('tips')] : []),
    ...(guide.handouts.length > 0
      ? [section('handouts'), ...guide.handouts.map((handout) => ({ depth: 3, slug: handoutId(handout.id), text: handout.title }))]
      : []),
    section('participantSheet'),
    ...(hasQuiz ? [section('paperQuiz')] : []),
  ];
}
