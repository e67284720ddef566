/**
 * What Decap writes in English outside its translations, put into Spanish as it appears: the
 * screen-reader name of each field («campo string»), the «Remove …» of multi-select chips, and the
 * «UTC» tag beside date pickers (the portal's dates are days, the time zone is noise there).
 * Pure functions over the DOM; cms-setup.js runs them on every change of the page.
 */

/** Decap's widget code names, as an editor would call the field. */
export const WIDGET_NAMES = {
  string: 'texto corto',
  text: 'texto',
  number: 'número',
  boolean: 'sí o no',
  select: 'opciones',
  relation: 'referencia a otra entrada',
  list: 'lista',
  object: 'grupo de campos',
  markdown: 'contenido con formato',
  datetime: 'fecha',
  date: 'fecha',
  image: 'imagen',
  file: 'archivo',
  hidden: 'oculto',
  code: 'código',
  cifras: 'cifras de la fila, una por columna',
};

/** The Spanish for one English aria-label Decap or its libraries write, or undefined to leave it. */
export function spanishLabel(label) {
  const field = /^campo (\w+)$/.exec(label);
  if (field) return WIDGET_NAMES[field[1]] ? `campo de ${WIDGET_NAMES[field[1]]}` : undefined;
  const remove = /^Remove (.+)$/.exec(label);
  if (remove) return `Quitar ${remove[1]}`;
  return undefined;
}

/** Puts one element's English label into Spanish, or hides it when it is a «UTC» tag. */
function localizeElement(element) {
  const spanish = element.hasAttribute('aria-label') ? spanishLabel(element.getAttribute('aria-label')) : undefined;
  if (spanish) element.setAttribute('aria-label', spanish);
  if (element.tagName === 'SPAN' && element.childElementCount === 0 && element.textContent === 'UTC' && !element.hidden) element.hidden = true;
}

/** Puts the admin's English labels under `root` (an element Decap just added or changed) into Spanish. */
export function localizeAdmin(root) {
  if (!(root instanceof Element)) return;
  localizeElement(root);
  for (const element of root.querySelectorAll('[aria-label], span')) localizeElement(element);
}

/** Only what a change touched: typing in a long entry must not scan the whole form each time. */
export function localizeChanges(records) {
  for (const record of records) {
    if (record.type === 'attributes') localizeElement(record.target);
    for (const node of record.addedNodes ?? []) localizeAdmin(node);
  }
}
