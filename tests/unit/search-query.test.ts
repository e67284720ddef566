import { describe, expect, it } from 'vitest';
import {
  analyseQuery,
  exactQuery,
  filterCounts,
  foldText,
  highlightExcerpt,
  matchTier,
  nextPage,
  noResultsMessage,
  markedWords,
  onlyOtherForms,
  queryIsName,
  wordsWithoutMatch,
  parseSearchParams,
  pickSubResults,
  rankPage,
  resultStatus,
  resultSummary,
  titleFocus,
  titleSpellsOut,
  toPagefindFilters,
  toSearchParams,
  wholeWordsFirst,
  unavailableSummary,
  withoutFilter,
} from '../../src/lib/search-query.ts';

describe('search state in the URL', () => {
  it('reads the query and repeated filters, ignoring unknown and empty ones', () => {
    const state = parseSearchParams(new URLSearchParams('q=+gestion+&tipo=Municipio&zona=El+Oro&zona=Guayas&zona=&otro=x'));
    expect(state).toEqual({ query: 'gestion', filters: { tipo: ['Municipio'], zona: ['El Oro', 'Guayas'] } });
  });
  it('writes back what it reads', () => {
    const params = 'q=casos&audiencia=Participante&zona=El+Oro';
    expect(toSearchParams(parseSearchParams(new URLSearchParams(params))).toString()).toBe(params);
  });
  it('makes values of one filter alternatives for Pagefind and drops empty filters', () => {
    expect(toPagefindFilters({ zona: ['El Oro', 'Guayas'], tipo: [] })).toEqual({ zona: { any: ['El Oro', 'Guayas'] } });
  });
});

describe('what of a query is searched', () => {
  it('folds accents and case as Pagefind does', () => {
    expect(foldText('Género Durán')).toBe('genero duran');
  });
  it('leaves out stop words and single letters', () => {
    const query = analyseQuery('  Gestión de casos ');
    expect(query).toMatchObject({ typed: 'Gestión de casos', words: ['gestion', 'casos'], text: 'gestion casos', wholeWordFirst: false });
    expect(analyseQuery('x').words).toEqual([]);
    expect(analyseQuery('de la').text).toBe('');
    expect(analyseQuery('sesión 6').words).toEqual(['sesion', '6']);
  });
  it('searches acronyms and short words as whole words first', () => {
    expect(analyseQuery('PAP')).toMatchObject({ words: ['pap'], acronym: 'PAP', wholeWordFirst: true });
    expect(analyseQuery('get')).toMatchObject({ acronym: undefined, wholeWordFirst: true });
    expect(analyseQuery('xenofobia').wholeWordFirst).toBe(false);
    // An acronym is never a stop word («SE» would be one in lower case).
    expect(analyseQuery('SE').words).toEqual(['se']);
    expect(exactQuery(analyseQuery('CEO'))).toBe('"ceo"');
    expect(exactQuery(analyseQuery('capital semilla'))).toBeNull();
  });
});

const result = (url: string, title: string, content = title) => ({ url, title, content });

describe('ranking a page of results', () => {
  it('puts the results Pagefind found as whole words first, keeping its order within each group', () => {
    const results = [{ id: 'papel' }, { id: 'pap-1' }, { id: 'papelografo' }, { id: 'pap-2' }];
    expect(wholeWordsFirst(results, new Set(['pap-2', 'pap-1'])).map((r) => r.id)).toEqual(['pap-1', 'pap-2', 'papel', 'papelografo']);
    expect(wholeWordsFirst(results, null)).toEqual(results);
  });
  it('recognises a title that spells an acronym out', () => {
    expect(titleSpellsOut('Guía de primeros auxilios psicológicos (PAP)', 'PAP')).toBe(true);
    expect(titleSpellsOut('Coaching y Encuentro de Oportunidades: tu proyecto de vida', 'CEO')).toBe(true);
    expect(titleSpellsOut('Sesión 5: Componente de Bolsa de Empleo (el Taller CEO)', 'CEO')).toBe(false);
    // Two letters are too easily initials by chance: only «(UE)» counts.
    expect(titleSpellsOut('Uso eficiente del agua', 'UE')).toBe(false);
    expect(titleSpellsOut('Unión Europea (UE)', 'UE')).toBe(true);
  });
  it('tiers results: acronym spelled out, words in the title, whole words in the text, other forms', () => {
    const ceo = analyseQuery('CEO');
    expect(matchTier(result('/m/', 'Coaching y Encuentro de Oportunidades'), ceo)).toBe(0);
    const genero = analyseQuery('genero');
    expect(matchTier(result('/m/', 'Enfoque de Género: autonomía económica'), genero)).toBe(1);
    expect(matchTier(result('/p/', 'Mensajes que sí y que no', 'Evite estereotipos de género.'), genero)).toBe(2);
    // Pagefind stems «genera» and «género» alike; only the text tells them apart.
    expect(matchTier(result('/g/', 'Genera productos y promociones', 'Genera ventas con promociones.'), genero)).toBe(3);
  });
  it('ranks a page first when the query is one of its other names, and with the titles when its names hold every word', () => {
    const diagnostico = { ...result('/diagnostico/', 'Autodiagnóstico del GAD'), names: ['diagnóstico', 'diagnóstico del municipio'] };
    expect(queryIsName(diagnostico.names, analyseQuery('Diagnostico'))).toBe(true);
    expect(queryIsName(diagnostico.names, analyseQuery('el diagnóstico del municipio'))).toBe(true);
    expect(queryIsName(diagnostico.names, analyseQuery('municipio'))).toBe(false);
    expect(queryIsName([], analyseQuery(''))).toBe(false);
    expect(matchTier(diagnostico, analyseQuery('diagnostico'))).toBe(0);
    expect(matchTier(diagnostico, analyseQuery('municipio diagnostico'))).toBe(1);
    const practice = result('/buenas-practicas/machala-diagnostico/', 'Diagnóstico y plan de acción');
    expect(rankPage([practice, diagnostico], analyseQuery('diagnostico')).map((r) => r.url)).toEqual(['/diagnostico/', '/buenas-practicas/machala-diagnostico/']);

    const pap = { ...result('/manuales/pap/', 'Guía de primeros auxilios psicológicos (PAP)', 'Apoyo a una persona en crisis; atendidas.'), names: ['atender a una persona en crisis'] };
    const casos = result('/manuales/casos/', 'Guía práctica para la gestión de casos', 'Atender a cada persona en crisis.');
    expect(rankPage([casos, pap], analyseQuery('como atender a una persona en crisis')).map((r) => r.url)).toEqual(['/manuales/pap/', '/manuales/casos/']);
    expect(rankPage([casos, pap], analyseQuery('atender crisis')).map((r) => r.url)).toEqual(['/manuales/pap/', '/manuales/casos/']);
  });
  it('tells when Pagefind matched only other words than those typed', () => {
    const xenofovia = analyseQuery('xenofovia');
    expect(onlyOtherForms([result('/a/', 'Canales y piezas', 'Una red social (X): piezas.')], xenofovia)).toBe(true);
    expect(onlyOtherForms([result('/a/', 'Canales', 'X'), result('/b/', 'Xenofovia')], xenofovia)).toBe(false);
  });
  it('names the query words no excerpt marks, not even as the start of a longer word', () => {
    expect(markedWords('Una red social (<mark>X</mark>) y la <mark>Migración.</mark>')).toEqual(['x', 'migracion']);
    const excerpts = ['Una red social (<mark>X</mark>).', 'La <mark>migración</mark> y la <mark>gestión</mark>.'];
    expect(wordsWithoutMatch(analyseQuery('xenofovia'), excerpts)).toEqual(['xenofovia']);
    expect(wordsWithoutMatch(analyseQuery('migra'), excerpts)).toEqual([]);
    expect(wordsWithoutMatch(analyseQuery('gestionaremos la migracion'), excerpts)).toEqual(['gestionaremos']);
  });
  it('measures how much of a title the query is', () => {
    expect(titleFocus('Durán', analyseQuery('duran'))).toBe(1);
    expect(titleFocus('Catastro de emprendimientos de Durán', analyseQuery('duran'))).toBe(1 / 3);
  });
  it('orders a page: tier, pages before glossary terms, titles starting with the query, focused titles, then Pagefind', () => {
    const duran = rankPage(
      [
        result('/buenas-practicas/duran-talleres/', 'Talleres de sensibilización al personal municipal de Durán'),
        result('/buenas-practicas/duran-catastro/', 'Catastro de emprendimientos de Durán'),
        result('/campana/guia/', 'Guía para replicar la campaña', 'Consejos para que la campaña dure.'),
        result('/municipios/duran/', 'Durán'),
      ],
      analyseQuery('duran'),
    );
    expect(duran.map((r) => r.url)).toEqual(['/municipios/duran/', '/buenas-practicas/duran-catastro/', '/buenas-practicas/duran-talleres/', '/campana/guia/']);

    const casos = rankPage(
      [
        result('/glosario/gestion-de-casos/', 'Gestión de casos'),
        result('/manuales/gestion-de-casos/', 'Guía práctica para la gestión de casos'),
        result('/diagnostico/', 'Autodiagnóstico del GAD', 'Protección de derechos, gestión de casos.'),
      ],
      analyseQuery('gestion de casos'),
    );
    expect(casos.map((r) => r.url)).toEqual(['/manuales/gestion-de-casos/', '/glosario/gestion-de-casos/', '/diagnostico/']);

    const semilla = rankPage(
      [result('/sesion-6/', 'Sesión 6: Capital semilla'), result('/modulo/', 'Capital Semilla: prepara tu postulación')],
      analyseQuery('capital semilla'),
    );
    expect(semilla.map((r) => r.url)).toEqual(['/modulo/', '/sesion-6/']);
  });
  it('keeps Pagefind order between equals', () => {
    const same = [result('/a/', 'Uno', 'movilidad'), result('/b/', 'Dos', 'movilidad'), result('/c/', 'Tres', 'movilidad')];
    expect(rankPage(same, analyseQuery('movilidad'))).toEqual(same);
  });
});

describe('showing results', () => {
  const sub = (url: string, score: number, location?: number) => ({
    title: url,
    url,
    excerpt: '',
    anchor: location === undefined ? undefined : { location },
    weighted_locations: [{ balanced_score: score }],
  });
  it('lists at most three sections that start at a heading, the best ones, in page order', () => {
    const picked = pickSubResults([sub('/m/', 50), sub('/m/#a', 1, 10), sub('/m/#b', 9, 20), sub('/m/#c', 5, 30), sub('/m/#d', 7, 40)]);
    expect(picked.map((s) => s.url)).toEqual(['/m/#b', '/m/#c', '/m/#d']);
    expect(pickSubResults([sub('/glosario/ceo/', 3)])).toEqual([]);
  });
  it('does not highlight stop words', () => {
    expect(highlightExcerpt('<mark>Para</mark> la <mark>gestión</mark> <mark>de</mark> <mark>casos.</mark>')).toBe('Para la <mark>gestión</mark> de <mark>casos.</mark>');
    expect(highlightExcerpt('Guía <mark>(PAP).</mark>')).toBe('Guía <mark>(PAP).</mark>');
  });
  it('pages through the results', () => {
    expect(nextPage(0, 20, 8)).toEqual({ start: 0, end: 8 });
    expect(nextPage(16, 20, 8)).toEqual({ start: 16, end: 20 });
    expect(nextPage(20, 20, 8)).toEqual({ start: 20, end: 20 });
  });
  it('summarises the count in Spanish, and how many are shown', () => {
    expect(resultSummary(1, 'casos')).toBe('1 resultado para «casos»');
    expect(resultSummary(3, '')).toBe('3 resultados');
    expect(resultStatus(8, 1200, 'PAP')).toBe('1.200 resultados para «PAP»; se muestran 8.');
    expect(resultStatus(3, 3, '')).toBe('3 resultados.');
  });
  it('says why nothing is listed', () => {
    expect(noResultsMessage(analyseQuery('zzxq'), false)).toBe('No encontramos «zzxq».');
    expect(noResultsMessage(analyseQuery('zzxq'), true)).toBe('No encontramos «zzxq» con los filtros elegidos.');
    expect(noResultsMessage(analyseQuery('x'), false)).toBe('No encontramos «x»: escriba al menos dos letras.');
    expect(noResultsMessage(analyseQuery('de'), false)).toMatch(/^No encontramos «de»: es una palabra demasiado común/);
    expect(noResultsMessage(analyseQuery(''), true)).toBe('No encontramos resultados con los filtros elegidos.');
  });
});

describe('filter counts', () => {
  it('counts a filter in use without itself, so its other values do not read as empty', () => {
    const state = { tipo: ['Municipio'], zona: ['El Oro'] };
    expect(withoutFilter(state, 'tipo')).toEqual({ zona: ['El Oro'] });
    const counts = { tipo: { Municipio: 3, 'Buena práctica': 0 }, zona: { 'El Oro': 3 } };
    const withoutTipo = { tipo: { Municipio: 3, 'Buena práctica': 9 }, zona: { 'El Oro': 12 } };
    expect(filterCounts(counts, { tipo: withoutTipo })).toEqual({
      tipo: { Municipio: 3, 'Buena práctica': 9 },
      audiencia: {},
      zona: { 'El Oro': 3 },
      componente: {},
    });
  });
});

describe('results that cannot be shown offline', () => {
  it('says how many, and why, in Spanish', () => {
    expect(unavailableSummary(0)).toBe('');
    expect(unavailableSummary(1)).toBe('1 resultado no se puede mostrar sin conexión: su página no está guardada en este dispositivo.');
    expect(unavailableSummary(3)).toMatch(/^3 resultados no se pueden mostrar sin conexión/);
  });
});
