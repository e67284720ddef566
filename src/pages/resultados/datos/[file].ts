/** Open data: every results table as CSV (UTF-8 BOM, `;`, decimal comma) and JSON, built from its data file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNotas, getResultados, type Resultado } from '../../../content.ts';
import { tableCsv, tableJson, type TableReportNote } from '../../../lib/results.ts';
import { notePath } from '../../../lib/report-notes.ts';

export const getStaticPaths = (async () => {
  const resultados = await getResultados();
  return resultados.flatMap((resultado) => [
    { params: { file: `${resultado.id}.csv` }, props: { resultado, format: 'csv' as const } },
    { params: { file: `${resultado.id}.json` }, props: { resultado, format: 'json' as const } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ resultado: Resultado; format: 'csv' | 'json' }> = async ({ props }) => {
  const { resultado, format } = props;
  const { data } = resultado;
  const ids = [data.total?.nota, ...data.rows.map((row) => row.nota), ...data.notas].flatMap((ref) => (ref ? [ref.id] : []));
  const reportNotes: TableReportNote[] = (await getNotas())
    .filter((note) => ids.includes(note.id))
    .map((note) => ({ title: note.data.title, href: notePath(note.id) }));
  return format === 'csv'
    ? new Response(tableCsv(data, reportNotes), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(tableJson(resultado.id, data, reportNotes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
