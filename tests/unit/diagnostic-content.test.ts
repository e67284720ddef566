/**
 * The instrument's wording rules (#20): one question per indicator, one time window, plain Spanish,
 * a reason for every weight, and where the portal has no guide, the recommendation says so and names
 * whom to turn to. Read from the content file, so an edit in the CMS that breaks a rule fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const instrument = parse(readFileSync('src/content/diagnostico/gestion-movilidad-humana.yaml', 'utf8')) as {
  dimensions: {
    id: string;
    indicators: {
      id: string;
      question: string;
      help: string;
      scoring: { weightReason?: string };
      plan: { recommendation: string; resources: Record<string, unknown[]> };
    }[];
  }[];
};
const indicators = instrument.dimensions.flatMap((d) => d.indicators);
const NO_GUIDE = 'El portal aún no tiene una guía sobre este tema.';
/** Whom a recommendation without a portal guide may send the GAD to: a public body, by its name. */
const PUBLIC_BODY = /\b(Ministerio|Secretaría|Consejo|Defensoría|Fiscalía|Superintendencia|Comité|Instituto|Servicio|Registro|Junta)\b [A-ZÁÉÍÓÚa-záéíóúñ]/;

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
});
