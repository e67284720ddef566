/**
 * What `npm start` tells the admin about the local portal after «Publicar»: the rebuild under way, the
 * pages already visible while the search and the offline copy catch up, the last rebuild finished, or
 * the one that failed and why. `scripts/site-rebuilder.ts` writes it as /admin/estado-publicacion.json
 * into the site it serves; the admin shows it (src/cms/admin/cms-setup.js).
 * Pure: the status and the Spanish sentence for it.
 */

export const PUBLISH_STATUS_PATH = 'admin/estado-publicacion.json';

/** How long each step of a rebuild took, in milliseconds, by step name (for the terminal and the bench). */
export type StepTimes = Record<string, number>;

/**
 * `steps`: how long each step took. `warm`: whether Astro's process had built once before (scripts/rebuild-worker.ts).
 * `ready`: the next rebuild's steps are loaded and warmed up.
 */
export type PublishStatus =
  /** `npm start` rebuilds what is published, and nothing has been published since it started. */
  | { state: 'watching'; since: number; ready?: boolean }
  | { state: 'building'; since: number }
  /** The new pages are served (since `at`, `seconds` after the change); the search index and service worker are being rebuilt. */
  | { state: 'indexing'; since: number; at: number; seconds: number; steps?: StepTimes; warm?: boolean }
  | { state: 'done'; at: number; seconds: number; steps?: StepTimes; warm?: boolean; ready?: boolean }
  /** `published`: the new pages were served, and what failed is the search index or the offline copy after them. */
  | { state: 'failed'; at: number; error: string; published?: boolean; steps?: StepTimes; ready?: boolean };

/** The lines of a failed step's output that say what is wrong: the content check's, else the last ones. */
export function failureSummary(output: string): string {
  const lines = output.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
  const content = lines.filter((line) => /^\s+\S+\.(mdx|yaml|jpe?g|png|webp|avif|gif):/.test(line)).map((line) => line.trim());
  const chosen = content.length > 0 ? content : lines.slice(-5);
  return chosen.slice(0, 8).join('\n');
}

/** Whether the admin should ask again soon: a rebuild is under way. */
export function isPublishing(status: PublishStatus): boolean {
  return status.state === 'building' || status.state === 'indexing';
}

const clock = (time: number) => new Date(time).toLocaleTimeString('es-EC', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const seconds = (value: number) => value.toLocaleString('es-EC', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** The sentence the admin shows, given the status and the time now. */
export function publishStatusText(status: PublishStatus, now: number): string {
  switch (status.state) {
    case 'watching':
      return 'El portal local se actualiza solo con lo que publique.';
    case 'building':
      return `Actualizando el portal con lo publicado… (${Math.max(0, Math.round((now - status.since) / 1000))} s). Mientras tanto, el portal muestra la versión anterior.`;
    case 'indexing':
      return `Lo publicado ya se ve en el portal (desde las ${clock(status.at)}, en ${seconds(status.seconds)} s). Falta actualizar la búsqueda y la copia para usar sin conexión…`;
    case 'done':
      return `Portal actualizado a las ${clock(status.at)} (en ${seconds(status.seconds)} s): lo publicado ya se ve en el sitio.`;
    case 'failed':
      return status.published
        ? `Lo publicado ya se ve en el portal, pero a las ${clock(status.at)} no se pudo actualizar la búsqueda o la copia para usar sin conexión: siguen con la versión anterior. Motivo: ${status.error}`
        : `El portal no se pudo actualizar a las ${clock(status.at)}: sigue mostrando la versión anterior. Motivo: ${status.error}`;
  }
}
