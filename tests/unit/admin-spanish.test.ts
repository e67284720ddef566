/** The Spanish for what Decap writes in English outside its translations (src/cms/admin/admin-spanish.js). */
import { describe, expect, it } from 'vitest';
import { spanishLabel, WIDGET_NAMES } from '../../src/cms/admin/admin-spanish.js';
import { collectionConfig } from '../../src/cms/config.ts';
import { COLLECTION_NAMES } from '../../src/lib/schemas.ts';
import type { DecapField } from '../../src/cms/fields.ts';
import { SPANISH } from '../../src/cms/locale-es.ts';

describe('the admin in Spanish', () => {
  it('names each field by its kind, and chips\' buttons with «Quitar»', () => {
    expect(spanishLabel('campo string')).toBe('campo de texto corto');
    expect(spanishLabel('Remove Guía práctica para la gestión de casos')).toBe('Quitar Guía práctica para la gestión de casos');
    expect(spanishLabel('campo de texto corto')).toBeUndefined();
    expect(spanishLabel('Negrita')).toBeUndefined();
  });

  it('has a Spanish name for every widget the portal\'s forms use', () => {
    const widgets = new Set<string>();
    const walk = (fields: readonly DecapField[]) => {
      for (const field of fields) {
        widgets.add(field.widget);
        if (field.fields) walk(field.fields);
        if (field.field) walk([field.field]);
      }
    };
    for (const collection of COLLECTION_NAMES) walk(collectionConfig(collection).fields);
    expect([...widgets].filter((widget) => !(widget in WIDGET_NAMES))).toEqual([]);
  });

  it('dates workflow cards with numbers, not English month names, and calls Markdown mode «Modo código»', () => {
    const phrases = SPANISH as any;
    expect(phrases.workflow.workflow.dateFormat).toBe('D/M/YYYY');
    expect(phrases.editor.editorWidgets.markdown.markdown).toBe('Modo código');
    expect(phrases.editor.editorWidgets.markdown.bold).toBe('Negrita');
    expect(phrases.editor.editorToolbar.publish).toBe('Publicar');
  });
});
