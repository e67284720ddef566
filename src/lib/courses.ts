/** Where each course's modules live and how pages name them. */
import type { CURSOS } from './schemas.ts';

export type Curso = keyof typeof CURSOS;

export interface CourseInfo {
  label: string;
  /** The course's own page, the parent of its modules. */
  href: string;
  /** What one entry of the course is called. */
  unit: string;
}

export const COURSES: Record<Curso, CourseInfo> = {
  'aprende-trabaja-emprende': { label: 'Aprende, Trabaja y Emprende', href: '/aprende-trabaja-emprende/', unit: 'Módulo' },
  'en-marcha-digital': { label: 'En Marcha Digital', href: '/aprende-trabaja-emprende/en-marcha-digital/', unit: 'Módulo' },
  'formacion-de-formadores': { label: 'Formación de formadores', href: '/formacion-de-formadores/', unit: 'Sesión' },
};

export const moduloHref = (course: Curso, id: string) => `${COURSES[course].href}${id}/`;
export const trainerGuideHref = (course: Curso, id: string) => `${moduloHref(course, id)}guia-facilitador/`;
/** A module's quiz on paper: every question in one printable list, what a browser without JavaScript uses. */
export const paperQuizHref = (course: Curso, id: string) => `${moduloHref(course, id)}cuestionario/`;
/** A module's quiz as data: the island fetches it when the reader reaches the quiz (and the service worker keeps it). */
export const quizDataHref = (course: Curso, id: string) => `${moduloHref(course, id)}cuestionario.json`;

/** Breadcrumbs above a module: the Aprende, Trabaja y Emprende page first for its sub-course. */
export function courseCrumbs(course: Curso): { label: string; href: string }[] {
  const crumbs = [{ label: COURSES[course].label, href: COURSES[course].href }];
  if (course === 'en-marcha-digital') crumbs.unshift({ label: COURSES['aprende-trabaja-emprende'].label, href: COURSES['aprende-trabaja-emprende'].href });
  return crumbs;
}

/** The sum of an agenda's minutes. */
export const agendaMinutes = (agenda: readonly { minutes: number }[]) => agenda.reduce((total, item) => total + item.minutes, 0);

/** The pages of the course-wide evaluations (src/pages/aprende-trabaja-emprende/), by quiz purpose. */
export const COURSE_EVALUATIONS = {
  'pre-post': '/aprende-trabaja-emprende/evaluacion-inicial-y-final/',
  validacion: '/aprende-trabaja-emprende/evaluacion-de-validacion/',
} as const;
