/** Acronyms expanded at their first use on a page (src/lib/acronyms.ts), with the glossary's own acronyms and terms. */
import { describe, expect, it } from 'vitest';
import { markAcronyms, unexpandedAcronymUses, unexpandedAcronyms, type AcronymDefinition } from '../../src/lib/acronyms.ts';
import { glossaryAcronyms } from '../support/glossary-acronyms.ts';

const glossary = glossaryAcronyms();
const byAcronym = (acronym: string): AcronymDefinition => {
  const found = glossary.find((entry) => entry.acronym === acronym);
  if (!found) throw new Error(`the glossary no longer defines ${acronym}`);
  return found;
};
const GET = byAcronym('GET');
const GAD = byAcronym('GAD');
const GADM = byAcronym('GADM');
const SITE = byAcronym('SITE');

describe('the glossary as the list of acronyms', () => {
  it('reads every acronym with its term, the ones the issue names among them', () => {
    expect(glossary.map((entry) => entry.acronym)).toEqual(expect.arrayContaining(['GAD', 'SITE', 'PNUD', 'CEO', 'GET']));
    expect(GET.expansion).toBe('Grupo de Enlace Territorial');
  });
});

describe('acronyms at their first use', () => {
  it('accepts the expansion before the acronym in parentheses', () => {
    expect(unexpandedAcronyms('Convoque al Grupo de Enlace Territorial (GET). El GET se reúne cada mes.', [GET])).toEqual([]);
  });

  it('accepts the expansion in parentheses after the acronym, and an <abbr> title read that way', () => {
    expect(unexpandedAcronyms('Convoque al GET (Grupo de Enlace Territorial) una vez al mes.', [GET])).toEqual([]);
    expect(unexpandedAcronyms('Convoque al GET (el Grupo de Enlace Territorial del municipio).', [GET])).toEqual([]);
  });

  it('accepts the expansion shown in an earlier sentence', () => {
    expect(unexpandedAcronyms('El Grupo de Enlace Territorial reúne a varias áreas.\nCada GET define su plan.', [GET])).toEqual([]);
    expect(unexpandedAcronyms('Lo reúne el Grupo de Enlace Territorial. El GET define su plan.', [GET])).toEqual([]);
  });

  it('finds an acronym that is never expanded', () => {
    expect(unexpandedAcronyms('Revise si el GAD cuenta con una ordenanza.', [GAD, GET])).toEqual(['GAD']);
  });

  it('finds an acronym used before its expansion, and says where', () => {
    const text = 'El SITE guarda los datos. Más adelante: Sistema de Integración, Trabajo y Emprendimiento (SITE).';
    expect(unexpandedAcronymUses(text, [SITE])).toEqual([expect.objectContaining({ acronym: 'SITE', index: 3, excerpt: expect.stringContaining('El SITE guarda') })]);
  });

  it('does not take an expansion earlier in the same sentence without the parentheses', () => {
    expect(unexpandedAcronyms('El Grupo de Enlace Territorial, o GET, se reúne.', [GET])).toEqual(['GET']);
  });

  it('does not count the acronym inside another word', () => {
    expect(unexpandedAcronyms('Los GETS y un gadget no son usos; GADM tampoco es GAD.', [GET, GAD])).toEqual(['GAD']);
    expect(unexpandedAcronyms('Un gadget, unos GETS, get y gad en minúsculas.', [GET, GAD])).toEqual([]);
  });

  it('compares the expansion without case or accents', () => {
    expect(unexpandedAcronyms('el gobierno autonomo descentralizado (GAD) de cada ciudad', [GAD])).toEqual([]);
    expect(unexpandedAcronyms('SISTEMA DE INTEGRACIÓN, TRABAJO Y EMPRENDIMIENTO (SITE)', [SITE])).toEqual([]);
  });

  it('takes another form only where the glossary term spells it', () => {
    expect(unexpandedAcronyms('los Gobiernos Autónomos Descentralizados (GAD) del proyecto', [GAD])).toEqual(['GAD']);
    expect(unexpandedAcronyms('cada Gobierno Autónomo Descentralizado Municipal (GADM)', [GADM])).toEqual([]);
    const trainers = { acronym: 'FF', expansion: 'Formación de formadores/as' };
    expect(unexpandedAcronyms('la Formación de formadoras (FF)', [trainers])).toEqual([]);
    expect(unexpandedAcronyms('la Formación de formadores (FF)', [trainers])).toEqual([]);
    expect(unexpandedAcronyms('la Formación de formadores/as (FF)', [trainers])).toEqual([]);
    expect(unexpandedAcronyms('la Formación de formadorxs (FF)', [trainers])).toEqual(['FF']);
  });

  it('does not take a longer term as the expansion of a shorter one in parentheses', () => {
    // «Gobierno Autónomo Descentralizado Municipal (GAD)» is not «Gobierno Autónomo Descentralizado (GAD)».
    expect(unexpandedAcronyms('el Gobierno Autónomo Descentralizado Municipal (GAD) de Quito', [GAD])).toEqual(['GAD']);
  });

  it('ignores acronyms the page does not use, and reports each unexpanded one once', () => {
    expect(unexpandedAcronyms('Un texto sin siglas.', glossary)).toEqual([]);
    expect(unexpandedAcronyms('El GET y el GET otra vez; el GAD.', [GET, GAD])).toEqual(['GET', 'GAD']);
  });
});

describe('acronyms marked for <abbr>', () => {
  it('cuts the text at each acronym of the glossary as a whole word, with its expansion', () => {
    expect(markAcronyms('Guía práctica para GAD y GADM; un gadget no.', [GAD, GADM])).toEqual(['Guía práctica para ', GAD, ' y ', GADM, '; un gadget no.']);
    expect(markAcronyms('Informe de Resultados Integra 2021-2023 (T1)', glossary)).toEqual(['Informe de Resultados Integra 2021-2023 (', byAcronym('T1'), ')']);
    expect(markAcronyms('Sin siglas.', glossary)).toEqual(['Sin siglas.']);
    expect(markAcronyms('', glossary)).toEqual([]);
  });

  it('reads as expanded once rendered as «GAD (expansion)», as the page test reads an <abbr title>', () => {
    const rendered = markAcronyms('Guía práctica para GAD', [GAD])
      .map((s) => (typeof s === 'string' ? s : `${s.acronym} (${s.expansion})`))
      .join('');
    expect(unexpandedAcronyms(`${rendered}. El GAD la aplica.`, [GAD])).toEqual([]);
  });
});
