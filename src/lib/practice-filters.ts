/**
 * Filters of the good-practice catalogue: eje, and place (a zona or one municipio within it),
 * combinable. Every combination is a pre-rendered page, /buenas-practicas/filtro/<eje>/<lugar>/,
 * so filtering works without JavaScript; counts are computed from the same list that is shown.
 */
import { EJES, ZONAS, type Eje, type Zona } from './taxonomy.ts';

export const ALL_EJES = 'todos';
export const ALL_PLACES = 'todas';

export interface FilterablePractice {
  id: string;
  data: { eje: Eje; zona: Zona; municipio: { id: string } };
}

export interface MunicipioOption {
  id: string;
  title: string;
  zona: Zona;
}

export interface PracticeSelection {
  /** An eje key or ALL_EJES. */
  eje: string;
  /** A zona key, a municipio id, or ALL_PLACES. */
  lugar: string;
}

export const ALL_PRACTICES: PracticeSelection = { eje: ALL_EJES, lugar: ALL_PLACES };

export function selectionHref(selection: PracticeSelection): string {
  return selection.eje === ALL_EJES && selection.lugar === ALL_PLACES
    ? '/buenas-practicas/'
    : `/buenas-practicas/filtro/${selection.eje}/${selection.lugar}/`;
}

const isZona = (lugar: string): lugar is Zona => lugar in ZONAS;

function matchesPlace(practice: FilterablePractice, lugar: string): boolean {
  if (lugar === ALL_PLACES) return true;
  return isZona(lugar) ? practice.data.zona === lugar : practice.data.municipio.id === lugar;
}

export function filterPractices<T extends FilterablePractice>(practices: readonly T[], selection: PracticeSelection): T[] {
  return practices.filter(
    (practice) => (selection.eje === ALL_EJES || practice.data.eje === selection.eje) && matchesPlace(practice, selection.lugar),
  );
}

export interface FilterOption {
  value: string;
  label: string;
  /** How many practices the page behind this option shows. */
  count: number;
  href: string;
  current: boolean;
}

export interface FilterGroups {
  eje: FilterOption[];
  zona: FilterOption[];
  municipio: FilterOption[];
}

/** The zona a selection's place belongs to (for a municipio, its zona). */
export function zonaOf(lugar: string, municipios: readonly MunicipioOption[]): Zona | null {
  if (isZona(lugar)) return lugar;
  return municipios.find((municipio) => municipio.id === lugar)?.zona ?? null;
}

/**
 * The three filter groups for the page of `selection`. Each option keeps the other filter as it is:
 * an eje option keeps the place; a zona or municipio option keeps the eje. Municipio options are
 * those of the selected zona (all nine when no zona is selected).
 */
export function filterGroups(
  practices: readonly FilterablePractice[],
  municipios: readonly MunicipioOption[],
  selection: PracticeSelection,
): FilterGroups {
  const option = (value: string, label: string, next: PracticeSelection, current: boolean): FilterOption => ({
    value,
    label,
    count: filterPractices(practices, next).length,
    href: selectionHref(next),
    current,
  });
  const zona = zonaOf(selection.lugar, municipios);
  return {
    eje: [
      option(ALL_EJES, 'Todos los ejes', { ...selection, eje: ALL_EJES }, selection.eje === ALL_EJES),
      ...Object.entries(EJES).map(([value, label]) => option(value, label, { ...selection, eje: value }, selection.eje === value)),
    ],
    zona: [
      option(ALL_PLACES, 'Todas las zonas', { ...selection, lugar: ALL_PLACES }, selection.lugar === ALL_PLACES),
      ...Object.entries(ZONAS).map(([value, label]) => option(value, label, { ...selection, lugar: value }, zona === value)),
    ],
    municipio: municipios
      .filter((municipio) => zona === null || municipio.zona === zona)
      .map((municipio) => option(municipio.id, municipio.title, { ...selection, lugar: municipio.id }, selection.lugar === municipio.id)),
  };
}

/** Every selection to pre-render: each eje (and all) by each place (all, a zona, a municipio). */
export function allSelections(municipios: readonly MunicipioOption[]): PracticeSelection[] {
  const ejes = [ALL_EJES, ...Object.keys(EJES)];
  const lugares = [ALL_PLACES, ...Object.keys(ZONAS), ...municipios.map((municipio) => municipio.id)];
  return ejes.flatMap((eje) => lugares.map((lugar) => ({ eje, lugar }))).filter((selection) => selectionHref(selection) !== '/buenas-practicas/');
}

/** "Integración económica · El Oro" — what a selection shows, for the page title. */
export function selectionLabel(selection: PracticeSelection, municipios: readonly MunicipioOption[]): string {
  const parts: string[] = [];
  if (selection.eje !== ALL_EJES) parts.push(EJES[selection.eje as Eje] ?? selection.eje);
  if (selection.lugar !== ALL_PLACES) {
    parts.push(isZona(selection.lugar) ? `Zona ${ZONAS[selection.lugar]}` : (municipios.find((m) => m.id === selection.lugar)?.title ?? selection.lugar));
  }
  return parts.join(' · ');
}
