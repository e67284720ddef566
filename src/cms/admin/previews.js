/* global CMS, createClass, h */
/**
 * The admin's previews: each collection shown as its page shows it, with what the build would refuse
 * said as the editor types (a results table's sums, the diagnostic's dependencies). Decap provides the
 * CMS, createClass and h globals.
 */
import { breakdownMismatchText, breakdownMismatches, dependencyCycle, totalMismatchText, totalMismatches } from './admin-checks.js';

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

const figure = (value) => (value === null || value === undefined || value === '' ? '—' : Number(value).toLocaleString('es-EC'));

/** A results table as the page prints it, with the sums the build checks computed as the editor types. */
const ResultadoPreview = createClass({
  render() {
    const data = this.props.entry.get('data').toJS();
    const columns = data.columns || [];
    const asFigure = (v) => (v === '' || v === undefined || v === null ? null : Number(v));
    const rows = (data.rows || []).map((row) => ({ ...row, values: (row.values || []).map(asFigure) }));
    const total = data.total ? { ...data.total, values: (data.total.values || []).map(asFigure) } : undefined;
    const mismatches = totalMismatches({ columns, rows, total });
    const shares = data.breakdown ? breakdownMismatches({ columns, rows }) : [];
    const notaTotal = data.total?.nota;
    return h(
      'main',
      { className: 'container prose' },
      h('h1', {}, data.title),
      h('p', { className: 'lead' }, data.summary),
      h(
        'table',
        {},
        h('caption', {}, `${data.title} (${data.unit || ''})`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Fila'), columns.map((column, index) => h('th', { scope: 'col', key: index }, column)))),
        h(
          'tbody',
          {},
          rows.map((row, index) => h('tr', { key: index }, h('th', { scope: 'row' }, row.label), columns.map((_, column) => h('td', { key: column }, figure(row.values[column]))))),
        ),
        total ? h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, total.label), columns.map((_, column) => h('td', { key: column }, figure(total.values[column]))))) : null,
      ),
      mismatches.length > 0
        ? h('p', { className: notaTotal ? 'callout callout--nota' : 'callout callout--aviso', role: 'status' }, totalMismatchText(mismatches, Boolean(notaTotal)))
        : null,
      shares.length > 0 ? h('p', { className: 'callout callout--aviso', role: 'status' }, breakdownMismatchText(shares)) : null,
      (data.notes || []).length > 0 ? list(data.notes) : null,
    );
  },
});

/** A glossary term as /glosario/ shows it. */
const GlosarioPreview = createClass({
  render() {
    const data = this.props.entry.get('data').toJS();
    return h(
      'main',
      { className: 'container prose' },
      h('dl', {}, h('dt', {}, h('strong', {}, data.acronym ? `${data.term} (${data.acronym})` : data.term)), h('dd', {}, data.definition)),
      data.note ? h('p', {}, data.note) : null,
    );
  },
});

/** A note about the report as the notes page shows it. */
const NotaPreview = createClass({
  render() {
    const data = this.props.entry.get('data').toJS();
    return h(
      'main',
      { className: 'container prose' },
      h('h2', {}, data.title),
      h('p', {}, h('strong', {}, 'Lo que imprime el informe:')),
      list(data.printed, (item) => `Sección ${item.section}: ${item.text}`),
      h('p', {}, h('strong', {}, 'Cómo lo muestra el portal: '), data.portal),
    );
  },
});

/**
 * The facilitation guide's text in the page's order. What the page computes from the instrument (which
 * dimensions each meeting covers, the minutes, the evidence lists, the «No aplica» questions) is
 * named where it goes, not drawn: it changes with the instrument, not here.
 */
const FacilitacionPreview = createClass({
  render() {
    const data = this.props.entry.get('data').toJS();
    const paragraphs = (items) => (items || []).map((text, index) => h('p', { key: index }, text));
    const generated = (text) => h('p', {}, h('em', {}, `(${text}: la página lo calcula del instrumento.)`));
    const agenda = data.agenda || {};
    const items = (list) => (list || []).map((item) => `${item.activity} · ${item.method} · ${item.minutes} min`);
    const participants = data.participants || {};
    const preparation = data.preparation || {};
    const agreement = data.agreement || {};
    const tool = data.tool || {};
    return h(
      'main',
      { className: 'container prose' },
      h('h1', {}, data.title),
      h('p', { className: 'lead' }, data.summary),
      ...paragraphs(data.intro),
      h('h2', {}, 'Quién participa'),
      h('p', {}, participants.intro),
      h('p', {}, `Áreas que nombra el informe (sección ${participants.reportSection || '…'}):`),
      list(participants.areas),
      ...paragraphs(participants.guidance),
      h('h2', {}, 'Quién facilita y quién toma notas'),
      ...(data.roles || []).flatMap((role, index) => [h('h3', { key: `r${index}` }, role.role), list(role.tasks)]),
      h('h2', {}, 'Qué preparar y enviar antes'),
      list(preparation.steps),
      h('p', {}, preparation.send),
      generated('El cuestionario, la hoja de respuestas y la lista de evidencias, con su número de preguntas'),
      h('h2', {}, 'Agenda de las dos reuniones'),
      ...paragraphs(agenda.intro),
      ...(agenda.sessions || []).flatMap((session, index) => [
        h('h3', { key: `s${index}` }, session.title),
        list([
          ...items(session.opening),
          `Cada dimensión de esta reunión · ${agenda.questionMethod || '…'} · ${agenda.minutesPerQuestion || '…'} min por pregunta`,
          ...items(session.closing),
        ]),
      ]),
      generated('Qué dimensiones van en cada reunión y sus minutos'),
      h('h2', {}, 'Cómo acordar cada respuesta'),
      h('ol', {}, (agreement.steps || []).map((step, index) => h('li', { key: index }, step))),
      h('h3', {}, 'El periodo que miran las preguntas'),
      h('p', {}, agreement.timeWindow),
      h('h3', {}, 'Si hay duda entre dos respuestas'),
      h('p', {}, agreement.doubt),
      h('h3', {}, 'Si el grupo no se pone de acuerdo'),
      h('p', {}, agreement.disagreement),
      h('h3', {}, 'Cuándo se marca «No aplica»'),
      h('p', {}, agreement.notApplicableRule),
      generated('Las preguntas que ofrecen «No aplica», con su condición'),
      h('h2', {}, 'Qué evidencias llevar'),
      ...paragraphs(data.evidenceAdvice),
      generated('Los medios de verificación de cada pregunta, por dimensión'),
      h('h2', {}, 'Cómo pasar las respuestas a la herramienta'),
      h('ol', {}, (tool.steps || []).map((step, index) => h('li', { key: index }, step))),
      h('h3', {}, 'Qué obtiene el GET'),
      list(tool.outputs),
      h('h2', {}, 'Después de las reuniones'),
      h('ol', {}, (data.after || []).map((step, index) => h('li', { key: index }, step))),
    );
  },
});

/** A municipality as its page opens: its name and summary (its figures come from the results tables). */
const MunicipioPreview = createClass({
  render() {
    const data = this.props.entry.get('data').toJS();
    return h('main', { className: 'container prose' }, h('h1', {}, data.title), h('p', { className: 'lead' }, data.summary));
  },
});

const ANSWER_LABELS = ['No', 'Parcial', 'Completo'];

/**
 * The diagnostic instrument as the questionnaire and the plan will use it: per dimension, each
 * indicator's question and short form, the answers offered («No aplica» only with its condition), its
 * weight and why, its action and what it waits for. What the build would refuse (a dependency on no
 * indicator, a circle) or what is missing (a weight without its reason) is said at the top as the
 * editor types.
 */
const DiagnosticoPreview = createClass({
  render() {
    const data = this.props.entry.get('data').toJS();
    const dimensions = data.dimensions || [];
    const indicators = dimensions.flatMap((dimension) => dimension.indicators || []);
    const ids = new Set(indicators.map((indicator) => indicator.id));
    const actions = new Map(indicators.map((indicator) => [indicator.id, indicator.plan?.action || indicator.id]));
    const unknown = indicators.flatMap((indicator) => (indicator.plan?.dependsOn || []).filter((id) => !ids.has(id)).map((id) => `«${indicator.id}» depende de «${id}», que no existe`));
    const cycle = dependencyCycle(indicators.map((indicator) => ({ id: indicator.id, dependsOn: indicator.plan?.dependsOn || [] })));
    const withoutReason = indicators.filter((indicator) => !indicator.scoring?.weightReason).length;
    const problems = [...unknown, ...(cycle ? [`las dependencias forman un círculo: ${cycle.join(' → ')}`] : [])];
    return h(
      'main',
      { className: 'container prose' },
      h('h1', {}, data.title),
      h('p', { className: 'lead' }, `Versión ${data.version} · ${dimensions.length} dimensiones · ${indicators.length} preguntas`),
      problems.length > 0 ? h('p', { className: 'callout callout--aviso', role: 'status' }, `No se podrá publicar: ${problems.join('; ')}.`) : null,
      withoutReason > 0
        ? h('p', { className: 'callout callout--nota' }, `${withoutReason} de ${indicators.length} pesos no dicen aún por qué («Por qué este peso»); la metodología lo muestra.`)
        : null,
      dimensions.map((dimension, d) =>
        h(
          'section',
          { key: dimension.id || d },
          h('h2', {}, `${d + 1}. ${dimension.title || ''}`),
          h('p', {}, dimension.summary),
          h(
            'ol',
            {},
            (dimension.indicators || []).map((indicator, i) =>
              h(
                'li',
                { key: indicator.id || i },
                h('p', {}, h('strong', {}, indicator.question), ` (${indicator.short || 'sin pregunta abreviada'})`),
                h(
                  'p',
                  {},
                  `Respuestas: ${ANSWER_LABELS.join(' · ')}`,
                  indicator.notApplicable ? ` · No aplica, solo si: ${indicator.notApplicable}` : ' («No aplica» no se ofrece)',
                ),
                h('p', {}, `Peso ${indicator.scoring?.weight ?? '—'}: ${indicator.scoring?.weightReason || 'falta decir por qué'}`),
                h('p', {}, h('strong', {}, 'Acción: '), indicator.plan?.action || '—'),
                (indicator.plan?.dependsOn || []).length > 0
                  ? h('p', {}, 'Después de: ', indicator.plan.dependsOn.map((id) => (ids.has(id) ? `«${actions.get(id)}»` : `«${id}» (no existe)`)).join(', '))
                  : null,
              ),
            ),
          ),
        ),
      ),
    );
  },
});

export function registerPreviews() {
  CMS.registerPreviewStyle('/admin/preview.css');
  CMS.registerPreviewTemplate('resultados', ResultadoPreview);
  CMS.registerPreviewTemplate('glosario', GlosarioPreview);
  CMS.registerPreviewTemplate('notas', NotaPreview);
  CMS.registerPreviewTemplate('municipios', MunicipioPreview);
  CMS.registerPreviewTemplate('manuales', ManualPreview);
  CMS.registerPreviewTemplate('buenas-practicas', ManualPreview);
  CMS.registerPreviewTemplate('campana', ManualPreview);
  CMS.registerPreviewTemplate('modulos', ModuloPreview);
  CMS.registerPreviewTemplate('cuestionarios', CuestionarioPreview);
  CMS.registerPreviewTemplate('diagnostico', DiagnosticoPreview);
  CMS.registerPreviewTemplate('facilitacion', FacilitacionPreview);
}
