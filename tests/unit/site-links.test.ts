/** Links content writes to a glossary term or a results table land on the term's or table's own page. */
import { describe, expect, it } from 'vitest';
import { pageOfLink, resultSubject, termSubject } from '../../src/lib/site-links.ts';
import { groupBySection } from '../../src/lib/results.ts';

describe('where a site link lands', () => {
  it('leads a glossary anchor to the term\'s page and a results anchor to the table\'s page', () => {
    expect(pageOfLink('/glosario/#ceo')).toBe('/glosario/ceo/');
    expect(pageOfLink(termSubject('gad'))).toBe('/glosario/gad/');
    expect(pageOfLink('/resultados/#resultado-ocupacion-plena')).toBe('/resultados/ocupacion-plena/');
    expect(pageOfLink(resultSubject('metas-del-proyecto'))).toBe('/resultados/metas-del-proyecto/');
  });
  it('leaves every other link as it is: pages, section anchors, notes, other sites', () => {
    for (const href of ['/glosario/', '/resultados/', '/resultados/#gobernanza', '/notas-sobre-el-informe/#site-dos-nombres', '/manuales/gestion-de-casos/#pasos', 'https://example.org/glosario/#ceo']) {
      expect(pageOfLink(href)).toBe(href);
    }
  });
});

describe('results by section', () => {
  it('keeps the sections\' order, each table\'s order within its section, and leaves empty sections out', () => {
    const table = (id: string, section: string) => ({ id, data: { section } });
    const groups = groupBySection(['metas', 'gobernanza', 'campana'], [table('a', 'campana'), table('b', 'metas'), table('c', 'campana')]);
    expect(groups.map((g) => [g.section, g.tables.map((t) => t.id)])).toEqual([
      ['metas', ['b']],
      ['campana', ['a', 'c']],
    ]);
  });
});
