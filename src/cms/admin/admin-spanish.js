/**
 * What Decap writes in English outside its translations, put into Spanish as it appears: the
 * screen-reader name of each field («campo string»), the «Remove …» of multi-select chips, and the
 * «UTC» tag beside date pickers (the portal's dates are days, the time zone is noise there). And what
 * Decap leaves without a name: the buttons on each item of a list (show or hide, drag to reorder,
 * remove), which a screen reader would announce as «botón» alone.
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
  tabla: 'tabla de cifras',
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

/** The names of a list item's top-bar controls, in the order Decap draws them. */
export const LIST_ITEM_CONTROLS = {
  toggle: 'Mostrar u ocultar los campos de este elemento',
  drag: 'Arrastrar para cambiar el orden de este elemento',
  remove: 'Quitar este elemento de la lista',
};

/**
 * Names the unnamed controls of a list item's top bar (Decap's ListItemTopBar: a show/hide button, a
 * drag handle, a remove button). A control that already has a name keeps it.
 */
export function nameListItemControls(bar) {
  const controls = [...bar.children].filter((child) => child.matches('button, [role="button"]'));
  const drag = controls.findIndex((control) => control.getAttribute('aria-roledescription') === 'sortable');
  controls.forEach((control, index) => {
    if (control.hasAttribute('aria-label') || control.textContent.trim() !== '') return;
    // Before the drag handle, the show/hide button; after it, the remove button. Without a handle,
    // two buttons are show/hide then remove; a lone button cannot be told apart and keeps no name.
    let kind;
    if (index === drag) kind = 'drag';
    else if (drag !== -1) kind = index < drag ? 'toggle' : 'remove';
    else if (controls.length === 2) kind = index === 0 ? 'toggle' : 'remove';
    if (kind) control.setAttribute('aria-label', LIST_ITEM_CONTROLS[kind]);
  });
}

const LIST_ITEM_BAR = '[class*="ListItemTopBar"]';

/**
 * Names the rich-text toolbar's unnamed controls after what they show: a menu opener (a span acting
 * as a button around a titled button: «Títulos», «Añadir componente») is «Menú de …» that title; the
 * «Modo código» switch takes the label drawn beside it.
 */
export function nameToolbarControls(root) {
  for (const opener of root.querySelectorAll('span[role="button"]:not([aria-label])')) {
    const title = opener.querySelector('button[title]')?.getAttribute('title');
    if (title) opener.setAttribute('aria-label', `Menú de ${title.toLocaleLowerCase('es')}`);
  }
  for (const toggle of root.querySelectorAll('button[role="switch"]:not([aria-label]):not([id])')) {
    const label = toggle.parentElement?.textContent?.trim();
    if (label) toggle.setAttribute('aria-label', label);
  }
}

/** Puts the admin's English labels under `root` (an element Decap just added or changed) into Spanish. */
export function localizeAdmin(root) {
  if (!(root instanceof Element)) return;
  localizeElement(root);
  for (const element of root.querySelectorAll('[aria-label], span')) localizeElement(element);
  if (root.matches(LIST_ITEM_BAR)) nameListItemControls(root);
  for (const bar of root.querySelectorAll(LIST_ITEM_BAR)) nameListItemControls(bar);
  nameToolbarControls(root.parentElement ?? root);
}

/** Only what a change touched: typing in a long entry must not scan the whole form each time. */
export function localizeChanges(records) {
  for (const record of records) {
    if (record.type === 'attributes') localizeElement(record.target);
    for (const node of record.addedNodes ?? []) localizeAdmin(node);
  }
}
