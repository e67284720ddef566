/**
 * The instrument's wording rules (#20): one question per indicator, one time window, plain Spanish,
 * a reason for every weight, and where the portal has no guide, the recommendation says so and names
 * whom to turn to. Read from the content file, so an edit in the CMS that breaks a rule fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const instrument = parse(readFileSync('src/content/diagnostico/gestion-movilidad-humana.yaml', 'utf8')) as {
  dimensions: {
    id: string;
    indicators: {
      id: string;
      question: string;
      short: string;
      help: string;
      scoring: { weightReason?: string };
      plan: { action: string; recommendation: string; resources: Record<string, string[]> };
    }[];
  }[];
};
const indicators = instrument.dimensions.flatMap((d) => d.indicators);
type IndicatorContent = (typeof indicators)[number];

const NO_GUIDE = 'El portal aún no tiene una guía sobre este tema.';
/** Whom a recommendation without a portal guide may send the GAD to: a public body, by its name. */
const PUBLIC_BODY = /\b(Ministerio|Secretaría|Consejo|Defensoría|Fiscalía|Superintendencia|Comité|Instituto|Servicio|Registro|Junta)\b [A-ZÁÉÍÓÚa-záéíóúñ]/;
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const FOLDERS: Record<string, string> = { manuales: 'manuales', modulos: 'modulos', buenasPracticas: 'buenas-practicas', campana: 'campana' };

/** The text of a linked entry, as its file has it, lower case without accents. */
function resourceText(kind: string, id: string): string {
  const file = ['mdx', 'md', 'yaml'].map((ext) => `src/content/${FOLDERS[kind]}/${id}.${ext}`).find((path) => existsSync(path));
  if (!file) throw new Error(`${kind} «${id}» has no content file`);
  return fold(readFileSync(file, 'utf8'));
}

/**
 * What a page must talk about to help with each indicator's gap (lower case, no accents). A page the
 * plan links for an indicator must match its subject; an indicator with resources and no subject here
 * fails the test until one is written, so every link is checked.
 */
const SUBJECTS: Record<string, RegExp> = {
  'ei-get-conformado': /\bget\b|grupo de enlace/,
  'ei-get-sesiona': /\bget\b|grupo de enlace/,
  'ei-unidad-responsable': /unidad|direccion/,
  'ei-presupuesto': /presupuest|partida/,
  'ei-continuidad': /continuidad|autoridades|sistematiz|memoria/,
  'nl-ordenanza-vigente': /ordenanza/,
  'nl-analisis-normativo': /normativ|ordenanza/,
  'nl-requisitos-de-acceso': /requisit|barrera/,
  'nl-servicios-institucionalizados': /ordenanza|normativ|institucionaliz/,
  'nl-control-del-espacio-publico': /control|seguridad|espacio publico|comercio/,
  'pl-diagnostico-situacional': /diagnostic/,
  'pl-plan-cantonal': /plan (cantonal|distrital|de accion)/,
  'pl-acciones-para-mujeres': /mujer/,
  'pl-comunidad-de-acogida': /acogida|personas ecuatorianas|poblacion local/,
  'pl-seguimiento-de-metas': /seguimiento|monitoreo|avance/,
  'de-registros-desagregados': /registro|desagreg/,
  'de-perfil-de-participantes': /perfil|screening|inscrip/,
  'de-estudio-de-mercado': /estudio de mercado/,
  'de-catastro-de-emprendimientos': /catastro/,
  'de-proteccion-de-datos': /datos personales|proteccion de (los )?datos|confidencial/,
  'ie-servicio-de-emprendimiento': /emprend/,
  'ie-servicio-de-empleo': /empleo|hoja de vida/,
  'ie-participacion-de-mujeres': /mujer/,
  'ie-capacitacion-tecnica': /curso|certific|capacitacion tecnica/,
  'ie-acceso-a-capital': /capital|financ|credito/,
  'ie-comercializacion': /venta|vender|comercializ|feria|clientes/,
  'ie-seguimiento': /seguimiento|monitoreo/,
  'pd-ruta-de-casos': /gestion de casos|ruta/,
  'pd-acuerdo-de-derivacion': /deriva|referencia|directorio/,
  'pd-primeros-auxilios-psicologicos': /primeros auxilios psicologicos/,
  'pd-violencia-basada-en-genero': /violencia/,
  'pd-acceso-a-salud': /salud/,
  'sc-convivencia-en-barrios': /barrio|convivencia|encuentro|vecin/,
  'sc-plan-de-sensibilizacion': /sensibiliz|plan de comunicacion|planes (locales )?de comunicacion|brief/,
  'sc-talleres-al-personal': /taller|capacitacion|sensibiliz/,
  'sc-contenidos-digitales': /digital|redes sociales/,
  'sc-lenguaje-inclusivo': /lenguaje|mensajes/,
  'co-mesa-tecnica': /\bmesa\b|\bred\b/,
  'co-participacion-de-la-poblacion': /consejo consultivo|participa/,
  'co-sociedad-civil': /sociedad civil/,
  'co-sector-privado': /empresa|sector privado|alianza/,
  'co-entidades-nacionales': /ministerio|nacional/,
  'co-comunidad-de-practica': /comunidad de practica|intercambio|experiencia/,
};

describe('the diagnostic instrument', () => {
  it('stays answerable in two GET meetings: at most 60 indicators', () => {
    expect(indicators.length).toBeLessThanOrEqual(60);
  });

  it('asks one thing per indicator: one question mark, no «y/o»', () => {
    for (const { id, question } of indicators) {
      expect(question.match(/\?/g)?.length, id).toBe(1);
      expect(question.match(/¿/g)?.length, id).toBe(1);
      expect(question, id).not.toMatch(/\by\/o\b/);
    }
  });

  it('uses one time window, the last 12 months, and plain Spanish', () => {
    for (const { id, question, help, plan } of indicators) {
      const text = `${question} ${help} ${plan.recommendation}`;
      for (const match of text.matchAll(/últim[oa]s? (\w+) (meses|mes|años|año)\b/gi)) expect(`${match[1]} ${match[2]}`, id).toBe('12 meses');
      expect(text, id).not.toMatch(/el último año|año en curso|\b(6|seis|dos|tres) (meses|años)\b/i);
      expect(text, id).not.toMatch(/abogacía|\bScreening\b|\bSITE\b/);
    }
  });

  it('says why each weight', () => {
    for (const { id, scoring } of indicators) expect(scoring.weightReason?.length ?? 0, id).toBeGreaterThan(10);
  });

  it('where the portal has no guide, says so and names the public body to turn to', () => {
    const without = indicators.filter(({ plan }) => Object.values(plan.resources).every((list) => list.length === 0));
    expect(without.length).toBeGreaterThan(0);
    for (const { id, plan } of without) {
      expect(plan.recommendation.endsWith(NO_GUIDE), id).toBe(true);
      expect(plan.recommendation, id).toMatch(PUBLIC_BODY);
    }
    // And a recommendation with portal resources never claims there is none.
    for (const { id, plan } of indicators.filter((indicator) => !without.includes(indicator))) expect(plan.recommendation, id).not.toContain(NO_GUIDE);
  });

  it('links only pages that talk about the indicator’s subject', () => {
    const misses = indicators.flatMap((indicator) =>
      Object.entries(indicator.plan.resources).flatMap(([kind, ids]) => {
        if (ids.length === 0) return [];
        const subject = SUBJECTS[indicator.id];
        if (!subject) return [`${indicator.id}: write its subject in SUBJECTS`];
        return ids.filter((id) => !subject.test(resourceText(kind, id))).map((id) => `${indicator.id} → ${kind} ${id}`);
      }),
    );
    expect(misses).toEqual([]);
  });

  it('would have caught version 1’s contingency gap linking a coordination network that says nothing on contingencies', () => {
    const contingency = /contingencia|emergencia|llegadas? (masivas?|repentinas?|numerosas?)/;
    expect(contingency.test(resourceText('buenasPracticas', 'huaquillas-red-de-movilidad-humana'))).toBe(false);
  });
});
