/* global createClass, h */
/**
 * «Tabla»: the rows of a results table, edited as the table they are. One HTML table whose column
 * headers are the table's «Columnas»; each row has its label and one figure input per column, each
 * input named by its row and column («Hombres, Personas»); buttons move a row up or down, remove it,
 * or add one. Under the figures, «Suma de las filas» per column is computed as the editor types and
 * compared with the printed total (or with 100 for a breakdown), and a polite status says where they
 * differ, as the preview does (same functions, src/lib/results.ts).
 *
 * A blank figure is one the report does not give (null on disk); «66,66» and «1.800» are read as
 * Spanish figures, and anything else is shown as an error and never saved. A row keeps its other
 * fields (municipio, unidad, aclaración, nota…) untouched and in their order, so editing one figure
 * rewrites one line of the file; they are edited with Decap's own widgets under the table.
 *
 * Values are Decap's Immutable collections: a change sets one path of the list Decap gave, and a new
 * row is made from empty collections of that same library (the entry's own `clear()`).
 */
import {
  FIGURE_INPUT_ERROR,
  breakdownMismatchText,
  breakdownMismatches,
  columnSums,
  figureAsText,
  figureFromText,
  formatNumber,
  totalMismatchText,
  totalMismatches,
} from './admin-checks.js';

const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);
/** Decap wrote an emptied number as "" before figures had their own input: it is a figure not given. */
const asFigure = (value) => (value === '' || value === undefined || value === null ? null : Number(value));
/** The row's fields the table itself edits; any other field is edited under the table. */
const TABLE_FIELDS = new Set(['label', 'values']);

const rowName = (label, index) => (String(label ?? '').trim() ? `«${String(label).trim()}»` : `n.º ${index + 1}`);
const sumText = (value) => (value === null ? '—' : formatNumber(value));

export const TableControl = createClass({
  getInitialState() {
    // Each row gets a key that follows it when it moves, so typed text and open sections stay with it.
    this.rowKeys = [];
    this.nextKey = 0;
    // Decap's controls of each row's other fields, by row key, to check them before a save.
    this.rowControls = {};
    // The id of the control to focus once the change is drawn (a moved row's button, a new row's label).
    this.focusAfterUpdate = null;
    // Text typed in a figure input, by row key and column, while it is not yet the saved figure; and a
    // label being typed, by row key and «label», until the field is left.
    return { drafts: {}, announcement: '' };
  },

  // The table reads other fields of the entry (columns, printed total): redraw on every change.
  shouldComponentUpdate() {
    return true;
  },

  componentDidUpdate() {
    const target = this.focusAfterUpdate && document.getElementById(this.focusAfterUpdate);
    if (!target) return;
    target.focus();
    this.focusAfterUpdate = null;
  },

  entry() {
    return typeof this.props.getEntry === 'function' ? this.props.getEntry() : this.props.entry;
  },

  rows() {
    const value = this.props.value;
    return value && typeof value.toJS === 'function' ? value : this.entry().clear().toList();
  },

  keys(size) {
    while (this.rowKeys.length < size) this.rowKeys.push(this.nextKey++);
    this.rowKeys.length = size;
    return this.rowKeys;
  },

  id(key, part) {
    return `${this.props.forID}-fila-${key}-${part}`;
  },

  change(rows, announcement) {
    this.props.onChange(rows);
    if (announcement) this.setState({ announcement });
  },

  setLabel(index, text) {
    // A label is one line: a pasted line break becomes a space.
    const label = text.replace(/\s*[\r\n]+\s*/g, ' ');
    // Shown from the widget's own state until the field is left: Decap's copy of the entry can arrive
    // after the next key (it did right after a row was added), and drawing the older copy then would
    // drop what was typed. Each key sends the whole label, so the entry ends with all of it.
    this.setState({ drafts: { ...this.state.drafts, [`${this.rowKeys[index]}:label`]: label } });
    this.change(this.rows().setIn([index, 'label'], label));
  },

  /** Leaving a label: the entry's copy is shown again once it has what was typed. */
  settleLabel(index) {
    const draftKey = `${this.rowKeys[index]}:label`;
    if (this.state.drafts[draftKey] === undefined || this.state.drafts[draftKey] !== String(this.rows().getIn([index, 'label']) ?? '')) return;
    const drafts = { ...this.state.drafts };
    delete drafts[draftKey];
    this.setState({ drafts });
  },

  setFigure(index, column, width, text) {
    const key = this.rowKeys[index];
    this.setState({ drafts: { ...this.state.drafts, [`${key}:${column}`]: text } });
    const figure = figureFromText(text);
    if (figure === undefined) return;
    // A refusal shown after «Publicar» goes once the figure reads, even if it is the saved one again.
    this.props.clearFieldErrors?.(this.props.forID);
    const rows = this.rows();
    let values = rows.getIn([index, 'values']) ?? rows.clear();
    while (values.size < width) values = values.push(null);
    if (values.get(column) === figure) return;
    this.change(rows.setIn([index, 'values'], values.set(column, figure)));
  },

  /** Leaving a figure that was read shows it as saved («1.800» → «1800»); an error stays as typed. */
  settleFigure(index, column) {
    const draftKey = `${this.rowKeys[index]}:${column}`;
    const draft = this.state.drafts[draftKey];
    if (draft === undefined || figureFromText(draft) === undefined) return;
    const drafts = { ...this.state.drafts };
    delete drafts[draftKey];
    this.setState({ drafts });
  },

  addRow(width) {
    const empty = this.entry().clear();
    const row = empty.set('label', '').set('values', empty.toList().concat(Array.from({ length: width }, () => null)));
    const rows = this.rows();
    const key = this.nextKey++;
    this.rowKeys.push(key);
    this.focusAfterUpdate = this.id(key, 'etiqueta');
    this.change(rows.push(row), `Fila n.º ${rows.size + 1} añadida al final de la tabla.`);
  },

  removeRow(index) {
    const rows = this.rows();
    const [key] = this.rowKeys.splice(index, 1);
    const drafts = Object.fromEntries(Object.entries(this.state.drafts).filter(([draftKey]) => !draftKey.startsWith(`${key}:`)));
    this.setState({ drafts });
    delete this.rowControls[key];
    // Focus stays where the row was: on the next row's «Quitar», else the previous one's, else «Añadir».
    const next = this.rowKeys[index] ?? this.rowKeys[index - 1];
    this.focusAfterUpdate = next === undefined ? `${this.props.forID}-anadir` : this.id(next, 'quitar');
    this.change(rows.delete(index), `Fila ${rowName(rows.getIn([index, 'label']), index)} quitada.`);
  },

  moveRow(index, by) {
    const rows = this.rows();
    const to = index + by;
    if (to < 0 || to >= rows.size) return;
    [this.rowKeys[index], this.rowKeys[to]] = [this.rowKeys[to], this.rowKeys[index]];
    const key = this.rowKeys[to];
    // The same button keeps the focus, unless the row reached the end it was moving to (that button is off).
    const atEnd = (by < 0 && to === 0) || (by > 0 && to === rows.size - 1);
    const [same, other] = by < 0 ? ['subir', 'bajar'] : ['bajar', 'subir'];
    this.focusAfterUpdate = this.id(key, atEnd ? other : same);
    const label = rowName(rows.getIn([index, 'label']), index);
    this.change(rows.set(index, rows.get(to)).set(to, rows.get(index)), `Fila ${label} movida a la posición ${to + 1} de ${rows.size}.`);
  },

  /** A change made by Decap's widgets under the table, to the fields of one row. */
  changeRowFields(key, row, metadata) {
    const index = this.rowKeys.indexOf(key);
    if (index === -1) return;
    const name = this.props.field.get('name');
    const merged = metadata ? { [name]: { ...(plain(this.props.metadata) || {}), ...metadata } } : undefined;
    this.props.onChange(this.rows().set(index, row), merged);
  },

  rowControlRef(key) {
    return (control) => {
      if (!control || control.props?.field?.get('name') !== `fila-${key}`) return;
      this.rowControls = { ...this.rowControls, [key]: control };
    };
  },

  /** What stops the save: a figure that is not one, a row without a label. */
  problems() {
    const rows = plain(this.rows()) || [];
    const columns = this.columns(rows);
    const problems = [];
    rows.forEach((row, index) => {
      if (!String(row?.label ?? '').trim()) problems.push(`la fila n.º ${index + 1} no tiene etiqueta`);
      const key = this.rowKeys[index];
      columns.forEach((column, c) => {
        const draft = this.state.drafts[`${key}:${c}`];
        if (draft !== undefined && figureFromText(draft) === undefined) problems.push(`«${draft}» en «${row?.label || `fila n.º ${index + 1}`}, ${column}» no es una cifra`);
      });
    });
    return problems;
  },

  isValid() {
    const problems = this.problems();
    if (problems.length === 0) return true;
    return { error: { type: 'CUSTOM', parentIds: this.props.parentIds, message: `${this.props.field.get('label')}: ${problems.join('; ')}.` } };
  },

  /** Before a save: Decap's widgets under the table check their fields, then the table checks itself. */
  validate() {
    for (const control of Object.values(this.rowControls)) {
      const validate = control?.innerWrappedControl?.validate ?? control?.validate;
      if (typeof validate === 'function') validate();
    }
    this.props.validate();
  },

  columns(rows) {
    const named = plain(this.entry()?.getIn(['data', 'columns'])) || [];
    const width = Math.max(named.length, ...rows.map((row) => (row?.values || []).length), 1);
    return Array.from({ length: width }, (_, index) => named[index] || `Columna ${index + 1} (sin nombre en «Columnas»)`);
  },

  renderRow(row, index, { columns, count, key }) {
    const { setActiveStyle, setInactiveStyle } = this.props;
    const label = this.state.drafts[`${key}:label`] ?? String(row?.label ?? '');
    const name = rowName(label, index);
    const values = row?.values || [];
    // Arrows keep the table narrow; the name (and the tooltip) says which row moves where.
    const button = (part, text, ariaLabel, onClick, disabled) =>
      h('button', { type: 'button', id: this.id(key, part), className: `integra-table__button integra-table__button--${part}`, 'aria-label': ariaLabel, title: ariaLabel, disabled, onClick }, text);
    return h(
      'tr',
      { key },
      h(
        'td',
        { className: 'integra-table__label' },
        h('textarea', {
          id: this.id(key, 'etiqueta'),
          rows: 1,
          value: label,
          'aria-label': `Etiqueta de la fila n.º ${index + 1}`,
          onFocus: setActiveStyle,
          onBlur: () => {
            this.settleLabel(index);
            setInactiveStyle();
          },
          // A label is one line: Enter does not break it.
          onKeyDown: (event) => event.key === 'Enter' && event.preventDefault(),
          onChange: (event) => this.setLabel(index, event.target.value),
        }),
      ),
      columns.map((column, c) => {
        const id = this.id(key, `cifra-${c + 1}`);
        const draft = this.state.drafts[`${key}:${c}`];
        const invalid = draft !== undefined && figureFromText(draft) === undefined;
        return h(
          'td',
          { key: c, className: 'integra-table__figure' },
          h('input', {
            id,
            type: 'text',
            inputMode: 'decimal',
            autoComplete: 'off',
            value: draft ?? figureAsText(asFigure(values[c])),
            'aria-label': `${label.trim() || `Fila n.º ${index + 1}`}, ${column}`,
            'aria-invalid': invalid ? 'true' : undefined,
            'aria-describedby': invalid ? `${id}-error` : undefined,
            onFocus: setActiveStyle,
            onBlur: () => {
              this.settleFigure(index, c);
              setInactiveStyle();
            },
            onChange: (event) => this.setFigure(index, c, columns.length, event.target.value),
          }),
          invalid ? h('span', { id: `${id}-error`, className: 'integra-table__error' }, FIGURE_INPUT_ERROR) : null,
        );
      }),
      h(
        'td',
        { className: 'integra-table__actions' },
        button('subir', '↑', `Subir la fila ${name}`, () => this.moveRow(index, -1), index === 0),
        button('bajar', '↓', `Bajar la fila ${name}`, () => this.moveRow(index, 1), index === count - 1),
        button('quitar', 'Quitar', `Quitar la fila ${name}`, () => this.removeRow(index)),
      ),
    );
  },

  renderFooter({ columns, rows, total, breakdown }) {
    if (!total && !breakdown) return { footer: null, status: '' };
    const sums = columnSums({ columns, rows });
    const mismatches = total ? totalMismatches({ columns, rows, total }) : [];
    const shares = breakdown ? breakdownMismatches({ columns, rows }) : [];
    const differs = (column) => mismatches.find((m) => m.column === column) || shares.find((s) => s.column === column);
    const expected = (column) => {
      const mismatch = mismatches.find((m) => m.column === column);
      return mismatch ? `total impreso: ${formatNumber(mismatch.printed)}` : 'no suma 100';
    };
    const footer = h(
      'tfoot',
      {},
      h(
        'tr',
        { className: 'integra-table__sums' },
        h('th', { scope: 'row' }, 'Suma de las filas'),
        columns.map((column, c) =>
          h(
            'td',
            { key: c, className: differs(column) ? 'integra-table__sum integra-table__sum--differs' : 'integra-table__sum' },
            sumText(sums[c]),
            differs(column) ? h('span', { className: 'integra-table__differs' }, ` (≠ ${expected(column)})`) : null,
          ),
        ),
        h('td', {}),
      ),
      total
        ? h(
            'tr',
            { className: 'integra-table__total' },
            h('th', { scope: 'row' }, `Total impreso: ${total.label || 'sin etiqueta'}`, h('span', { className: 'integra-table__note' }, ' (se edita en «Total», más abajo)')),
            columns.map((_, c) => h('td', { key: c }, sumText(total.values[c] ?? null))),
            h('td', {}),
          )
        : null,
    );
    const status = [totalMismatchText(mismatches, Boolean(total?.nota)), breakdownMismatchText(shares)].filter(Boolean).join(' ');
    return { footer, status };
  },

  renderRowFields(row, index, key, fields) {
    const { editorControl, field, forID, parentIds = [], fieldsErrors, onValidateObject, clearFieldErrors, metadata, locale, isFieldDuplicate, isFieldHidden } = this.props;
    const label = row.get('label');
    const objectField = field
      .clear()
      .set('name', `fila-${key}`)
      .set('label', `Más datos de la fila ${rowName(label, index)}`)
      .set('widget', 'object')
      .set('collapsed', true)
      .set('fields', fields);
    return h(editorControl, {
      key,
      field: objectField,
      value: row,
      onChange: (_field, newRow, newMetadata) => this.changeRowFields(key, newRow, newMetadata),
      clearFieldErrors,
      fieldsMetaData: metadata,
      fieldsErrors,
      onValidate: onValidateObject,
      controlRef: this.rowControlRef(key),
      parentIds: [...parentIds, forID],
      isFieldDuplicate,
      isFieldHidden,
      locale,
    });
  },

  render() {
    const { forID, classNameWrapper, field } = this.props;
    const entry = this.entry();
    const rowList = this.rows();
    const rows = (plain(rowList) || []).map((row) => ({ ...row, values: (row?.values || []).map(asFigure) }));
    const columns = this.columns(rows);
    const keys = this.keys(rows.length);
    const unit = entry?.getIn(['data', 'unit']);
    const totalData = plain(entry?.getIn(['data', 'total']));
    const total = totalData ? { ...totalData, values: (totalData.values || []).map(asFigure) } : undefined;
    const breakdown = entry?.getIn(['data', 'breakdown']) === true;
    const { footer, status } = this.renderFooter({ columns, rows, total, breakdown });
    const otherFields = field.get('fields')?.filter((f) => !TABLE_FIELDS.has(f.get('name')));
    return h(
      'div',
      { id: forID, className: `${classNameWrapper} integra-table` },
      h(
        'div',
        { className: 'integra-table__scroll' },
        h(
          'table',
          {},
          h('caption', {}, `Filas y cifras de la tabla${unit ? ` (unidad: ${unit})` : ''}`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Fila'),
              columns.map((column, c) => h('th', { scope: 'col', key: c, className: 'integra-table__column' }, column)),
              h('th', { scope: 'col' }, 'Mover o quitar'),
            ),
          ),
          h(
            'tbody',
            {},
            rows.map((row, index) => this.renderRow(row, index, { columns, count: rows.length, key: keys[index] })),
          ),
          footer,
        ),
      ),
      h('p', { className: 'integra-table__status', role: 'status' }, status),
      h('button', { type: 'button', id: `${forID}-anadir`, className: 'integra-table__add', onClick: () => this.addRow(columns.length) }, 'Añadir una fila'),
      h('p', { className: 'integra-table__announcement', 'aria-live': 'polite' }, this.state.announcement),
      otherFields && otherFields.size > 0
        ? h(
            'div',
            { className: 'integra-table__more' },
            h('p', { className: 'integra-table__more-intro' }, 'Otros datos de cada fila (municipio, unidad propia, aclaración, nota sobre el informe…), solo si hacen falta:'),
            rowList.toArray().map((row, index) => this.renderRowFields(row, index, keys[index], otherFields)),
          )
        : null,
    );
  },
});

/** The rows as a plain table, where Decap previews a field by itself. */
export const TablePreview = createClass({
  render() {
    const rows = plain(this.props.value) || [];
    return h(
      'table',
      {},
      h(
        'tbody',
        {},
        rows.map((row, index) => h('tr', { key: index }, h('th', { scope: 'row' }, row.label), (row.values || []).map((v, c) => h('td', { key: c }, v === null || v === '' || v === undefined ? '—' : formatNumber(Number(v)))))),
      ),
    );
  },
});
