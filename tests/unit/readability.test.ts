import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  countText,
  firstWords,
  infleszLevel,
  longSentences,
  perspicuity,
  readability,
  sentenceLength,
  sentenceSpans,
  splitSentences,
  syllabify,
  words,
} from '../../src/lib/readability.ts';

describe('syllables', () => {
  // word → syllables as the RAE splits them (Ortografía 2010), by the rule each case tests.
  const cases: Record<string, Record<string, string>> = {
    'hiatus: two open vowels, equal vowels, a stressed closed vowel beside an open one': {
      país: 'pa-ís',
      oído: 'o-í-do',
      leer: 'le-er',
      creer: 'cre-er',
      día: 'dí-a',
      poeta: 'po-e-ta',
      teatro: 'te-a-tro',
      aéreo: 'a-é-re-o',
      héroe: 'hé-ro-e',
      zoológico: 'zo-o-ló-gi-co',
      reúne: 're-ú-ne',
      maíz: 'ma-íz',
      Raúl: 'ra-úl',
      sonríe: 'son-rí-e',
      acentúa: 'a-cen-tú-a',
      leía: 'le-í-a',
      chiita: 'chi-i-ta',
    },
    'diphthong: open with unstressed closed, or two different closed vowels': {
      cuidado: 'cui-da-do',
      ciudad: 'ciu-dad',
      aire: 'ai-re',
      hoy: 'hoy',
      huevo: 'hue-vo',
      Ecuador: 'e-cua-dor',
      municipio: 'mu-ni-ci-pio',
      Venezuela: 've-ne-zue-la',
      fluido: 'flui-do',
      construí: 'cons-truí',
      huir: 'huir',
      emprendimiento: 'em-pren-di-mien-to',
    },
    'triphthong: closed, open, closed': {
      Uruguay: 'u-ru-guay',
      buey: 'buey',
      estudiáis: 'es-tu-diáis',
      averiguáis: 'a-ve-ri-guáis',
    },
    'consonant clusters: inseparable groups go with the next vowel; of three or four, the last one or two': {
      problema: 'pro-ble-ma',
      trabajo: 'tra-ba-jo',
      atlas: 'a-tlas',
      obstáculo: 'obs-tá-cu-lo',
      transporte: 'trans-por-te',
      instrucción: 'ins-truc-ción',
      migración: 'mi-gra-ción',
      acción: 'ac-ción',
      inhumano: 'in-hu-ma-no',
    },
    'digraphs ch, ll, rr are one consonant': {
      coche: 'co-che',
      calle: 'ca-lle',
      perro: 'pe-rro',
      desarrollo: 'de-sa-rro-llo',
    },
    'qu and gu before e/i: the u is silent; ü and gu before a/o are pronounced': {
      quiero: 'quie-ro',
      guerra: 'gue-rra',
      guía: 'guí-a',
      guion: 'guion',
      pingüino: 'pin-güi-no',
      lingüística: 'lin-güís-ti-ca',
      vergüenza: 'ver-güen-za',
      cigüeña: 'ci-güe-ña',
      agua: 'a-gua',
      antiguo: 'an-ti-guo',
    },
    '«y» is a vowel at the end of a word, a consonant before a vowel': {
      y: 'y',
      muy: 'muy',
      ley: 'ley',
      estoy: 'es-toy',
      reyes: 're-yes',
      mayo: 'ma-yo',
      ayer: 'a-yer',
    },
    'a silent h between vowels does not separate them; an accent still does': {
      ahora: 'a-ho-ra',
      prohibido: 'prohi-bi-do',
      búho: 'bú-ho',
      bahía: 'ba-hí-a',
      alcohol: 'al-co-hol',
      zanahoria: 'za-na-ho-ria',
    },
  };

  for (const [rule, words] of Object.entries(cases)) {
    it(rule, () => {
      for (const [word, split] of Object.entries(words)) {
        expect(syllabify(word).join('-'), word).toBe(split);
        expect(countSyllables(word), word).toBe(split.split('-').length);
      }
    });
  }

  it('covers at least 40 words', () => {
    expect(Object.values(cases).flatMap((words) => Object.keys(words)).length).toBeGreaterThanOrEqual(40);
  });

  it('counts acronyms and capitals, hyphenated words by their parts, and a word with no vowel as one', () => {
    expect(countSyllables('GAD')).toBe(1);
    expect(countSyllables('PNUD')).toBe(1);
    expect(countSyllables('SITE')).toBe(2);
    expect(countSyllables('ÉXITO')).toBe(3);
    expect(countSyllables('Pro-Integración')).toBe(5);
    expect(countSyllables('COVID-19')).toBe(2);
    expect(countSyllables('T1')).toBe(1);
    expect(countSyllables('p')).toBe(1);
  });
});

describe('words', () => {
  it('keeps words with letters, hyphenated words whole, and leaves out numbers and symbols', () => {
    expect(words('El 66,66 % de 1.002 personas (2021-2023) usó COVID-19 y Pro-Integración — «sí».')).toEqual([
      'El',
      'de',
      'personas',
      'usó',
      'COVID-19',
      'y',
      'Pro-Integración',
      'sí',
    ]);
  });
  it('measures a sentence by its words and its numbers', () => {
    expect(sentenceLength('Participaron 45 personas: 15 en Sierra Centro.')).toBe(7);
  });
});

describe('sentences', () => {
  it('ends a sentence at . ? ! … before a capital, a digit or an opening ¿ ¡ «', () => {
    expect(splitSentences('¿Qué necesitas? ¡Pregunta! Luego vende. 3 pasos bastan… «Sí», dijo.')).toEqual([
      '¿Qué necesitas?',
      '¡Pregunta!',
      'Luego vende.',
      '3 pasos bastan…',
      '«Sí», dijo.',
    ]);
  });
  it('does not end one inside numbers, after abbreviations and initials, or before a lowercase word', () => {
    expect(splitSentences('Hay 1.002 capitales y el 66,66 % de ellas, p. ej. Quito y Ambato.')).toHaveLength(1);
    expect(splitSentences('El Sr. Pérez y la Dra. Ruiz llegaron a las 9 a. m. Ana no.')).toEqual(['El Sr. Pérez y la Dra. Ruiz llegaron a las 9 a. m. Ana no.']);
    expect(splitSentences('Lleve papel, lápices, etc., y una mesa.')).toHaveLength(1);
    expect(splitSentences('Lleve papel, lápices, etc. y una mesa.')).toHaveLength(1);
    expect(splitSentences('¿Vienes?, preguntó. Sí… claro que sí.')).toEqual(['¿Vienes?, preguntó.', 'Sí… claro que sí.']);
    expect(splitSentences('Vea www.ejemplo.org o la sección 3.2.4 del informe.')).toHaveLength(1);
    expect(splitSentences('Viajó a EE. UU. con su familia.')).toHaveLength(1);
  });
  it('lets «etc.» and a capital letter end a sentence before a capital (the period closes the sentence too)', () => {
    expect(splitSentences('Lleve papel, lápices, etc. Luego empiece.')).toEqual(['Lleve papel, lápices, etc.', 'Luego empiece.']);
    expect(splitSentences('Primero el grupo A y luego el grupo B. Si va tarde, acorte.')).toEqual(['Primero el grupo A y luego el grupo B.', 'Si va tarde, acorte.']);
  });
  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(splitSentences('Pregunte: «¿Es para usted?». Después escuche (sin interrumpir). Fin.')).toEqual([
      'Pregunte: «¿Es para usted?».',
      'Después escuche (sin interrumpir).',
      'Fin.',
    ]);
  });
  it('ends one after a number at the end of a sentence', () => {
    expect(splitSentences('Lo dice la sección 3.1.2. Luego vino la etapa II.')).toHaveLength(2);
  });
  it('counts headings and list items as sentences of their own, and skips blocks with no word', () => {
    const counts = countText(['Cómo vender', 'Saluda con amabilidad.', 'Pregunta qué necesita', '2.965', '']);
    expect(counts.sentences).toBe(3);
    expect(counts.words).toBe(8);
  });
  it('gives where each sentence starts in its block', () => {
    expect(sentenceSpans('  Uno dos.  Tres cuatro.')).toEqual([
      { text: 'Uno dos.', start: 2 },
      { text: 'Tres cuatro.', start: 12 },
    ]);
  });
});

describe('Szigriszt-Pazos and INFLESZ', () => {
  // Counted by hand:
  //   ¿Quie-res ven-der más?                                  3 words,  5 syllables
  //   Pre-gun-ta qué ne-ce-si-ta tu clien-te y mues-tra el
  //   be-ne-fi-cio de tu pro-duc-to.                         12 words, 24 syllables
  //   El pa-ís tie-ne mu-chas ciu-da-des.                      5 words, 10 syllables
  //   P = 206.835 − 62.3 × 39/20 − 20/3 = 206.835 − 121.485 − 6.6667 = 78.6833
  const reference = '¿Quieres vender más? Pregunta qué necesita tu cliente y muestra el beneficio de tu producto. El país tiene muchas ciudades.';

  it('scores a reference text counted by hand', () => {
    const result = readability(reference);
    expect(result).toMatchObject({ sentences: 3, words: 20, syllables: 39, level: 'bastante fácil' });
    expect(result.score).toBeCloseTo(78.6833, 3);
  });

  it('applies P = 206.835 − 62.3 · syllables/words − words/sentences', () => {
    expect(perspicuity({ sentences: 2, words: 40, syllables: 80 })).toBeCloseTo(206.835 - 124.6 - 20, 6);
    expect(perspicuity({ sentences: 0, words: 0, syllables: 0 })).toBeNull();
    expect(readability('2.965 · 1.002')).toMatchObject({ score: null, level: null });
  });

  it('reads the score on the INFLESZ scale of Barrio-Cantalejo', () => {
    expect(infleszLevel(39.9)).toBe('muy difícil');
    expect(infleszLevel(40)).toBe('algo difícil');
    expect(infleszLevel(54.9)).toBe('algo difícil');
    expect(infleszLevel(55)).toBe('normal');
    expect(infleszLevel(64.9)).toBe('normal');
    expect(infleszLevel(65)).toBe('bastante fácil');
    expect(infleszLevel(80)).toBe('bastante fácil');
    expect(infleszLevel(80.1)).toBe('muy fácil');
  });
});

describe('long sentences', () => {
  const long = `Este taller ${'reúne a personas que emprenden '.repeat(6).trim()} en el cantón.`; // 2 + 30 + 3 words
  it('finds sentences over the limit, with their length and where they start', () => {
    const found = longSentences(`Una frase corta. ${long} Otra corta.`, 30);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ words: 35, start: 17 });
    expect(longSentences(long, 35)).toEqual([]);
  });
  it('shows the first words of a sentence', () => {
    expect(firstWords(long, 4)).toBe('Este taller reúne a…');
    expect(firstWords('Dos palabras.', 4)).toBe('Dos palabras.');
  });
});
