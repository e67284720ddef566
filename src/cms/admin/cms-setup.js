/* global CMS */
/**
 * Decap CMS customisation: the Spanish phrases, the editor components editors insert from the
 * toolbar, the checks before a save, an unpublish or an upload, the publication status, and the
 * previews (previews.js). A module loaded after Decap's bundle on /admin/ (Decap provides the CMS global).
 */
import { EDITOR_COMPONENTS } from './editor-components.js';
import { localizeAdmin, localizeChanges } from './admin-spanish.js';
import { FiguresControl, FiguresPreview } from './figures-widget.js';
import { TableControl, TablePreview } from './table-widget.js';
import { registerPreviews } from './previews.js';
import {
  COLLECTION_FORMATS,
  MEDIA_EXTENSIONS,
  MEDIA_TYPES,
  PUBLISH_STATUS_PATH,
  SPANISH,
  conflictProblem,
  deleteProblem,
  duplicateSlugProblem,
  isPublishing,
  publishStatusText,
  repositoryFor,
  slugFor,
  uploadProblem,
  validateEntry,
} from './admin-checks.js';

// Every phrase in Spanish, before Decap starts (its own Spanish lacks some).
CMS.registerLocale('es', SPANISH);

for (const component of EDITOR_COMPONENTS) CMS.registerEditorComponent(component);
CMS.registerWidget('cifras', FiguresControl, FiguresPreview);
CMS.registerWidget('tabla', TableControl, TablePreview);

// References at build time (scripts/build-cms.ts); taken slugs and other saves are read from the
// repository as it is now (src/cms/repository.ts), which the page names (scripts/build-cms.ts).
const contentIndex = fetch('/admin/content-index.json')
  .then((response) => response.json())
  .catch(() => ({ slugs: {}, referencedBy: {} }));
const IDENTIFIERS = { glosario: ['term', 'Término'] };
const access = JSON.parse(document.querySelector('meta[name="integra-repository"]')?.getAttribute('content') || 'null');

function repository() {
  let token;
  try {
    token = JSON.parse(localStorage.getItem('decap-cms-user') || 'null')?.token;
  } catch {
    token = undefined;
  }
  return repositoryFor(access, token, (url, init) => fetch(url, init));
}

const fileOf = (collection, slug) => {
  const extension = COLLECTION_FORMATS[collection] === 'mdx' ? 'mdx' : 'yaml';
  return { folder: `src/content/${collection}`, extension, path: `src/content/${collection}/${slug}.${extension}` };
};

/** The slugs in use now: the build's index, the repository's folder and its workflow drafts. */
async function takenSlugs(collection) {
  const { folder, extension } = fileOf(collection, '');
  const index = await contentIndex;
  try {
    return [...(index.slugs[collection] || []), ...(await repository().takenSlugs(collection, folder, extension))];
  } catch (error) {
    console.warn('No se pudo leer el repositorio; se usa el índice del sitio publicado.', error);
    return index.slugs[collection] || [];
  }
}

/** What this tab last saved of each entry ("collection/slug" → text): a later save compares with it. */
const savedHere = new Map();

/** Why saving would overwrite a change saved elsewhere since this entry was opened, or null. */
async function conflictOf(entry) {
  const collection = entry.get('collection');
  const slug = entry.get('slug');
  const key = `${collection}/${slug}`;
  const opened = savedHere.has(key) ? savedHere.get(key) : entry.get('raw');
  if (!opened) return null;
  try {
    return conflictProblem(opened, await repository().currentText(collection, slug, fileOf(collection, slug).path));
  } catch (error) {
    console.warn('No se pudo comprobar si otra persona guardó esta entrada.', error);
    return null;
  }
}

/**
 * A notice that stays until the editor closes it, with a link to open the saved version in a new tab.
 * Decap's own notice (the error the save throws) disappears after a few seconds.
 */
function showConflict(message, entryHash) {
  const dialog = document.createElement('dialog');
  dialog.className = 'integra-notice';
  dialog.setAttribute('aria-labelledby', 'integra-notice-title');
  const title = Object.assign(document.createElement('h2'), { id: 'integra-notice-title', textContent: 'No se ha guardado: la entrada cambió' });
  const text = Object.assign(document.createElement('p'), { textContent: message });
  const link = Object.assign(document.createElement('a'), { href: `/admin/${entryHash}`, target: '_blank', rel: 'noopener', textContent: 'Ver la versión guardada (en otra pestaña)' });
  const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Cerrar este aviso y seguir editando' });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  dialog.append(title, text, Object.assign(document.createElement('p'), {}), close);
  dialog.children[2].append(link);
  document.body.append(dialog);
  dialog.showModal();
}

// Before every save, the entry goes through the build's own schemas and MDX check (bundled from
// src/cms/admin-checks.ts); a new entry may not take a slug in use, and an entry that someone
// saved since it was opened is not overwritten. A problem stops the save: Decap shows the message
// and writes nothing.
CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const collection = entry.get('collection');
    const problems = validateEntry(collection, entry.get('data').toJS());
    if (entry.get('newRecord')) {
      const [field, label] = IDENTIFIERS[collection] || ['title', 'Título'];
      const duplicate = duplicateSlugProblem({ slugs: { [collection]: await takenSlugs(collection) } }, collection, slugFor(entry.getIn(['data', field]) || ''), label);
      if (duplicate) problems.push(duplicate);
    } else if (problems.length === 0) {
      const conflict = await conflictOf(entry);
      if (conflict) {
        showConflict(conflict, `#/collections/${collection}/entries/${entry.get('slug')}`);
        problems.push('alguien guardó esta entrada después de que usted la abrió (vea el aviso)');
      }
    }
    if (problems.length > 0) throw new Error(`Corrija antes de guardar: ${problems.join(' · ')}`);
    return entry.get('data');
  },
});
CMS.registerEventListener({
  name: 'postSave',
  handler: async ({ entry }) => {
    const collection = entry.get('collection');
    const [field] = IDENTIFIERS[collection] || ['title'];
    // A new entry's draft has no slug yet: Decap made it from the identifier, as slugFor does.
    const slug = entry.get('slug') || slugFor(entry.getIn(['data', field]) || '');
    try {
      savedHere.set(`${collection}/${slug}`, await repository().currentText(collection, slug, fileOf(collection, slug).path));
    } catch {
      savedHere.delete(`${collection}/${slug}`);
    }
  },
});

// Every way an entry leaves the published site (deleted from the editor, or «Retirar» in the
// editorial workflow) goes through Decap's backend.deleteEntry, which raises preUnpublish first: when
// other entries or the site's code use the entry, the editor is told which and nothing is removed.
CMS.registerEventListener({
  name: 'preUnpublish',
  handler: async ({ entry }) => {
    const problem = entry && deleteProblem(await contentIndex, entry.get('collection'), entry.get('slug'));
    if (!problem) return;
    // The list can be long: a dialog keeps it until the editor has read it; Decap's notice says why it stopped.
    window.alert(problem);
    throw new Error('otras entradas la usan (vea el aviso)');
  },
});

// Uploads: the media folder takes only the image types the build accepts (src/lib/media.ts). Decap has
// no upload event, so the file picker's change is checked here, before Decap sees it, and a refused
// file is never uploaded. The picker itself offers only those types.
const ACCEPT = [...MEDIA_EXTENSIONS, ...new Set(Object.values(MEDIA_TYPES))].join(',');
new MutationObserver((records) => {
  for (const input of document.querySelectorAll('input[type="file"]')) {
    if (input.getAttribute('accept') !== ACCEPT) input.setAttribute('accept', ACCEPT);
  }
  localizeChanges(records);
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['accept', 'aria-label'] });
localizeAdmin(document.body);
document.addEventListener(
  'change',
  (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files) return;
    const problems = [...input.files].map((file) => uploadProblem(file.name, file.type)).filter(Boolean);
    if (problems.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    input.value = '';
    window.alert(problems.join('\n'));
  },
  true,
);

// `npm start` rebuilds the local portal after each publication and says how it went
// (scripts/site-rebuilder.ts); a bar at the foot of the admin shows it, from the first publication on
// (until then the file says only that it is watching). The live site has no such file.
async function showPublishStatus() {
  let bar = document.querySelector('.integra-publish-status');
  const response = await fetch(`/${PUBLISH_STATUS_PATH}`, { cache: 'no-store' }).catch(() => null);
  if (!response?.ok) return response?.status === 404 ? 'none' : 'error';
  const status = await response.json().catch(() => null);
  if (!status) return 'error';
  if (status.state === 'watching') return status.state;
  if (!bar) {
    bar = document.createElement('p');
    bar.className = 'integra-publish-status';
    document.body.append(bar);
  }
  // A failure is announced at once; progress and success politely.
  bar.setAttribute('role', status.state === 'failed' ? 'alert' : 'status');
  bar.dataset.state = status.state;
  const text = publishStatusText(status, Date.now());
  if (bar.textContent !== text) bar.textContent = text;
  return isPublishing(status) ? 'publishing' : status.state;
}
(async function pollPublishStatus() {
  const state = await showPublishStatus();
  if (state === 'none') return;
  setTimeout(pollPublishStatus, state === 'publishing' ? 1000 : 3000);
})();

registerPreviews();

// Everything is registered: start Decap (index.html sets CMS_MANUAL_INIT so it waits for this).
CMS.init();
