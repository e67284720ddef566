/** The portal's sections: the header navigation and the home page's entry points read this list. */

export const SITE_NAME = 'Integra';
export const SITE_TAGLINE = 'Portal de conocimiento';

export interface Section {
  label: string;
  /** Undefined while the section is not yet published: it is then shown without a link. */
  href?: string;
  /** What a visitor does there, for the home page's entry points. */
  task: string;
  description: string;
}

export const MAIN_NAV: { label: string; href: string }[] = [
  { label: 'Manuales y guías', href: '/manuales/' },
  { label: 'Aprende, Trabaja y Emprende', href: '/aprende-trabaja-emprende/' },
  { label: 'Autodiagnóstico', href: '/diagnostico/' },
  { label: 'Buenas prácticas', href: '/buenas-practicas/' },
  { label: 'Campaña', href: '/campana/' },
  { label: 'Resultados', href: '/resultados/' },
  { label: 'Municipios', href: '/municipios/' },
  { label: 'Glosario', href: '/glosario/' },
];

/** The pages a public site owes its readers, linked from every page's footer. */
export const ABOUT_PAGES: { label: string; href: string }[] = [
  { label: 'Acerca del portal', href: '/acerca-del-portal/' },
  { label: 'Notas sobre el informe', href: '/notas-sobre-el-informe/' },
  { label: 'Privacidad', href: '/privacidad/' },
  { label: 'Accesibilidad', href: '/accesibilidad/' },
  { label: 'Contacto', href: '/contacto/' },
];

/** The programme's own channels, as the report prints them on its back cover. */
export const PROGRAMME_CHANNELS = [
  { label: 'Sitio web del Programa Integra', href: 'https://www.programaintegra.org', text: 'www.programaintegra.org' },
  { label: 'Facebook del Programa Integra', href: 'https://www.facebook.com/programaintegraec', text: 'programaintegraec' },
  { label: 'Instagram del Programa Integra', href: 'https://www.instagram.com/integraec', text: '@integraec' },
  { label: 'Sistema de Integración, Trabajo y Emprendimiento (SITE)', href: 'http://odsIntegra.com', text: 'odsIntegra.com' },
];

export const ENTRY_POINTS: Section[] = [
  {
    label: 'Manuales y guías',
    href: '/manuales/',
    task: 'Leer los manuales',
    description: 'Las once metodologías del programa. Cada una explica, paso a paso, cómo aplicarla en un municipio.',
  },
  {
    label: 'Aprende, Trabaja y Emprende',
    href: '/aprende-trabaja-emprende/',
    task: 'Dar un taller',
    description: 'Doce módulos de empleo y emprendimiento. Cada uno trae una guía para quien facilita, una agenda y una autoevaluación.',
  },
  {
    label: 'Autoevaluaciones',
    href: '/aprende-trabaja-emprende/evaluacion-inicial-y-final/',
    task: 'Comprobar lo que aprendí',
    description: 'Cuestionarios que explican cada respuesta. Tu avance se guarda en tu dispositivo.',
  },
  {
    label: 'Autodiagnóstico del GAD',
    href: '/diagnostico/',
    task: 'Evaluar la gobernanza de mi municipio',
    description: 'Una herramienta para que cada GAD revise su gestión de la movilidad humana y obtenga un plan.',
  },
  {
    label: 'Buenas prácticas',
    href: '/buenas-practicas/',
    task: 'Aprender de otros municipios',
    description: 'Las experiencias que los nueve GAD compartieron en los talleres de intercambio.',
  },
  {
    label: 'Campaña Pro-Integración',
    href: '/campana/',
    task: 'Usar la campaña en mi ciudad',
    description: 'Conceptos, mensajes y piezas de «Construimos comunidad sin fronteras». Puede volver a usarlos en su ciudad.',
  },
  {
    label: 'Resultados',
    href: '/resultados/',
    task: 'Ver las cifras del programa',
    description: 'Los indicadores del informe en gráficos y tablas fáciles de leer.',
  },
];

/**
 * Marks the document as running JavaScript while it is still being read, so that what needs JavaScript
 * (search, a quiz) shows from the first paint, and a browser without it shows only what it can use
 * (global.css: `.js-only`, `.no-js-only`; a `.js` rule keeps room for a quiz that is still loading).
 */
const JS_CLASS = "document.documentElement.classList.add('js')";

/**
 * When the page is printed (`beforeprint`, which Chromium also fires for a PDF), the identity block at
 * the top of the paper says the day it was printed, «Impreso el 7 de diciembre de 2026». A static page
 * cannot know that day; without JavaScript the block keeps what the build knows (BaseLayout).
 */
const PRINT_DATE =
  "addEventListener('beforeprint',function(){var d=document.querySelector('[data-print-date]');if(d)d.textContent='Impreso el '+new Date().toLocaleDateString('es-EC',{day:'numeric',month:'long',year:'numeric'})})";

/**
 * The portal's one inline script, in every page's <head>: the two above. It comes before the <meta> policy Astro
 * writes at the end of <head>, which governs only what follows it; astro.config.mjs lists its hash all the same,
 * so that it still runs if it ever moves below the policy.
 */
export const PAGE_SCRIPT = `${JS_CLASS};${PRINT_DATE}`;
