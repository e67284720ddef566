/** What the admin says about `npm start`'s rebuild after a publication (src/lib/publish-status.ts). */
import { describe, expect, it } from 'vitest';
import { failureSummary, isPublishing, publishStatusText } from '../../src/lib/publish-status.ts';

describe('the local publication status', () => {
  it('keeps the content check\'s own lines when it fails, else the last lines of the output', () => {
    const check = [
      '> check:content',
      'Content check failed: 2 problem(s) in src/content',
      '',
      '  src/content/glosario/gad.yaml: field "definition": es demasiado corto',
      '  src/content/manuales/a.mdx:12: las llaves «{» y «}» no se permiten',
    ].join('\n');
    expect(failureSummary(check)).toBe('src/content/glosario/gad.yaml: field "definition": es demasiado corto\nsrc/content/manuales/a.mdx:12: las llaves «{» y «}» no se permiten');
    expect(failureSummary('a\nb\nc\nd\ne\nf\nError: algo falló\n')).toBe('b\nc\nd\ne\nf\nError: algo falló'.split('\n').slice(-5).join('\n'));
  });

  it('says in Spanish what the portal shows now', () => {
    const since = Date.UTC(2026, 11, 7, 15, 30, 0);
    expect(publishStatusText({ state: 'building', since }, since + 4_200)).toMatch(/^Actualizando el portal con lo publicado… \(4 s\)\. Mientras tanto, el portal muestra la versión anterior\.$/);
    expect(publishStatusText({ state: 'done', at: since, seconds: 6.25 }, since)).toMatch(/^Portal actualizado a las \d\d:\d\d \(en 6,3 s\): lo publicado ya se ve en el sitio\.$/);
    expect(publishStatusText({ state: 'failed', at: since, error: 'src/content/glosario/gad.yaml: …' }, since)).toMatch(/sigue mostrando la versión anterior\. Motivo: src\/content\/glosario\/gad\.yaml: …$/);
  });

  it('says the new pages are visible while the search and the offline copy catch up', () => {
    const since = Date.UTC(2026, 11, 7, 15, 30, 0);
    expect(publishStatusText({ state: 'indexing', since, at: since + 3_950, seconds: 3.95 }, since + 5_000)).toMatch(
      /^Lo publicado ya se ve en el portal \(desde las \d\d:\d\d, en 4,0 s\)\. Falta actualizar la búsqueda y la copia para usar sin conexión…$/,
    );
  });

  it('tells a failure after the pages were served from one that kept the previous pages', () => {
    const at = Date.UTC(2026, 11, 7, 15, 31, 0);
    const text = publishStatusText({ state: 'failed', at, error: 'Search index: no anchor on /glosario/', published: true }, at);
    expect(text).toMatch(/^Lo publicado ya se ve en el portal, pero a las \d\d:\d\d no se pudo actualizar la búsqueda o la copia para usar sin conexión: siguen con la versión anterior\. Motivo: Search index: no anchor on \/glosario\/$/);
    expect(text).not.toMatch(/sigue mostrando la versión anterior/);
  });

  it('asks the admin to look again soon only while a rebuild is under way', () => {
    expect(isPublishing({ state: 'building', since: 0 })).toBe(true);
    expect(isPublishing({ state: 'indexing', since: 0, at: 1, seconds: 1 })).toBe(true);
    expect(isPublishing({ state: 'done', at: 1, seconds: 1 })).toBe(false);
    expect(isPublishing({ state: 'failed', at: 1, error: 'x' })).toBe(false);
    expect(isPublishing({ state: 'watching', since: 0 })).toBe(false);
  });
});
