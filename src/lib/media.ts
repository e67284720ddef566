/**
 * What the media folder (`public/imagenes/`, the CMS's uploads) accepts: raster images only. No SVG:
 * an SVG is a document that can carry script, and opened on its own it would run on the portal's
 * origin. Shared by the build's content check and the admin's upload check.
 */
export const MEDIA_TYPES = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
} as const;

export const MEDIA_EXTENSIONS = Object.keys(MEDIA_TYPES);

/** The lowercase extension of a file name, with its dot ("" when it has none). */
export function extensionOf(name: string): string {
  return /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';
}

/** Why the admin refuses a file picked for upload (by name and the type the browser reports), or undefined. */
export function uploadProblem(name: string, type: string): string | undefined {
  const extension = extensionOf(name);
  const expected = MEDIA_TYPES[extension as keyof typeof MEDIA_TYPES];
  if (!expected || (type !== '' && type !== expected)) {
    return `«${name}» no se puede subir: la carpeta de medios solo acepta fotos e imágenes ${MEDIA_EXTENSIONS.join(', ')} (no SVG, PDF ni documentos). Para publicar un documento, pida ayuda al equipo técnico.`;
  }
  return undefined;
}
