/**
 * Facets of the manual list (type, audience, component). The list filters by pre-rendered facet
 * pages, /manuales/<facet>/<value>/, so filtering works without JavaScript.
 */
import { AUDIENCIAS, COMPONENTES, TIPOS_MANUAL, type Audiencia, type Componente, type TipoManual } from './taxonomy.ts';

export interface FacetedManual {
  id: string;
  data: { kind: TipoManual; audiencia: Audiencia[]; componentes: Componente[] };
}

export const MANUAL_FACETS = {
  tipo: { label: 'Tipo', vocabulary: TIPOS_MANUAL as Record<string, string>, valuesOf: (m: FacetedManual) => [m.data.kind] as string[] },
  audiencia: { label: 'Audiencia', vocabulary: AUDIENCIAS as Record<string, string>, valuesOf: (m: FacetedManual) => m.data.audiencia as string[] },
  componente: { label: 'Componente', vocabulary: COMPONENTES as Record<string, string>, valuesOf: (m: FacetedManual) => m.data.componentes as string[] },
} as const;

export type FacetName = keyof typeof MANUAL_FACETS;
export const FACET_NAMES = Object.keys(MANUAL_FACETS) as FacetName[];

export interface FacetOption {
  facet: FacetName;
  value: string;
  label: string;
  count: number;
  href: string;
}

export const facetHref = (facet: FacetName, value: string) => `/manuales/${facet}/${value}/`;

/** The options of one facet that match at least one manual, in vocabulary order, with counts. */
export function facetOptions(manuals: readonly FacetedManual[], facet: FacetName): FacetOption[] {
  const { vocabulary, valuesOf } = MANUAL_FACETS[facet];
  return Object.entries(vocabulary)
    .map(([value, label]) => ({
      facet,
      value,
      label,
      count: manuals.filter((manual) => valuesOf(manual).includes(value)).length,
      href: facetHref(facet, value),
    }))
    .filter((option) => option.count > 0);
}

/** The manuals that have `value` for `facet`. */
export function filterByFacet<T extends FacetedManual>(manuals: readonly T[], facet: FacetName, value: string): T[] {
  return manuals.filter((manual) => MANUAL_FACETS[facet].valuesOf(manual).includes(value));
}

/** Every facet page to pre-render: one per facet value that matches at least one manual. */
export function facetPages(manuals: readonly FacetedManual[]): FacetOption[] {
  return FACET_NAMES.flatMap((facet) => facetOptions(manuals, facet));
}
