/**
 * Stands in for decap-cms-widget-markdown's MarkdownControl module when its serialisers run in
 * Node: the serialisers only ask it for the registered editor components, which in the admin come
 * from CMS.registerEditorComponent. Here they are the same definitions, from src/cms/admin/.
 */
import { OrderedMap } from 'immutable';
import { EDITOR_COMPONENTS } from '../../src/cms/admin/editor-components.js';

// Decap's registry holds an Immutable map of the components, in registration order.
const components = OrderedMap(EDITOR_COMPONENTS.map((component) => [component.id, { ...component, type: 'block' }]));

export function getEditorComponents() {
  return components;
}
