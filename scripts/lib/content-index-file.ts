/**
 * /admin/content-index.json: the taken slugs and who references whom, read from the content, so the
 * admin refuses a duplicate file and the deletion of an entry in use. Written by scripts/build-cms.ts
 * and, after each publication, by `npm start`'s rebuilder (the rest of /admin/ does not depend on content).
 */
import { collectionConfig } from '../../src/cms/config.ts';
import { buildContentIndex } from '../../src/cms/content-index.ts';
import type { ContentFile } from '../../src/lib/content-check.ts';
import type { CollectionName } from '../../src/lib/schemas.ts';
import { indexedEntry } from '../check-content.ts';

export const CONTENT_INDEX_FILE = 'admin/content-index.json';

export function contentIndexJson(files: readonly ContentFile[]): string {
  return JSON.stringify(buildContentIndex(files.map(indexedEntry), (collection) => collectionConfig(collection as CollectionName).fields));
}
