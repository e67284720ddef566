import { describe, expect, it } from 'vitest';
import { decodeEntities, mainText, measurePage, pageType, pagesBelowFloor, summarizeReadability, type PageReadability } from '../../src/lib/page-text.ts';

const page = (main: string) => `<!doctype html><html lang="es"><head><title>No cuenta</title><script>var a = '<p>no</p>';</script></head>
<body><a class="skip-link" href="#contenido">Saltar al contenido</a><header><nav><a href="/">Inicio</a></nav></header>
<main id="contenido" data-pagefind-body>${main}</main><footer><p>Financiado por la Unión Europea.</p></footer></body></html>`;

describe('main text of a built page', () => {
  it('reads only <main>, as blocks: headings, paragraphs, list items, cells, terms', () => {
    const html = page(`<span hidden data-pagefind-meta="title" data-pagefind-ignore>Título oculto</span>
      <h1 data-pagefind-weight="10">Activa tu Negocio</h1><p class="lead">Practica cómo <strong>vender</strong> y atender.</p>
      <dl class="facts"><dt>Curso</dt><dd><a href="/aprende-trabaja-emprende/">Aprende, Trabaja y Emprende</a>, módulo 8</dd></dl>
      <ul><li><strong>Saluda.</strong> Sonríe.</li><li>Pregunta &quot;qué&quot; necesita&nbsp;hoy</li></ul>
      <table><caption>Agenda</caption><tr><th scope="row">Bienvenida</th><td>15</td></tr></table>
      <p>Una línea<br>y otra</p><img src="/a.png" alt="no es texto">`);
    expect(mainText(html)).toEqual([
      'Activa tu Negocio',
      'Practica cómo vender y atender.',
      'Curso',
      'Aprende, Trabaja y Emprende, módulo 8',
      'Saluda. Sonríe.',
      'Pregunta "qué" necesita hoy',
      'Agenda',
      'Bienvenida',
      '15',
      'Una línea',
      'y otra',
    ]);
  });

  it('leaves out navigation, related content, the last-updated line, the quiz island, hidden and visually hidden text, controls and «ver nota» markers', () => {
    const html = page(`<nav class="breadcrumbs" aria-label="Ruta de navegación"><ol><li><a href="/">Inicio</a></li></ol></nav>
      <nav class="toc"><h2>En esta página</h2></nav>
      <p>Se formaron tres ejes. <a href="/notas-sobre-el-informe/#ejes">ver nota</a> Cada eje tiene metas.</p>
      <p><a href="/notas-sobre-el-informe/#ejes">Todas las notas sobre el informe</a></p>
      <astro-island><div class="quiz" data-pagefind-ignore="index"><p>Pregunta 1 de 10</p><button type="button">Comprobar respuesta</button></div></astro-island>
      <details class="quiz__paper"><summary>Ver todas las preguntas juntas</summary><p>¿Qué conviene?</p></details>
      <section aria-labelledby="letra-a" data-pagefind-ignore><h2 id="letra-a">A</h2><dl class="glossary"><dt>Alcance</dt><dd><p>Personas que vieron una pieza.</p></dd></dl></section>
      <section aria-labelledby="relacionado" class="related no-print-break" data-pagefind-ignore><h2>Contenido relacionado</h2><ul><li><a href="/x/">Otra página</a></li></ul></section>
      <p class="last-updated" data-pagefind-ignore>Última actualización: <time>24 de noviembre de 2026</time></p>
      <p class="diagnostic-paper__boxes" data-pagefind-ignore><span class="visually-hidden">Respuestas posibles:</span> No Parcial</p>
      <p>Si hay una brecha: actúe. <span data-pagefind-ignore>Para avanzar: <a href="/manuales/x/">Manual</a>.</span></p>
      <p><a href="/r.csv">CSV<span class="visually-hidden"> de «Personas capacitadas por sexo»</span></a></p>
      <span aria-hidden="true">★</span><svg><title>Icono</title></svg><div hidden><p>Oculto</p></div>
      <div class="update-notice" hidden><button>Actualizar</button></div><!-- <p>comentario</p> -->
      <nav aria-label="Anterior y siguiente"><ul class="pager"><li><a rel="prev">Anterior</a></li></ul></nav>`);
    expect(mainText(html)).toEqual([
      'Se formaron tres ejes. Cada eje tiene metas.',
      'Todas las notas sobre el informe',
      'Ver todas las preguntas juntas',
      '¿Qué conviene?',
      'A',
      'Alcance',
      'Personas que vieron una pieza.',
      'Si hay una brecha: actúe.',
      'CSV',
    ]);
  });

  it('decodes character references', () => {
    expect(decodeEntities('&quot;a&quot; &amp; &#233; &#xE9; &laquo;b&raquo; &desconocida;')).toBe('"a" & é é «b» &desconocida;');
  });

  it('measures a page: its type and its score', () => {
    const measured = measurePage('/manuales/gestion-de-casos/', page('<h1>Gestión de casos</h1><p>El país tiene muchas ciudades.</p>'));
    expect(measured).toMatchObject({ type: 'manual', sentences: 2, words: 8 });
    expect(measured.score).toBeGreaterThan(0);
  });
});

describe('page types', () => {
  it('tells participant pages (module pages of both courses) from their trainer guides and the course pages', () => {
    expect(pageType('/aprende-trabaja-emprende/activa-tu-negocio/')).toBe('participant');
    expect(pageType('/aprende-trabaja-emprende/en-marcha-digital/formas-de-pago/')).toBe('participant');
    expect(pageType('/aprende-trabaja-emprende/activa-tu-negocio/guia-facilitador/')).toBe('trainer');
    expect(pageType('/aprende-trabaja-emprende/en-marcha-digital/formas-de-pago/guia-facilitador/')).toBe('trainer');
    expect(pageType('/formacion-de-formadores/sesion-3-la-normativa/')).toBe('trainer');
    expect(pageType('/formacion-de-formadores/sesion-3-la-normativa/guia-facilitador/')).toBe('trainer');
    expect(pageType('/diagnostico/guia-de-facilitacion/')).toBe('trainer');
    expect(pageType('/diagnostico/cuestionario/')).toBe('other');
    expect(pageType('/aprende-trabaja-emprende/')).toBe('other');
    expect(pageType('/aprende-trabaja-emprende/en-marcha-digital/')).toBe('other');
    expect(pageType('/aprende-trabaja-emprende/evaluacion-inicial-y-final/')).toBe('other');
    expect(pageType('/formacion-de-formadores/')).toBe('other');
  });
  it('tells detail pages of manuals and practices from their lists, facets and filters', () => {
    expect(pageType('/manuales/gestion-de-casos/')).toBe('manual');
    expect(pageType('/manuales/gestion-de-casos')).toBe('manual');
    expect(pageType('/manuales/')).toBe('other');
    expect(pageType('/manuales/audiencia/facilitador/')).toBe('other');
    expect(pageType('/manuales/filtro/guia/todos/gobernanza/')).toBe('other');
    expect(pageType('/buenas-practicas/duran-catastro-de-emprendimientos/')).toBe('practice');
    expect(pageType('/buenas-practicas/')).toBe('other');
    expect(pageType('/buenas-practicas/filtro/gobernabilidad/el-oro/')).toBe('other');
  });
  it('groups the campaign, the results and the municipalities’ figures', () => {
    expect(pageType('/campana/')).toBe('campaign');
    expect(pageType('/campana/resultados-de-la-campana/')).toBe('campaign');
    expect(pageType('/resultados/')).toBe('results');
    expect(pageType('/resultados/ocupacion-plena/')).toBe('results');
    expect(pageType('/resultados/datos/')).toBe('other');
    expect(pageType('/municipios/quito/')).toBe('results');
    expect(pageType('/municipios/')).toBe('other');
    expect(pageType('/')).toBe('other');
    expect(pageType('/glosario/')).toBe('other');
  });
});

describe('summary per page type', () => {
  const measured = (path: string, score: number | null): PageReadability => ({
    path,
    type: pageType(path),
    score,
    level: null,
    sentences: 1,
    words: 1,
    syllables: 1,
  });
  const pages = [
    measured('/aprende-trabaja-emprende/a/', 70),
    measured('/aprende-trabaja-emprende/b/', 60),
    measured('/aprende-trabaja-emprende/c/', 64),
    measured('/manuales/m/', 49),
    measured('/', 45),
    measured('/glosario/', null),
  ];
  it('gives median, lowest page and pages below target and floor, in a fixed order of types', () => {
    expect(summarizeReadability(pages)).toEqual([
      { type: 'participant', pages: 3, median: 64, min: pages[1], target: 65, belowTarget: 2, belowFloor: 0 },
      { type: 'manual', pages: 1, median: 49, min: pages[3], target: 55, belowTarget: 1, belowFloor: 1 },
      { type: 'other', pages: 2, median: 45, min: pages[4], target: null, belowTarget: 0, belowFloor: 1 },
    ]);
  });
  it('lists the pages below 50, lowest first', () => {
    expect(pagesBelowFloor(pages).map((page) => page.path)).toEqual(['/', '/manuales/m/']);
  });
});
