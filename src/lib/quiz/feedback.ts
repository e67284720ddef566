/**
 * The feedback a learner reads after checking an answer, composed as one coherent Spanish message.
 *
 * The content writes each option's feedback on its own, and the feedback of a correct option
 * starts with «Correcto.». Shown one after the other under a «No es correcto.» verdict, a partly
 * right multiple-answer question read «No es correcto. … Correcto. … Correcto. … Correcto. …».
 * Here the question gets one summary instead (how many of the correct options were chosen and how
 * many wrong ones), and its options are grouped under headings that already say which are right
 * and which are wrong, each with its own explanation once, without the verdict word at its start.
 */
import { correctIds, isCorrect } from './scoring.ts';
import type { QuizQuestion } from './types.ts';

/** right: exactly the correct options; partial: some correct ones, but not exactly them; wrong: none. */
export type Verdict = 'right' | 'partial' | 'wrong';

export interface FeedbackOption {
  id: string;
  text: string;
  explanation: string;
}

export interface FeedbackGroup {
  /** What the options of the group are; the island and the review mark them with it. */
  kind: 'chosen' | 'chosen-right' | 'chosen-wrong' | 'missed' | 'right-answer';
  /** Said before the options ("Elegiste bien"); empty when the summary already says it all. */
  heading: string;
  options: FeedbackOption[];
}

export interface QuestionFeedback {
  verdict: Verdict;
  /** One or two sentences: the verdict and, for multiple-answer questions, the counts. */
  summary: string;
  groups: FeedbackGroup[];
}

const VERDICT_AT_START = /^\s*¡?\s*(?:correct[oa]|incorrect[oa]|no es correct[oa])\s*[.!:;,]+\s*/i;

/**
 * An option's feedback without the verdict word it starts with («Correcto.», «Incorrecto.»), for
 * places where a heading or a label already says whether the option is right.
 */
export function withoutVerdict(feedback: string): string {
  const rest = feedback.replace(VERDICT_AT_START, '');
  if (rest === feedback || rest.trim() === '') return feedback.trim();
  return rest.charAt(0).toLocaleUpperCase('es') + rest.slice(1);
}

/** Ends a sentence with a period unless it already ends in punctuation. */
const sentence = (text: string) => {
  const trimmed = text.trim();
  return /[.!?…»"]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

const plural = (n: number, singular: string, many: string) => (n === 1 ? singular : many);

/** "las 3 opciones correctas", "la opción correcta". */
const correctOptions = (n: number) => (n === 1 ? 'la opción correcta' : `las ${n} opciones correctas`);

/**
 * What a partly right multiple-answer question says: how many of the correct options were chosen,
 * and how many wrong ones. With `revealTotal` false (a review that hides the right answers), it
 * does not say how many correct options there are.
 */
export function partialSummary(chosenRight: number, totalRight: number, chosenWrong: number, revealTotal = true): string {
  const wrongPart = chosenWrong > 0 ? `${chosenWrong} que no ${plural(chosenWrong, 'lo es', 'lo son')}` : '';
  if (!revealTotal) {
    if (chosenWrong === 0) {
      const chosen = chosenRight === 1 ? 'la opción que elegiste es correcta' : `las ${chosenRight} opciones que elegiste son correctas`;
      return `En parte: ${chosen}, pero te falta alguna.`;
    }
    return `En parte: ${chosenRight} de tus opciones ${plural(chosenRight, 'es correcta', 'son correctas')} y ${chosenWrong} no ${plural(chosenWrong, 'lo es', 'lo son')}.`;
  }
  if (chosenRight === totalRight) return `En parte: elegiste ${correctOptions(totalRight)}, pero también ${wrongPart}.`;
  const right = `elegiste ${chosenRight} de las ${totalRight} opciones correctas`;
  return chosenWrong > 0 ? `En parte: ${right} y ${wrongPart}.` : `En parte: ${right}.`;
}

/** Which of the question's options were chosen right, chosen wrong, and missed. */
export function answerParts(question: QuizQuestion, selected: readonly string[]) {
  const right = correctIds(question);
  const pick = (test: (option: QuizQuestion['options'][number]) => boolean) =>
    question.options.filter(test).map((option) => ({ id: option.id, text: option.text, feedback: option.feedback }));
  return {
    chosenRight: pick((option) => option.correct && selected.includes(option.id)),
    chosenWrong: pick((option) => !option.correct && selected.includes(option.id)),
    missed: pick((option) => option.correct && !selected.includes(option.id)),
    totalRight: right.length,
  };
}

export function verdictOf(question: QuizQuestion, selected: readonly string[]): Verdict {
  if (isCorrect(question, selected)) return 'right';
  const { chosenRight } = answerParts(question, selected);
  return question.type === 'multiple' && chosenRight.length > 0 ? 'partial' : 'wrong';
}

type Part = { id: string; text: string; feedback: string };
const group = (kind: FeedbackGroup['kind'], heading: string, parts: Part[], strip: boolean): FeedbackGroup[] =>
  parts.length === 0
    ? []
    : [{ kind, heading, options: parts.map(({ id, text, feedback }) => ({ id, text, explanation: strip ? withoutVerdict(feedback) : feedback.trim() })) }];

/**
 * The feedback shown right after "Comprobar respuesta", where the right answer is always shown.
 * A single-answer question answered right keeps its option's feedback as written, under «¡Correcto!».
 */
export function questionFeedback(question: QuizQuestion, selected: readonly string[]): QuestionFeedback {
  const verdict = verdictOf(question, selected);
  const { chosenRight, chosenWrong, missed, totalRight } = answerParts(question, selected);

  if (question.type !== 'multiple') {
    if (verdict === 'right') return { verdict, summary: '¡Correcto!', groups: group('chosen', '', chosenRight, false) };
    return {
      verdict,
      summary: 'No es correcto.',
      groups: [...group('chosen-wrong', 'Tu respuesta', chosenWrong, true), ...group('right-answer', 'La respuesta correcta', missed, true)],
    };
  }

  const summary =
    verdict === 'right'
      ? `¡Correcto! Elegiste ${totalRight === 1 ? 'la única opción correcta' : `las ${totalRight} opciones correctas`}.`
      : verdict === 'partial'
        ? partialSummary(chosenRight.length, totalRight, chosenWrong.length)
        : `No es correcto: ${chosenWrong.length === 1 ? 'la opción que elegiste no es correcta' : 'ninguna de las opciones que elegiste es correcta'}.`;
  return {
    verdict,
    summary,
    groups: [
      ...group('chosen-right', 'Elegiste bien', chosenRight, true),
      ...group('chosen-wrong', plural(chosenWrong.length, 'No es correcta', 'No son correctas'), chosenWrong, true),
      ...group(
        'missed',
        verdict === 'wrong'
          ? plural(missed.length, 'La respuesta correcta', 'Las respuestas correctas')
          : plural(missed.length, 'También es correcta', 'También son correctas'),
        missed,
        true,
      ),
    ],
  };
}

/** The same feedback as one text, for the screen reader's live region. */
export function feedbackText(feedback: QuestionFeedback): string {
  const groups = feedback.groups.map((part) => {
    const texts = part.options.map((option) => (part.heading ? `${sentence(option.text)} ${sentence(option.explanation)}` : sentence(option.explanation)));
    return [part.heading ? `${part.heading}:` : '', ...texts].filter(Boolean).join(' ');
  });
  return [feedback.summary, ...groups].join(' ');
}

/**
 * The line that says how a question went in the review of a finished attempt. A partly right
 * multiple-answer question gets the counts; with `revealTotal` false (the quiz does not show the
 * right answers), without the number of correct options.
 */
export function reviewStatus(question: QuizQuestion, selected: readonly string[], revealTotal: boolean): { verdict: Verdict | 'unanswered'; text: string } {
  if (selected.length === 0) return { verdict: 'unanswered', text: 'Sin responder' };
  const verdict = verdictOf(question, selected);
  if (verdict !== 'partial') return { verdict, text: verdict === 'right' ? 'Correcta' : 'Incorrecta' };
  const { chosenRight, chosenWrong, totalRight } = answerParts(question, selected);
  return { verdict, text: partialSummary(chosenRight.length, totalRight, chosenWrong.length, revealTotal) };
}
