/* global createClass, h */
/**
 * «Cifras»: the figures of a results table's printed total, edited as a row of the table: one input
 * per column, each named by its column («Porcentaje (%)», «Personas»), side by side. A blank input is
 * a figure the report does not give (null on disk); «66,66» and «66.66» are both read. The rows
 * themselves are edited in the table editor (table-widget.js).
 */
import { FIGURE_INPUT_ERROR, figureAsText, figureFromText } from './admin-checks.js';

const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);

export const FiguresControl = createClass({
  getInitialState() {
    return { drafts: {} };
  },
  columns() {
    const entry = typeof this.props.getEntry === 'function' ? this.props.getEntry() : this.props.entry;
    return plain(entry?.getIn(['data', 'columns'])) || [];
  },
  render() {
    const { forID, classNameWrapper, value, onChange, setActiveStyle, setInactiveStyle } = this.props;
    const values = plain(value) || [];
    const columns = this.columns();
    const count = Math.max(columns.length, values.length, 1);
    const cells = Array.from({ length: count }, (_, index) => {
      const id = `${forID}-cifra-${index + 1}`;
      const draft = this.state.drafts[index];
      const shown = draft ?? figureAsText(values[index]);
      const invalid = draft !== undefined && figureFromText(draft) === undefined;
      return h(
        'div',
        { key: index, className: 'integra-figures__cell' },
        h('label', { htmlFor: id }, columns[index] || `Columna ${index + 1} (sin nombre en «Columnas»)`),
        h('input', {
          id,
          type: 'text',
          inputMode: 'decimal',
          value: shown,
          'aria-invalid': invalid ? 'true' : undefined,
          'aria-describedby': invalid ? `${id}-error` : undefined,
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          onChange: (event) => {
            const text = event.target.value;
            this.setState({ drafts: { ...this.state.drafts, [index]: text } });
            const figure = figureFromText(text);
            if (figure === undefined) return;
            const next = Array.from({ length: count }, (_, i) => (i === index ? figure : values[i] ?? null));
            onChange(next);
          },
        }),
        invalid ? h('span', { id: `${id}-error`, className: 'integra-figures__error' }, FIGURE_INPUT_ERROR) : null,
      );
    });
    // The group takes Decap's id (its label points there) and the field's name; each input is named by its column.
    const label = this.props.field?.get?.('label') || 'Valores';
    return h('div', { id: forID, className: `${classNameWrapper} integra-figures`, role: 'group', 'aria-label': `${label}: una cifra por columna` }, cells);
  },
});

export const FiguresPreview = createClass({
  render() {
    const values = plain(this.props.value) || [];
    return h('span', {}, values.map((v) => (v === null || v === undefined ? '—' : Number(v).toLocaleString('es-EC'))).join(' · '));
  },
});
