/**
 * What the media folder (`src/assets/imagenes/`, the CMS's uploads) accepts: raster images only. No SVG:
 * an SVG is a document that can carry script, and opened on its own it would run on the portal's
 * origin. Shared by the build's content check (`checkMediaFiles`, which also reads each file's first
 * bytes) and the admin's upload check (`uploadProblem`).
 */
import type { ContentIssue } from './content-check.ts';

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

/** The first bytes each image format starts with, so a renamed file (an SVG or HTML called .png) is refused. */
function looksLike(extension: string, head: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  switch (MEDIA_TYPES[extension as keyof typeof MEDIA_TYPES]) {
    case 'image/png':
      return ascii(0, 8) === '\x89PNG\r\n\x1a\n';
    case 'image/jpeg':
      return head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
    case 'image/gif':
      return ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a';
    case 'image/webp':
      return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
    case 'image/avif':
      return ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12));
    default:
      return false;
  }
}

export interface MediaFile {
  /** Path relative to the media folder, e.g. "fotos/taller.jpg". */
  name: string;
  /** The file's first bytes (16 are enough). */
  head: Uint8Array;
}

/** Files of the media folder (`src/assets/imagenes/`) that are not images of an accepted type. */
export function checkMediaFiles(folder: string, files: readonly MediaFile[]): ContentIssue[] {
  const accepted = MEDIA_EXTENSIONS.join(', ');
  return files
    .filter((file) => !file.name.split('/').some((part) => part.startsWith('.')))
    .flatMap((file) => {
      const extension = extensionOf(file.name);
      if (!(extension in MEDIA_TYPES)) {
        return [{ path: `${folder}/${file.name}`, message: `en la carpeta de medios solo van imágenes (${accepted}); las SVG y otros archivos no se aceptan: quite este archivo` }];
      }
      if (!looksLike(extension, file.head)) {
        return [{ path: `${folder}/${file.name}`, message: `el archivo dice ser una imagen ${extension} pero su contenido no lo es: súbalo de nuevo como foto ${accepted}` }];
      }
      return [];
    });
}
