/**
 * Queries of the published content, in one place. Pages import these instead of calling
 * getCollection themselves, so drafts are filtered and entries sorted the same way everywhere.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder, neighbours } from './lib/sequence.ts';
import { moduloHref, type Curso } from './lib/courses.ts';
import { formatDurationLong } from './lib/format.ts';
import { quizIdentity } from './lib/quiz/state.ts';
import type { Quiz } from './lib/quiz/types.ts';
import type { ModuleSummary } from './components/islands/course-progress/CourseProgress.tsx';

export type Manual = CollectionEntry<'manuales'>;
export type Modulo = CollectionEntry<'modulos'>;
export type Cuestionario = CollectionEntry<'cuestionarios'>;
export type Municipio = CollectionEntry<'municipios'>;
export type Resultado = CollectionEntry<'resultados'>;
export type TerminoGlosario = CollectionEntry<'glosario'>;

const published = <T extends { data: { draft: boolean } }>(entry: T) => !entry.data.draft;

/** Every page of a build asks for the same lists: compute each once per build. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}

export const getManuales = once(async (): Promise<Manual[]> => byOrder(await getCollection('manuales', published)));

export const getMunicipios = once(async (): Promise<Municipio[]> => byOrder(await getCollection('municipios', published)));

export const getResultados = once(async (): Promise<Resultado[]> => byOrder(await getCollection('resultados', published)));

export const getGlosario = once(async (): Promise<TerminoGlosario[]> => {
  const terms = await getCollection('glosario', published);
  return terms.sort((a, b) => a.data.term.localeCompare(b.data.term, 'es', { sensitivity: 'base' }));
});

const getAllModulos = once(async (): Promise<Modulo[]> => byOrder(await getCollection('modulos', published)));

/** The modules of one course, in order. */
export async function getModulos(course: Curso): Promise<Modulo[]> {
  return (await getAllModulos()).filter((modulo) => modulo.data.course === course);
}

export const getCuestionarios = once(() => getCollection('cuestionarios', published));

/** A quiz as the island takes it (plain data, no Astro types). */
export function toQuiz(entry: Cuestionario): Quiz {
  const { title, passMark, feedbackTiming, shuffle, bands, questions } = entry.data;
  return { id: entry.id, title, passMark, feedbackTiming, shuffle, bands, questions };
}

/** The quiz a module references, if it is published. */
export async function quizOf(modulo: Modulo): Promise<Quiz | undefined> {
  const ref = modulo.data.quiz;
  const entry = ref && (await getCuestionarios()).find((quiz) => quiz.id === ref.id);
  return entry ? toQuiz(entry) : undefined;
}

/** The course-wide quiz with this purpose (pre/post or validación); the build fails if there is none. */
export async function cuestionarioByPurpose(purpose: Cuestionario['data']['purpose']): Promise<Cuestionario> {
  const entry = (await getCuestionarios()).find((quiz) => quiz.data.purpose === purpose);
  if (!entry) throw new Error(`No quiz with purpose "${purpose}" in src/content/cuestionarios/`);
  return entry;
}

export const getBuenasPracticas = once(() => getCollection('buenas-practicas', published));

export const manualHref = (id: string) => `/manuales/${id}/`;
export const municipioHref = (id: string) => `/municipios/${id}/`;

/** What the course list island needs of each module. */
export async function moduleSummaries(modulos: Modulo[]): Promise<ModuleSummary[]> {
  return Promise.all(
    modulos.map(async (modulo) => {
      const quiz = await quizOf(modulo);
      return {
        id: modulo.id,
        title: modulo.data.title,
        href: moduloHref(modulo.data.course, modulo.id),
        duration: formatDurationLong(modulo.data.durationMinutes),
        summary: modulo.data.summary,
        quiz: quiz && { id: quiz.id, passMark: quiz.passMark, identity: quizIdentity(quiz) },
      };
    }),
  );
}

/** getStaticPaths of a course's module pages (and their print guides). */
export async function modulePagePaths(course: Curso) {
  const modulos = await getModulos(course);
  return Promise.all(
    modulos.map(async (modulo) => {
      const { previous, next } = neighbours(modulos, modulo.id);
      return { params: { modulo: modulo.id }, props: { modulo, quiz: await quizOf(modulo), previous, next } };
    }),
  );
}
