/**
 * Where a link written in content lands. Content and notes about the report name a glossary term as
 * `/glosario/#id` and a results table as `/resultados/#resultado-id`: the forms editors write, that the
 * admin counts as references (src/cms/content-index.ts) and that stay right whatever a term is
 * renamed to. Each term and each table has a page of its own, so that every page fits in the first
 * round trip (issue #22): pages render those links to it. /glosario/ and /resultados/ keep an element
 * with the old anchor, linking to the page, for bookmarks. Pure.
 */
import { termHref } from './glossary.ts';
import { resultHref } from './results.ts';

const GLOSSARY_ANCHOR = /^\/glosario\/#([a-z0-9-]+)$/;
const RESULT_ANCHOR = /^\/resultados\/#resultado-([a-z0-9-]+)$/;

/** The page a site link leads to: `/glosario/#ceo` → `/glosario/ceo/`; any other link as it is. */
export function pageOfLink(href: string): string {
  const term = GLOSSARY_ANCHOR.exec(href)?.[1];
  if (term) return termHref(term);
  const table = RESULT_ANCHOR.exec(href)?.[1];
  if (table) return resultHref(table);
  return href;
}

/** How content names a results table (a note's `subject`): `/resultados/#resultado-id`. */
export const resultSubject = (id: string) => `/resultados/#resultado-${id}`;

/** How content names a glossary term (a link, a note's `subject`): `/glosario/#id`. */
export const termSubject = (id: string) => `/glosario/#${id}`;
