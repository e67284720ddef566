/**
 * Content entries the site's own code uses by id, not through a content field. The admin's delete
 * and unpublish guard counts them as references (`src/cms/content-index.ts`), so an editor cannot
 * remove an entry a page needs. Code takes such an id only through `usedInCode`, whose type admits
 * only registered ids; `tests/unit/code-references.test.ts` finds any content id written in code
 * outside it.
 */
export const CODE_REFERENCES = {
  'notas/etapa-ii-tres-nombres': 'la página de inicio (el nombre de la etapa II)',
  'notas/etapa-iii-dos-periodos': 'la página de inicio (el periodo de la etapa III)',
  'notas/programa-o-proyecto-integra': 'la página de inicio y «Acerca del portal» (los nombres «Programa» y «Proyecto» Integra)',
  'resultados/funcionarios-sensibilizados': 'la página «Municipios» (funcionarios sensibilizados)',
  'resultados/formacion-de-formadores-horas': 'la página «Formación de formadores» (horas de formación)',
  'resultados/certificacion-de-formadores': 'la página «Formación de formadores» (certificación)',
  'facilitacion/guia-de-facilitacion': 'la página «Guía de facilitación del autodiagnóstico» (todo su texto)',
} as const;

export type CodeReference = keyof typeof CODE_REFERENCES;

type IdOf<C extends string, R extends string> = R extends `${C}/${infer Id}` ? Id : never;

/** The id of an entry that code uses, checked against the registry by the type checker. */
export function usedInCode<C extends string, Id extends IdOf<C, CodeReference>>(collection: C, id: Id): Id {
  void collection;
  return id;
}
