/**
 * The report's per-GAD figures: every results table that has rows per municipality, with this
 * municipality's rows. A table without a row for it stays in the list with no rows, so the page can
 * say the report gives no figure instead of leaving a silent gap.
 */

interface PerGadTable {
  data: { rows: { municipio?: { id: string } }[] };
}

export function figuresForMunicipio<T extends PerGadTable>(
  municipioId: string,
  resultados: readonly T[],
): { resultado: T; rows: T['data']['rows'] }[] {
  return resultados
    .filter((resultado) => resultado.data.rows.some((row) => row.municipio))
    .map((resultado) => ({ resultado, rows: resultado.data.rows.filter((row) => row.municipio?.id === municipioId) }));
}

interface PerZonaTable {
  data: { rows: { zona?: string }[] };
}

/** The tables with rows per zona, each with the row of this zona (e.g. knowledge-exchange participation). */
export function figuresForZona<T extends PerZonaTable>(zona: string, resultados: readonly T[]): { resultado: T; rows: T['data']['rows'] }[] {
  return resultados
    .map((resultado) => ({ resultado, rows: resultado.data.rows.filter((row) => row.zona === zona) }))
    .filter(({ rows }) => rows.length > 0);
}
