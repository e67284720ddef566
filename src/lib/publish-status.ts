/**
 * What `npm start` tells the admin about the local portal after «Publicar»: the rebuild under way, the
 * last one finished, or the one that failed and why. `scripts/site-rebuilder.ts` writes it as
 * /admin/estado-publicacion.json into the site it serves; the admin shows it (src/cms/cms-setup.js).
 * Pure: the status and the Spanish sentence for it.
 */

export const PUBLISH_STATUS_PATH = 'admin/estado-publicacion.json';

export type PublishStatus =
  | { state: 'building'; since: number }
  | { state: 'done'; at: number; seconds: number }
  | { state: 'failed'; at: number; error: string };

/** The lines of a failed step's output that say what is wrong: the content check's, else the last ones. */
export function failureSummary(output: string): string {
  const lines = output.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
  const content = lines.filter((line) => /^\s+\S+\.(mdx|yaml|jpe?g|png|webp|avif|gif):/.test(line)).map((line) => line.trim());
  const chosen = content.length > 0 ? content : lines.slice(-5);
  return chosen.slice(0, 8).join('\n');
}

const clock = (time: number) => new Date(time).toLocaleTimeString('es-EC', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const seconds = (value: number) => value.toLocaleString('es-EC', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** The sentence the admin shows, given the status and the time now. */
export function publishStatusText(status: PublishStatus, now: number): string {
  switch (status.state) {
    case 'building':
      return `Actualizando el portal con lo publicado… (${Math.max(0, Math.round((now - status.since) / 1000))} s). Mientras tanto, el portal muestra la versión anterior.`;
    case 'done':
      return `Portal actualizado a las ${clock(status.at)} (en ${seconds(status.seconds)} s): lo publicado ya se ve en el sitio.`;
    case 'failed':
      return `El portal no se pudo actualizar a las ${clock(status.at)}: sigue mostrando la versión anterior. Motivo: ${status.error}`;
  }
}
