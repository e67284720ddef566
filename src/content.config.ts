import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_FORMATS, collectionSchemas, type CollectionName } from './lib/schemas.ts';

/**
 * Content lives in `src/content/<collection>/`. CONTENT_ROOT lets the content tests build from
 * fixture folders; the site always builds from the default.
 */
const contentRoot = process.env.CONTENT_ROOT ?? './src/content';
const schemas = collectionSchemas((collection) => reference(collection));

function loaderFor(name: CollectionName) {
  const pattern = COLLECTION_FORMATS[name] === 'mdx' ? '**/*.mdx' : '**/*.yaml';
  return glob({ pattern, base: `${contentRoot}/${name}` });
}

export const collections = {
  manuales: defineCollection({ loader: loaderFor('manuales'), schema: schemas.manuales }),
  modulos: defineCollection({ loader: loaderFor('modulos'), schema: schemas.modulos }),
  cuestionarios: defineCollection({ loader: loaderFor('cuestionarios'), schema: schemas.cuestionarios }),
  diagnostico: defineCollection({ loader: loaderFor('diagnostico'), schema: schemas.diagnostico }),
  'buenas-practicas': defineCollection({ loader: loaderFor('buenas-practicas'), schema: schemas['buenas-practicas'] }),
  campana: defineCollection({ loader: loaderFor('campana'), schema: schemas.campana }),
  municipios: defineCollection({ loader: loaderFor('municipios'), schema: schemas.municipios }),
  resultados: defineCollection({ loader: loaderFor('resultados'), schema: schemas.resultados }),
  glosario: defineCollection({ loader: loaderFor('glosario'), schema: schemas.glosario }),
  notas: defineCollection({ loader: loaderFor('notas'), schema: schemas.notas }),
  facilitacion: defineCollection({ loader: loaderFor('facilitacion'), schema: schemas.facilitacion }),
};
