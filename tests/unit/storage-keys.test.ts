import { describe, expect, it } from 'vitest';
import { countText, erasedText, offlineText, portalKeys } from '../../src/lib/storage-keys.ts';

describe('what the privacy page says is kept and erased', () => {
  it('counts only the portal\'s keys', () => {
    expect(portalKeys(['integra:diagnostico', 'otro-sitio', 'integra:quiz:x'])).toEqual(['integra:diagnostico', 'integra:quiz:x']);
    expect(countText(1)).toBe('Este portal tiene 1 dato guardado en este navegador.');
  });

  it('describes the offline copies with their size', () => {
    expect(offlineText(0, null)).toBe('No hay páginas guardadas para usar sin conexión.');
    expect(offlineText(145, '3,2 MB')).toBe(
      'Para usar sin conexión, este portal tiene 145 archivos guardados (páginas, búsqueda, estilos y programas); en total ocupa 3,2 MB.',
    );
  });

  it('says what the button erased', () => {
    expect(erasedText(2, false)).toBe('Se borraron 2 datos de este portal.');
    expect(erasedText(1, true)).toBe('Se borró 1 dato de este portal y las páginas guardadas para usar sin conexión.');
    expect(erasedText(0, true)).toBe('Se borraron las páginas guardadas para usar sin conexión.');
  });
});
