/**
 * Facets of the manual list (type, audience, component), combinable. Every selection is a
 * pre-rendered page, so filtering works without JavaScript: one facet set is /manuales/<facet>/<value>/,
 * two or three are /manuales/filtro/<tipo>/<audiencia>/<componente>/ ("todos" where unset). Counts
 * are computed from the same list that each option's page shows.
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

/** A facet left unset. */
export const ANY = 'todos';

/** One value (or ANY) per facet. */
export type ManualSelection = Record<FacetName, string>;
export const NO_SELECTION: ManualSelection = { tipo: ANY, audiencia: ANY, componente: ANY };

export const facetHref = (facet: FacetName, value: string) => `/manuales/${facet}/${value}/`;

const setFacets = (selection: ManualSelection) => FACET_NAMES.filter((facet) => selection[facet] !== ANY);

/** The page of a selection: the list, a single-facet page, or a combination page. */
export function selectionHref(selection: ManualSelection): string {
  const set = setFacets(selection);
  if (set.length === 0) return '/manuales/';
  if (set.length === 1) return facetHref(set[0], selection[set[0]]);
  return `/manuales/filtro/${selection.tipo}/${selection.audiencia}/${selection.componente}/`;
}

export function filterManuals<T extends FacetedManual>(manuals: readonly T[], selection: ManualSelection): T[] {
  return manuals.filter((manual) =>
    FACET_NAMES.every((facet) => selection[facet] === ANY || MANUAL_FACETS[facet].valuesOf(manual).includes(selection[facet])),
  );
}

export interface FacetOption {
  facet: FacetName;
  value: string;
  label: string;
  /** How many manuals the page behind this option shows. */
  count: number;
  href: string;
  /** Selected now: its link removes it from the selection. */
  current: boolean;
}

/**
 * The options of one facet for the page of `selection`: each keeps the other facets as they are.
 * Options whose page would be empty are left out; the selected one is always there.
 */
export function facetOptions(manuals: readonly FacetedManual[], facet: FacetName, selection: ManualSelection = NO_SELECTION): FacetOption[] {
  return Object.entries(MANUAL_FACETS[facet].vocabulary)
    .map(([value, label]) => {
      const current = selection[facet] === value;
      const target = { ...selection, [facet]: value };
      return {
        facet,
        value,
        label,
        count: filterManuals(manuals, target).length,
        href: selectionHref(current ? { ...selection, [facet]: ANY } : target),
        current,
      };
    })
    .filter((option) => option.count > 0 || option.current);
}

/** Every selection to pre-render with two or three facets set and at least one manual. */
export function combinationPages(manuals: readonly FacetedManual[]): ManualSelection[] {
  const valuesOf = (facet: FacetName) => [ANY, ...Object.keys(MANUAL_FACETS[facet].vocabulary)];
  const selections: ManualSelection[] = [];
  for (const tipo of valuesOf('tipo'))
    for (const audiencia of valuesOf('audiencia'))
      for (const componente of valuesOf('componente')) {
        const selection = { tipo, audiencia, componente };
        if (setFacets(selection).length >= 2 && filterManuals(manuals, selection).length > 0) selections.push(selection);
      }
  return selections;
}

/** Every single-facet page to pre-render: one per facet value that matches at least one manual. */
export function facetPages(manuals: readonly FacetedManual[]): FacetOption[] {
  return FACET_NAMES.flatMap((facet) => facetOptions(manuals, facet));
}

/** What a selection shows, in words: «Guía · Facilitadores · Gobernanza». */
export function selectionLabel(selection: ManualSelection): string {
  return setFacets(selection)
    .map((facet) => MANUAL_FACETS[facet].vocabulary[selection[facet]])
    .join(' · ');
}

/**
 * The opening line of a one-facet page (/manuales/<facet>/<value>/): who the documents are for, or
 * what a kind of document is, in plain words (the portal's own wording). Component pages open with
 * the component as the report describes it instead (COMPONENTES_PROGRAMA in programa.ts).
 */
export const FACET_INTROS: { audiencia: Record<Audiencia, string>; tipo: Record<TipoManual, string> } = {
  audiencia: {
    'funcionario-municipal': 'Documentos para el personal municipal. Ayudan a planificar, organizar y dar los servicios del programa.',
    facilitador: 'Documentos para quienes dan los talleres y las capacitaciones. Ayudan a preparar cada sesión y a guiar al grupo.',
    participante:
      'Si tomas los talleres «Aprende, Trabaja y Emprende», estos documentos son para ti. Te cuentan cómo es el programa, paso a paso. Y traen actividades para que practiques lo que aprendes.',
    'equipo-comunicacion': 'Documentos para los equipos de comunicación de los municipios. Ayudan a preparar mensajes y campañas.',
    'publico-general': 'Documentos que cualquier persona puede leer. Cuentan cómo trabajó el programa y qué aprendió.',
  },
  tipo: {
    manual: 'Un manual explica una metodología completa: qué es, para qué sirve y cómo se aplica.',
    guia: 'Una guía explica, paso a paso, cómo hacer una tarea concreta.',
    cuaderno: 'Un cuaderno de trabajo es para quien participa. Explica el programa y trae actividades para hacer en los talleres.',
  },
};
