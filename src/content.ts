/**
 * Queries of the published content, in one place. Pages import these instead of calling
 * getCollection themselves, so drafts are filtered and entries sorted the same way everywhere.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { byOrder, neighbours } from './lib/sequence.ts';
import { COURSES, COURSE_EVALUATIONS, moduloHref, paperQuizHref, trainerGuideHref, type Curso } from './lib/courses.ts';
import type { OfflinePage } from './lib/offline.ts';
import { formatDurationLong } from './lib/format.ts';
import { quizIdentity } from './lib/quiz/state.ts';
import type { Quiz } from './lib/quiz/types.ts';
import type { ModuleSummary } from './components/islands/course-progress/CourseProgress.tsx';
import type { Instrument, ResourceLink } from './lib/diagnostic/instrument.ts';
import { DOMINIOS_MGI } from './lib/taxonomy.ts';
import type { AcronymDefinition } from './lib/acronyms.ts';
import { usedInCode } from './lib/code-references.ts';
import { FACILITATION_GUIDE_PATH } from './lib/diagnostic/facilitation-guide.ts';
import { COMPLETE_GLOSSARY_HREF, termHref, termLabel } from './lib/glossary.ts';

export type Manual = CollectionEntry<'manuales'>;
export type Modulo = CollectionEntry<'modulos'>;
export type Cuestionario = CollectionEntry<'cuestionarios'>;
export type Municipio = CollectionEntry<'municipios'>;
export type Resultado = CollectionEntry<'resultados'>;
export type TerminoGlosario = CollectionEntry<'glosario'>;
export type BuenaPractica = CollectionEntry<'buenas-practicas'>;
export type PaginaCampana = CollectionEntry<'campana'>;
export type Diagnostico = CollectionEntry<'diagnostico'>;
export type NotaInforme = CollectionEntry<'notas'>;
export type GuiaFacilitacion = CollectionEntry<'facilitacion'>;

const published = <T extends { data: { draft: boolean } }>(entry: T) => !entry.data.draft;

/** Every page of a build asks for the same lists: compute each once per build. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}

export const getManuales = once(async (): Promise<Manual[]> => byOrder(await getCollection('manuales', published)));

export const getMunicipios = once(async (): Promise<Municipio[]> => byOrder(await getCollection('municipios', published)));

/** Notes about the report, by title. */
export const getNotas = once(async (): Promise<NotaInforme[]> =>
  (await getCollection('notas', published)).sort((a, b) => a.data.title.localeCompare(b.data.title, 'es')),
);

export const getResultados = once(async (): Promise<Resultado[]> => byOrder(await getCollection('resultados', published)));

export const getGlosario = once(async (): Promise<TerminoGlosario[]> => {
  const terms = await getCollection('glosario', published);
  return terms.sort((a, b) => a.data.term.localeCompare(b.data.term, 'es', { sensitivity: 'base' }));
});

/** The glossary's acronyms, each with its term as the expansion (src/components/Acronyms.astro marks them with <abbr>). */
export const getGlossaryAcronyms = once(async (): Promise<AcronymDefinition[]> =>
  (await getGlosario()).flatMap(({ data }) => (data.acronym ? [{ acronym: data.acronym, expansion: data.term }] : [])),
);

const getAllModulos = once(async (): Promise<Modulo[]> => byOrder(await getCollection('modulos', published)));

/** Modules (of any course) by id, in the order given; unpublished ids are skipped. */
export async function getModulosById(ids: readonly string[]): Promise<Modulo[]> {
  const modulos = await getAllModulos();
  return ids.flatMap((id) => modulos.filter((modulo) => modulo.id === id));
}

/** The modules of one course, in order. */
export async function getModulos(course: Curso): Promise<Modulo[]> {
  return (await getAllModulos()).filter((modulo) => modulo.data.course === course);
}

export const getCuestionarios = once(() => getCollection('cuestionarios', published));

/** A quiz as the island takes it (plain data, no Astro types). */
export function toQuiz(entry: Cuestionario): Quiz {
  const { title, purpose, passMark, feedbackTiming, shuffle, partialCredit, review, bands, questions } = entry.data;
  return { id: entry.id, title, purpose, passMark, feedbackTiming, shuffle, partialCredit, review, bands, questions };
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

export const getBuenasPracticas = once(async (): Promise<BuenaPractica[]> => byOrder(await getCollection('buenas-practicas', published)));

export const getCampana = once(async (): Promise<PaginaCampana[]> => byOrder(await getCollection('campana', published)));

/** The diagnostic instrument: one published entry of `diagnostico`; the build fails without it. */
export const getDiagnostico = once(async (): Promise<Diagnostico> => {
  const entries = await getCollection('diagnostico', published);
  if (entries.length !== 1) throw new Error(`Expected one published instrument in src/content/diagnostico/, found ${entries.length}`);
  return entries[0];
});

/**
 * The text of the diagnostic's facilitation guide: its one entry, which the admin will not let an editor
 * delete or unpublish (src/lib/code-references.ts); the build fails without it.
 */
export const getGuiaFacilitacion = once(async (): Promise<GuiaFacilitacion> => {
  const entry = await getEntry('facilitacion', usedInCode('facilitacion', 'guia-de-facilitacion'));
  if (!entry || entry.data.draft) throw new Error('The facilitation guide src/content/facilitacion/guia-de-facilitacion.yaml is missing or a draft');
  return entry;
});

export const manualHref = (id: string) => `/manuales/${id}/`;
export const municipioHref = (id: string) => `/municipios/${id}/`;
export const practicaHref = (id: string) => `/buenas-practicas/${id}/`;
export const campanaHref = (id: string) => `/campana/${id}/`;

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

/** getStaticPaths of a course's module quizzes on their own (the paper page and the data the island fetches): modules with a quiz. */
export async function moduleQuizPaths(course: Curso) {
  const modulos = await getModulos(course);
  const cuestionarios = await getCuestionarios();
  return modulos.flatMap((modulo) => {
    const entry = cuestionarios.find((quiz) => quiz.id === modulo.data.quiz?.id);
    if (!entry) return [];
    // The page changes when either does: the questions or the module they belong to.
    const updated = new Date(Math.max(entry.data.updated.getTime(), modulo.data.updated.getTime()));
    return [{ params: { modulo: modulo.id }, props: { modulo, quiz: toQuiz(entry), updated } }];
  });
}

/** Where each part of the diagnostic instrument links an indicator's gap to a resource. */
export type ResourceCollection = 'manuales' | 'modulos' | 'buenasPracticas' | 'campana';

/** The diagnostic indicators whose gap this entry helps close (practice, campaign and manual pages list them). */
export async function indicatorsLinkingTo(collection: ResourceCollection, id: string) {
  const { data } = await getDiagnostico();
  return data.dimensions.flatMap((dimension) =>
    dimension.indicators
      .filter((indicator) => indicator.plan.resources[collection].some((ref) => ref.id === id))
      .map((indicator) => ({ id: indicator.id, question: indicator.question, dimension: dimension.title })),
  );
}

/** Link to an indicator in the printable questionnaire. */
export const indicatorHref = (indicatorId: string) => `/diagnostico/cuestionario/#${indicatorId}`;

/**
 * The instrument as the diagnostic island and its pages take it: plain data, each indicator's
 * resources turned into titled links (so the plan can show them without the content layer).
 */
export const getInstrument = once(async (): Promise<Instrument> => {
  const { data } = await getDiagnostico();
  const [manuales, modulos, practicas, campana] = await Promise.all([getManuales(), getAllModulos(), getBuenasPracticas(), getCampana()]);
  const title = (entries: readonly { id: string; data: { title: string } }[], id: string) => entries.find((entry) => entry.id === id)?.data.title;
  const links = (resources: Diagnostico['data']['dimensions'][number]['indicators'][number]['plan']['resources']): ResourceLink[] => [
    ...resources.manuales.flatMap(({ id }) => linkTo('manual', title(manuales, id), manualHref(id))),
    ...resources.modulos.flatMap(({ id }) => {
      const modulo = modulos.find((m) => m.id === id);
      return modulo ? linkTo('modulo', modulo.data.title, moduloHref(modulo.data.course, id)) : [];
    }),
    ...resources.buenasPracticas.flatMap(({ id }) => linkTo('buena-practica', title(practicas, id), practicaHref(id))),
    ...resources.campana.flatMap(({ id }) => linkTo('campana', title(campana, id), campanaHref(id))),
  ];
  return {
    version: data.version,
    levels: data.levels,
    history: data.history,
    dimensions: [...data.dimensions]
      .sort((a, b) => a.order - b.order)
      .map((dimension) => ({
        id: dimension.id,
        title: dimension.title,
        order: dimension.order,
        summary: dimension.summary,
        indicators: dimension.indicators.map((indicator) => ({
          id: indicator.id,
          question: indicator.question,
          help: indicator.help,
          evidence: indicator.evidence,
          short: indicator.short,
          weight: indicator.scoring.weight,
          mgiDomain: indicator.scoring.mgiDomain,
          mgiLabel: DOMINIOS_MGI[indicator.scoring.mgiDomain],
          ...(indicator.notApplicable ? { notApplicable: indicator.notApplicable } : {}),
          recommendation: indicator.plan.recommendation,
          action: indicator.plan.action,
          dependsOn: indicator.plan.dependsOn,
          resources: links(indicator.plan.resources),
        })),
      })),
  };
});

/** A resource link, or none when the entry is unpublished (a draft). */
function linkTo(kind: ResourceLink['kind'], title: string | undefined, href: string): ResourceLink[] {
  return title ? [{ kind, title, href }] : [];
}

/**
 * Every page kept for use without connection, with its title: the /sin-conexion/ page lists them and the
 * course page's «Guardar para usar sin conexión» checks the course's. The service worker precaches the
 * same sections (src/lib/offline.ts), and its build fails if this list and the precache differ.
 */
export const offlinePages = once(async (): Promise<OfflinePage[]> => {
  const course = async (curso: Curso): Promise<OfflinePage[]> =>
    Promise.all(
      (await getModulos(curso)).map(async (modulo) => ({
        href: moduloHref(curso, modulo.id),
        title: modulo.data.title,
        children: [
          {
            href: trainerGuideHref(curso, modulo.id),
            title: curso === 'formacion-de-formadores' ? 'Guía de la sesión, con sus materiales' : 'Guía para facilitadores, con sus materiales',
          },
          ...((await quizOf(modulo)) ? [{ href: paperQuizHref(curso, modulo.id), title: 'Autoevaluación para responder en papel' }] : []),
        ],
      })),
    );
  const evaluation = async (purpose: keyof typeof COURSE_EVALUATIONS): Promise<OfflinePage> => ({
    href: COURSE_EVALUATIONS[purpose],
    title: (await cuestionarioByPurpose(purpose)).data.title,
  });
  return [
    { href: COURSES['aprende-trabaja-emprende'].href, title: `Presentación de ${COURSES['aprende-trabaja-emprende'].label}` },
    ...(await course('aprende-trabaja-emprende')),
    await evaluation('pre-post'),
    await evaluation('validacion'),
    { href: COURSES['en-marcha-digital'].href, title: `Presentación de ${COURSES['en-marcha-digital'].label}` },
    ...(await course('en-marcha-digital')),
    { href: COURSES['formacion-de-formadores'].href, title: `Presentación de ${COURSES['formacion-de-formadores'].label}` },
    ...(await course('formacion-de-formadores')),
    { href: '/diagnostico/', title: 'Autodiagnóstico del GAD' },
    { href: '/diagnostico/metodologia/', title: 'Metodología del autodiagnóstico' },
    { href: '/diagnostico/cuestionario/', title: 'Cuestionario del autodiagnóstico para imprimir' },
    { href: '/diagnostico/hoja-de-respuestas/', title: 'Hoja de respuestas del autodiagnóstico' },
    { href: FACILITATION_GUIDE_PATH, title: (await getGuiaFacilitacion()).data.title },
    { href: '/diagnostico/municipios/', title: 'Autodiagnósticos de varios municipios' },
    {
      href: '/glosario/',
      title: 'Glosario',
      children: [
        { href: COMPLETE_GLOSSARY_HREF, title: 'Glosario completo' },
        ...(await getGlosario()).map((term) => ({ href: termHref(term.id), title: termLabel(term.data) })),
      ],
    },
    { href: '/buscar/', title: 'Buscar en el portal' },
  ];
});
