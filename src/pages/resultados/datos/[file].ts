/** Open data: every results table as CSV (UTF-8 BOM, `;`, decimal comma) and JSON, built from its data file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getResultados, type Resultado } from '../../../content.ts';
import { tableCsv, tableJson } from '../../../lib/results.ts';

export const getStaticPaths = (async () => {
  const resultados = await getResultados();
  return resultados.flatMap((resultado) => [
    { params: { file: `${resultado.id}.csv` }, props: { resultado, format: 'csv' as const } },
    { params: { file: `${resultado.id}.json` }, props: { resultado, format: 'json' as const } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ resultado: Resultado; format: 'csv' | 'json' }> = ({ props }) => {
  const { resultado, format } = props;
  return format === 'csv'
    ? new Response(tableCsv(resultado.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(tableJson(resultado.id, resultado.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
