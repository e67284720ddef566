/* global CMS, createClass, h */
/**
 * Decap CMS customisation: the editor components editors insert from the toolbar, and preview
 * styles and templates that look like the site. A module loaded after Decap's bundle on /admin/
 * (Decap provides the CMS, createClass and h globals).
 */
import { EDITOR_COMPONENTS } from './editor-components.js';
import { MEDIA_EXTENSIONS, MEDIA_TYPES, SPANISH, deleteProblem, duplicateSlugProblem, slugFor, uploadProblem, validateEntry } from './admin-checks.js';

// Every phrase in Spanish, before Decap starts (its own Spanish lacks some).
CMS.registerLocale('es', SPANISH);

for (const component of EDITOR_COMPONENTS) CMS.registerEditorComponent(component);

// Taken slugs and references at build time (scripts/build-cms.ts), plus what this session saved.
const contentIndex = fetch('/admin/content-index.json')
  .then((response) => response.json())
  .catch(() => ({ slugs: {}, referencedBy: {} }));
let loadedIndex = { slugs: {}, referencedBy: {} };
contentIndex.then((index) => {
  loadedIndex = index;
});
const IDENTIFIERS = { glosario: ['term', 'Término'] };

// Before every save, the entry goes through the build's own schemas and MDX check (bundled from
// src/lib/cms/admin-checks.ts), and a new entry may not take a slug in use. A problem stops the
// save: Decap shows the message and writes nothing.
CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const collection = entry.get('collection');
    const problems = validateEntry(collection, entry.get('data').toJS());
    if (entry.get('newRecord')) {
      const [field, label] = IDENTIFIERS[collection] || ['title', 'Título'];
      const duplicate = duplicateSlugProblem(await contentIndex, collection, slugFor(entry.getIn(['data', field]) || ''), label);
      if (duplicate) problems.push(duplicate);
    }
    if (problems.length > 0) throw new Error(`Corrija antes de guardar: ${problems.join(' · ')}`);
    return entry.get('data');
  },
});
CMS.registerEventListener({
  name: 'postSave',
  handler: async ({ entry }) => {
    const index = await contentIndex;
    const slugs = (index.slugs[entry.get('collection')] ||= []);
    if (!slugs.includes(entry.get('slug'))) slugs.push(entry.get('slug'));
  },
});

// Decap has no event before a deletion: the click on its delete button is stopped here, before
// Decap sees it, when other entries use this one, and the editor is told which.
document.addEventListener(
  'click',
  (event) => {
    const button = event.target instanceof Element ? event.target.closest('button, [role="menuitem"]') : null;
    if (!button || !/^Eliminar entrada( publicada)?$/.test(button.textContent.trim())) return;
    const match = /#\/collections\/([^/]+)\/entries\/(.+)$/.exec(location.hash);
    if (!match) return;
    const [, collection, slug] = match;
    const problem = deleteProblem(loadedIndex, collection, decodeURIComponent(slug));
    if (!problem) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    window.alert(problem);
  },
  true,
);

// Uploads: the media folder takes only the image types the build accepts (src/lib/media.ts). Decap has
// no upload event, so the file picker's change is checked here, before Decap sees it, and a refused
// file is never uploaded. The picker itself offers only those types.
const ACCEPT = [...MEDIA_EXTENSIONS, ...new Set(Object.values(MEDIA_TYPES))].join(',');
new MutationObserver(() => {
  for (const input of document.querySelectorAll('input[type="file"]')) {
    if (input.getAttribute('accept') !== ACCEPT) input.setAttribute('accept', ACCEPT);
  }
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['accept'] });
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

CMS.registerPreviewStyle('/admin/preview.css');

const MODALIDADES = { presencial: 'Presencial', virtual: 'Virtual', mixta: 'Mixta', validacion: 'Validación' };

function list(items, render) {
  return h('ul', {}, (items || []).map((item, index) => h('li', { key: index }, render ? render(item) : item)));
}

const ManualPreview = createClass({
  render() {
    const entry = this.props.entry;
    return h(
      'main',
      { className: 'container prose' },
      h('h1', {}, entry.getIn(['data', 'title'])),
      h('p', { className: 'lead' }, entry.getIn(['data', 'summary'])),
      this.props.widgetFor('body'),
    );
  },
});

const ModuloPreview = createClass({
  render() {
    const data = this.props.entry.get('data').toJS();
    const agenda = data.agenda || [];
    const total = agenda.reduce((sum, item) => sum + (Number(item.minutes) || 0), 0);
    return h(
      'main',
      { className: 'container prose' },
      h('h1', {}, data.title),
      h('p', { className: 'lead' }, data.summary),
      h('h2', {}, 'Lo que vas a aprender'),
      list(data.objectives),
      this.props.widgetFor('body'),
      h('h2', {}, 'Guía para facilitadores'),
      h('h3', {}, 'Materiales'),
      list(data.materials),
      h('h3', {}, 'Agenda'),
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', {}, 'Actividad'), h('th', {}, 'Método'), h('th', {}, 'Minutos'))),
        h('tbody', {}, agenda.map((item, index) => h('tr', { key: index }, h('td', {}, item.activity), h('td', {}, item.method), h('td', {}, item.minutes)))),
        h('tfoot', {}, h('tr', {}, h('th', { colSpan: 2 }, 'Total'), h('td', {}, `${total} de ${data.durationMinutes} minutos`))),
      ),
      h('h3', {}, 'Cómo adaptarlo a cada modalidad'),
      list(data.variants, (variant) => `${MODALIDADES[variant.modalidad] || variant.modalidad}: ${variant.notes}`),
      h('h3', {}, 'Consejos para grupos diversos'),
      list(data.facilitatorTips),
    );
  },
});

const CuestionarioPreview = createClass({
  render() {
    const data = this.props.entry.get('data').toJS();
    return h(
      'main',
      { className: 'container prose' },
      h('h1', {}, data.title),
      h('p', { className: 'lead' }, `${(data.questions || []).length} preguntas · nota para aprobar ${data.passMark} %`),
      h(
        'ol',
        {},
        (data.questions || []).map((question, index) =>
          h(
            'li',
            { key: index },
            h('p', {}, h('strong', {}, question.prompt)),
            list(question.options, (option) => `${option.correct ? '✓ ' : ''}${option.text}: ${option.feedback}`),
          ),
        ),
      ),
    );
  },
});

CMS.registerPreviewTemplate('manuales', ManualPreview);
CMS.registerPreviewTemplate('buenas-practicas', ManualPreview);
CMS.registerPreviewTemplate('campana', ManualPreview);
CMS.registerPreviewTemplate('modulos', ModuloPreview);
CMS.registerPreviewTemplate('cuestionarios', CuestionarioPreview);

// Everything is registered: start Decap (index.html sets CMS_MANUAL_INIT so it waits for this).
CMS.init();
