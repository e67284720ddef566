import { describe, expect, it } from 'vitest';
import {
  OFFLINE_PAGE,
  OFFLINE_SECTIONS,
  COURSE_SECTIONS,
  bundleAssetUrls,
  fileOfUrl,
  groupBySection,
  isNeverCached,
  isOfflinePage,
  offlineSectionOf,
  offlineUrls,
  pageAssetUrls,
  pagefindCoreFiles,
  pagefindFragmentUrl,
  urlOfFile,
  urlsOfSections,
} from '../../src/lib/offline.ts';
import { saveMessages } from '../../src/lib/offline-messages.ts';

describe('which pages are kept offline', () => {
  it('keeps the course, En Marcha Digital, the trainer programme, the diagnostic, the glossary, search and the offline page', () => {
    for (const path of [
      '/aprende-trabaja-emprende/',
      '/aprende-trabaja-emprende/capital-semilla/',
      '/aprende-trabaja-emprende/capital-semilla/guia-facilitador/',
      '/aprende-trabaja-emprende/evaluacion-de-validacion/',
      '/aprende-trabaja-emprende/en-marcha-digital/',
      '/aprende-trabaja-emprende/en-marcha-digital/formas-de-pago/guia-facilitador/',
      '/formacion-de-formadores/',
      '/formacion-de-formadores/sesion-1-programa-y-site/guia-facilitador/',
      '/diagnostico/',
      '/diagnostico/metodologia/',
      '/diagnostico/cuestionario/',
      '/glosario/',
      '/buscar/',
      OFFLINE_PAGE,
    ]) {
      expect(isOfflinePage(path), path).toBe(true);
    }
  });

  it('leaves the rest of the site to the network, and never keeps the CMS, the data downloads or source maps', () => {
    for (const path of ['/', '/manuales/', '/manuales/gestion-de-casos/', '/resultados/', '/buenas-practicas/', '/privacidad/', '/aprende-trabaja-emprende']) {
      expect(isOfflinePage(path), path).toBe(false);
    }
    for (const path of ['/admin/', '/admin/config.yml', '/admin', '/resultados/datos/metas.csv', '/_astro/Quiz.js.map', '/diagnostico/x.js.map']) {
      expect(isNeverCached(path), path).toBe(true);
      expect(isOfflinePage(path), path).toBe(false);
    }
  });

  it('puts a page in its most specific section', () => {
    expect(offlineSectionOf('/aprende-trabaja-emprende/en-marcha-digital/formas-de-pago/')?.id).toBe('en-marcha-digital');
    expect(offlineSectionOf('/aprende-trabaja-emprende/testing-lab/')?.id).toBe('curso');
    expect(offlineSectionOf('/manuales/')).toBeUndefined();
  });

  it('has one section per place the issue names, each with a Spanish description', () => {
    expect(OFFLINE_SECTIONS.map((section) => section.href)).toEqual([
      '/aprende-trabaja-emprende/',
      '/aprende-trabaja-emprende/en-marcha-digital/',
      '/formacion-de-formadores/',
      '/diagnostico/',
      '/glosario/',
      '/buscar/',
    ]);
    for (const section of OFFLINE_SECTIONS) expect(section.description).toMatch(/^[A-ZÁÉÍÓÚ].+\.$/);
  });
});

describe('the list of the offline page and of «Guardar»', () => {
  const pages = [
    { href: '/glosario/', title: 'Glosario' },
    { href: '/aprende-trabaja-emprende/', title: 'Presentación' },
    { href: '/aprende-trabaja-emprende/testing-lab/', title: 'Testing Lab', children: [{ href: '/aprende-trabaja-emprende/testing-lab/guia-facilitador/', title: 'Guía' }] },
    { href: '/aprende-trabaja-emprende/en-marcha-digital/formas-de-pago/', title: 'Formas de pago' },
    { href: '/diagnostico/', title: 'Autodiagnóstico' },
  ];

  it('groups pages by section in the sections\' order', () => {
    const groups = groupBySection(pages);
    expect(groups.map((group) => group.section.id)).toEqual(['curso', 'en-marcha-digital', 'diagnostico', 'glosario']);
    expect(groups[0].pages.map((page) => page.href)).toEqual(['/aprende-trabaja-emprende/', '/aprende-trabaja-emprende/testing-lab/']);
  });

  it('refuses to list a page the service worker does not keep', () => {
    expect(() => groupBySection([...pages, { href: '/manuales/gestion-de-casos/', title: 'Gestión de casos' }])).toThrow(/manuales\/gestion-de-casos/);
    expect(() => groupBySection([{ href: '/glosario/', title: 'G', children: [{ href: '/admin/', title: 'CMS' }] }])).toThrow(/admin/);
  });

  it('gives «Guardar» the course\'s pages, guides included, and nothing else', () => {
    expect(urlsOfSections(pages, COURSE_SECTIONS)).toEqual([
      '/aprende-trabaja-emprende/',
      '/aprende-trabaja-emprende/testing-lab/',
      '/aprende-trabaja-emprende/testing-lab/guia-facilitador/',
      '/aprende-trabaja-emprende/en-marcha-digital/formas-de-pago/',
    ]);
    expect(offlineUrls(pages)).toHaveLength(6);
  });

  it('says the progress, the result and each failure in Spanish, keeping what was saved', () => {
    expect(saveMessages.progress(12, 40)).toBe('12 de 40 páginas');
    expect(saveMessages.done(40, '3,2 MB')).toBe(
      'Listo: las 40 páginas del curso están guardadas en este dispositivo y funcionan sin conexión. El portal ocupa 3,2 MB en este dispositivo.',
    );
    expect(saveMessages.offline(12, 40)).toMatch(/^No hay conexión a internet\. Quedaron guardadas 12 de 40 páginas y se conservan\./);
    expect(saveMessages.quota(12, 40)).toMatch(/espacio/);
  });
});

describe('what a built page loads', () => {
  const html = `<!doctype html><html><head>
    <link rel="canonical" href="http://127.0.0.1:4321/glosario/">
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="manifest" href="/manifest.webmanifest">
    <link rel="stylesheet" href="/_astro/BaseLayout.abc.css">
    <script type="module" src="/_astro/page.def.js"></script>
    </head><body>
    <a href="/manuales/">Manuales</a>
    <img src="/eu-emblem.svg" alt="">
    <img src="https://example.org/x.png" alt="">
    <img srcset="/imagenes/a-400.png 400w, /imagenes/a-800.png 800w" alt="">
    <astro-island component-url="/_astro/Quiz.123.js" renderer-url="/_astro/client.456.js" props="{}"></astro-island>
    <script type="module">import "/_astro/inline.789.js";</script>
    <div class="quiz-start" data-quiz-start data-src="/aprende-trabaja-emprende/m/cuestionario.json"></div>
    <link rel="prefetch" href="/diagnostico/instrumento.json" as="fetch" crossorigin="anonymous">
    </body></html>`;

  it('finds stylesheets, scripts, islands, inline imports, prefetched and fetched data, images and icons, not links or other sites', () => {
    expect(pageAssetUrls(html).sort()).toEqual(
      [
        '/_astro/BaseLayout.abc.css',
        '/_astro/Quiz.123.js',
        '/_astro/client.456.js',
        '/_astro/inline.789.js',
        '/_astro/page.def.js',
        '/aprende-trabaja-emprende/m/cuestionario.json',
        '/diagnostico/instrumento.json',
        '/eu-emblem.svg',
        '/favicon.svg',
        '/imagenes/a-400.png',
        '/imagenes/a-800.png',
      ].sort(),
    );
  });

  it('follows a bundle\'s static and dynamic imports, Vite\'s preload list and CSS url()', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/radar-chart.1.js","_astro/chart-style.2.js"])))=>i.map(i=>d[i]);' +
      'import{r as e}from"./preact.module.3.js";import"./side.4.js";const m=()=>import("./lazy.5.js");';
    expect(bundleAssetUrls(code, '/_astro/Diagnostic.0.js').sort()).toEqual(
      ['/_astro/chart-style.2.js', '/_astro/lazy.5.js', '/_astro/preact.module.3.js', '/_astro/radar-chart.1.js', '/_astro/side.4.js'].sort(),
    );
    expect(bundleAssetUrls('.a{background:url(../imagenes/fondo.png)}.b{background:url("data:image/png;base64,xx")}', '/_astro/x.css')).toEqual([
      '/imagenes/fondo.png',
    ]);
  });

  it('maps built files to URLs', () => {
    expect(urlOfFile('glosario/index.html')).toBe('/glosario/');
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('_astro/a.js')).toBe('/_astro/a.js');
  });

  it('maps a URL to its built file, and back', () => {
    expect(fileOfUrl('/')).toBe('index.html');
    expect(fileOfUrl('/curso/')).toBe('curso/index.html');
    expect(fileOfUrl('/404.html')).toBe('404.html');
    expect(fileOfUrl('/_astro/a.css')).toBe('_astro/a.css');
    for (const file of ['index.html', 'curso/index.html', '404.html', '_astro/a.css']) expect(fileOfUrl(urlOfFile(file))).toBe(file);
  });
});

describe('what search needs offline', () => {
  const files = [
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.es_4bebd38af9.pf_meta',
    'pagefind/wasm.es.pagefind',
    'pagefind/wasm.unknown.pagefind',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-ui.css',
    'pagefind/pagefind-component-ui.js',
    'pagefind/pagefind-modular-ui.js',
    'pagefind/pagefind-highlight.js',
    'pagefind/index/es_33c49fa.pf_index',
    'pagefind/filter/es_3780394.pf_filter',
    'pagefind/fragment/es_1.pf_fragment',
  ];

  it('keeps the API, worker, the language\'s WebAssembly, entry, metadata, index and filters; not the unused UIs', () => {
    const entry = { languages: { es: { hash: 'es_4bebd38af9', wasm: 'es' } } };
    expect(pagefindCoreFiles(entry, files).sort()).toEqual(
      [
        'pagefind/pagefind.js',
        'pagefind/pagefind-worker.js',
        'pagefind/pagefind-entry.json',
        'pagefind/pagefind.es_4bebd38af9.pf_meta',
        'pagefind/wasm.es.pagefind',
        'pagefind/index/es_33c49fa.pf_index',
        'pagefind/filter/es_3780394.pf_filter',
      ].sort(),
    );
  });

  it('reads the page of a fragment, and nothing from a damaged one', () => {
    expect(pagefindFragmentUrl('pagefind_dcd{"url":"/glosario/","content":"…"}')).toBe('/glosario/');
    expect(pagefindFragmentUrl('pagefind_dcd{roto')).toBeUndefined();
  });
});
