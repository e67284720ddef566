/**
 * The GET's meetings to answer the diagnostic: which dimensions each meeting covers and its agenda.
 * Computed from the instrument, so the facilitation guide never names a dimension or a count that the
 * instrument no longer has.
 */
import { formatNumber } from '../format.ts';

export interface AgendaItem {
  activity: string;
  minutes: number;
  method: string;
}

interface WithIndicators {
  indicators: readonly unknown[];
}

/** «1 pregunta», «9 preguntas». */
export const questionsText = (count: number) => (count === 1 ? '1 pregunta' : `${formatNumber(count)} preguntas`);

/** How many questions a list of dimensions holds. */
export const questionCount = (dimensions: readonly WithIndicators[]) => dimensions.reduce((sum, d) => sum + d.indicators.length, 0);

/**
 * Splits the dimensions, kept in instrument order, into `meetings` consecutive groups whose question
 * counts are as even as possible (the largest group as small as it can be). Where two splits are
 * equally even, the earlier meetings take more: a group starts fresh and ends tired. Every meeting
 * gets at least one dimension.
 */
export function splitIntoMeetings<D extends WithIndicators>(dimensions: readonly D[], meetings: number): D[][] {
  if (!Number.isInteger(meetings) || meetings < 1) throw new Error(`A split needs one meeting or more, not ${meetings}`);
  if (dimensions.length < meetings) throw new Error(`${dimensions.length} dimension(s) cannot fill ${meetings} meetings`);
  const prefix = [0];
  for (const dimension of dimensions) prefix.push(prefix.at(-1)! + dimension.indicators.length);
  const load = (from: number, to: number) => prefix[to] - prefix[from];
  // best[j][i]: the smallest largest load of the first i dimensions in j meetings; cut[j][i]: where the j-th meeting starts.
  const best: number[][] = [[0, ...dimensions.map(() => Infinity)]];
  const cut: number[][] = [[]];
  for (let j = 1; j <= meetings; j++) {
    best.push([]);
    cut.push([]);
    for (let i = 0; i <= dimensions.length; i++) {
      best[j][i] = Infinity;
      for (let start = j - 1; start < i; start++) {
        const largest = Math.max(best[j - 1][start], load(start, i));
        // «<=»: among equal splits, the latest start, so the earlier meetings take more.
        if (largest <= best[j][i]) {
          best[j][i] = largest;
          cut[j][i] = start;
        }
      }
    }
  }
  const groups: D[][] = [];
  for (let j = meetings, end = dimensions.length; j >= 1; j--) {
    const start = cut[j][end];
    groups.unshift(dimensions.slice(start, end));
    end = start;
  }
  return groups;
}

/**
 * One meeting's agenda: what opens it, a row per dimension (its number in the instrument, its title,
 * its questions, and minutes at `minutesPerQuestion` each), then what closes it.
 */
export function meetingAgenda(options: {
  opening: readonly AgendaItem[];
  dimensions: readonly (WithIndicators & { title: string; number: number })[];
  closing: readonly AgendaItem[];
  minutesPerQuestion: number;
  method: string;
}): AgendaItem[] {
  const { opening, dimensions, closing, minutesPerQuestion, method } = options;
  return [
    ...opening,
    ...dimensions.map((dimension) => ({
      activity: `Dimensión ${dimension.number}. ${dimension.title} (${questionsText(dimension.indicators.length)})`,
      minutes: dimension.indicators.length * minutesPerQuestion,
      method,
    })),
    ...closing,
  ];
}
