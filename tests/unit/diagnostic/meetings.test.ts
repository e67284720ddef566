import { describe, expect, it } from 'vitest';
import { meetingAgenda, questionCount, questionsText, splitIntoMeetings } from '../../../src/lib/diagnostic/meetings.ts';

/** Dimensions named by letter, with this many questions each. */
const dimensions = (...counts: number[]) =>
  counts.map((count, index) => ({ title: String.fromCharCode(65 + index), indicators: Array.from({ length: count }, (_, i) => i) }));
const titles = (groups: { title: string }[][]) => groups.map((group) => group.map((d) => d.title).join(''));

describe('splitting the dimensions into the GET’s meetings', () => {
  it('keeps instrument order and evens out the questions (version 2: 31 and 29 of 60)', () => {
    const groups = splitIntoMeetings(dimensions(5, 6, 6, 5, 9, 10, 5, 3, 5, 6), 2);
    expect(titles(groups)).toEqual(['ABCDE', 'FGHIJ']);
    expect(groups.map(questionCount)).toEqual([31, 29]);
  });

  it('gives every dimension to exactly one meeting', () => {
    const all = dimensions(7, 1, 1, 1, 1, 1, 1, 9);
    expect(splitIntoMeetings(all, 2).flat()).toEqual(all);
  });

  it('puts a heavy first dimension alone when that is the most even split', () => {
    expect(titles(splitIntoMeetings(dimensions(20, 3, 3, 3), 2))).toEqual(['A', 'BCD']);
  });

  it('lets the first meeting take more when two splits are equally even', () => {
    // 4+2 | 4 and 4 | 2+4 both leave a largest meeting of 6.
    expect(titles(splitIntoMeetings(dimensions(4, 2, 4), 2))).toEqual(['AB', 'C']);
  });

  it('splits into any number of meetings, each with a dimension at least', () => {
    expect(titles(splitIntoMeetings(dimensions(3, 3, 3, 3, 3, 3), 3))).toEqual(['AB', 'CD', 'EF']);
    expect(titles(splitIntoMeetings(dimensions(1, 50), 2))).toEqual(['A', 'B']);
    expect(titles(splitIntoMeetings(dimensions(4, 4), 1))).toEqual(['AB']);
  });

  it('refuses more meetings than dimensions', () => {
    expect(() => splitIntoMeetings(dimensions(5), 2)).toThrow(/1 dimension\(s\) cannot fill 2 meetings/);
    expect(() => splitIntoMeetings(dimensions(5), 0)).toThrow(/one meeting or more/);
  });
});

describe('a meeting’s agenda', () => {
  it('opens, gives each dimension its minutes per question, and closes', () => {
    const agenda = meetingAgenda({
      opening: [{ activity: 'Bienvenida', minutes: 10, method: 'Plenaria' }],
      dimensions: [
        { number: 4, title: 'Datos', indicators: [1, 2, 3] },
        { number: 5, title: 'Servicios', indicators: [1] },
      ],
      closing: [{ activity: 'Cierre', minutes: 5, method: 'Plenaria' }],
      minutesPerQuestion: 3,
      method: 'Acuerdo con evidencias',
    });
    expect(agenda).toEqual([
      { activity: 'Bienvenida', minutes: 10, method: 'Plenaria' },
      { activity: 'Dimensión 4. Datos (3 preguntas)', minutes: 9, method: 'Acuerdo con evidencias' },
      { activity: 'Dimensión 5. Servicios (1 pregunta)', minutes: 3, method: 'Acuerdo con evidencias' },
      { activity: 'Cierre', minutes: 5, method: 'Plenaria' },
    ]);
  });

  it('counts questions in Spanish', () => {
    expect(questionsText(1)).toBe('1 pregunta');
    expect(questionsText(60)).toBe('60 preguntas');
  });
});
