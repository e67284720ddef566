/**
 * The moves of a quiz attempt, as pure functions from state to state. The island calls these and
 * renders what they return; nothing here touches the DOM or storage.
 */
import { scoreQuiz } from './scoring.ts';
import { initialState, type QuizState } from './state.ts';
import type { Quiz, QuizQuestion } from './types.ts';

/** Whether the answer to a question can still change. */
export function isLocked(state: QuizState, questionId: string): boolean {
  return state.finished || state.checked.includes(questionId);
}

/** Picks an option: replaces the choice for single and true/false, toggles it for multiple. */
export function selectOption(state: QuizState, question: QuizQuestion, optionId: string): QuizState {
  if (isLocked(state, question.id) || !question.options.some((option) => option.id === optionId)) return state;
  const previous = state.answers[question.id] ?? [];
  const selected =
    question.type === 'multiple'
      ? previous.includes(optionId)
        ? previous.filter((id) => id !== optionId)
        : question.options.map((option) => option.id).filter((id) => id === optionId || previous.includes(id))
      : [optionId];
  return { ...state, answers: { ...state.answers, [question.id]: selected } };
}

/** Marks a question as checked, which shows its feedback (immediate-feedback quizzes). */
export function checkAnswer(state: QuizState, questionId: string): QuizState {
  if (state.checked.includes(questionId) || !(state.answers[questionId]?.length)) return state;
  return { ...state, checked: [...state.checked, questionId] };
}

export function goTo(state: QuizState, quiz: Quiz, index: number): QuizState {
  const current = Math.max(0, Math.min(index, quiz.questions.length - 1));
  return { ...state, current };
}

/** Ends the attempt; keeps the best percentage, the first attempt's and the latest's. */
export function finish(state: QuizState, quiz: Quiz): QuizState {
  if (state.finished) return state;
  const { percent } = scoreQuiz(quiz, state.answers);
  return { ...state, finished: true, best: Math.max(state.best ?? 0, percent), first: state.first ?? percent, last: percent };
}

/**
 * What the review of a finished attempt may show. The entry/exit evaluation's first attempt is the
 * entry test: it shows only the score, so the exit test still measures what was learnt.
 */
export function reviewFor(quiz: Quiz, state: QuizState): Quiz['review'] {
  if (quiz.purpose === 'pre-post' && state.attempt === 1) return { correctness: false, rightAnswer: false, feedback: false };
  return quiz.review;
}

/** A new attempt with a new seed (so shuffled options change), keeping the attempt count and best score. */
export function retry(state: QuizState, quiz: Quiz, seed: number): QuizState {
  return initialState(quiz, seed, state);
}

/** Whether a question has an answer, by position, for the question navigator. */
export function answeredFlags(state: QuizState, quiz: Quiz): boolean[] {
  return quiz.questions.map((question) => (state.answers[question.id]?.length ?? 0) > 0);
}

/** Questions not answered yet, by position (1-based), for the "finish" warning. */
export function unanswered(state: QuizState, quiz: Quiz): number[] {
  return quiz.questions.flatMap((question, index) => ((state.answers[question.id]?.length ?? 0) > 0 ? [] : [index + 1]));
}
