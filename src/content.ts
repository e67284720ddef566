/**
 * Queries of the published content, in one place. Pages import these instead of calling
 * getCollection themselves, so drafts are filtered and entries sorted the same way everywhere.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder } from './lib/sequence.ts';

export type Manual = CollectionEntry<'manuales'>;
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

export const getBuenasPracticas = once(() => getCollection('buenas-practicas', published));

export const manualHref = (id: string) => `/manuales/${id}/`;
export const municipioHref = (id: string) => `/municipios/${id}/`;
