/** What the admin says about `npm start`'s rebuild after a publication (src/lib/publish-status.ts). */
import { describe, expect, it } from 'vitest';
import { failureSummary, publishStatusText } from '../../src/lib/publish-status.ts';

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
});
