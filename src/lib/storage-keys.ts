/**
 * What this portal keeps on the device, for the privacy page: keys in localStorage (quiz progress,
 * diagnostic, their backups) and the caches of the service worker (pages kept for use offline).
 */

export const PORTAL_PREFIX = 'integra:';

export const portalKeys = (keys: readonly string[]) => keys.filter((key) => key.startsWith(PORTAL_PREFIX));

export function countText(count: number): string {
  if (count === 0) return 'Este portal no tiene datos guardados en este navegador.';
  return count === 1 ? 'Este portal tiene 1 dato guardado en este navegador.' : `Este portal tiene ${count} datos guardados en este navegador.`;
}

/** The offline copies: how many files the portal's caches hold, and what the whole site uses on the device. */
export function offlineText(files: number, usage: string | null): string {
  if (files === 0) return 'No hay páginas guardadas para usar sin conexión.';
  const what = files === 1 ? '1 archivo guardado' : `${files} archivos guardados`;
  return `Para usar sin conexión, este portal tiene ${what} (páginas, búsqueda, estilos y programas)${usage ? `; en total ocupa ${usage}` : ''}.`;
}

/** What the erase button did. */
export function erasedText(keys: number, offline: boolean): string {
  const data = keys === 1 ? 'borró 1 dato' : `borraron ${keys} datos`;
  if (keys > 0 && offline) return `Se ${data} de este portal y las páginas guardadas para usar sin conexión.`;
  if (offline) return 'Se borraron las páginas guardadas para usar sin conexión.';
  return `Se ${data} de este portal.`;
}
