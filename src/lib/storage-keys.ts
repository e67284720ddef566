/** The keys this portal keeps in localStorage (quiz progress, diagnostic, their backups), for the privacy page. */

export const PORTAL_PREFIX = 'integra:';

export const portalKeys = (keys: readonly string[]) => keys.filter((key) => key.startsWith(PORTAL_PREFIX));

export function countText(count: number): string {
  if (count === 0) return 'Este portal no tiene datos guardados en este navegador.';
  return count === 1 ? 'Este portal tiene 1 dato guardado en este navegador.' : `Este portal tiene ${count} datos guardados en este navegador.`;
}
