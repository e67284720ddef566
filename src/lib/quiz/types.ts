/** The quiz as the island receives it: the validated `cuestionarios` entry, plain and serialisable. */

export type QuestionType = 'single' | 'multiple' | 'truefalse';

export interface QuizOption {
  id: string;
  text: string;
  correct: boolean;
  feedback: string;
}

export interface QuizQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  options: QuizOption[];
}

export interface ScoreBand {
  min: number;
  label: string;
  message: string;
}

/** What a finished attempt shows (Moodle's review options). */
export interface ReviewOptions {
  /** Whether each answer was right. */
  correctness: boolean;
  /** Which options were correct, including those not chosen. */
  rightAnswer: boolean;
  /** The explanation of each option. */
  feedback: boolean;
}

export interface Quiz {
  id: string;
  title: string;
  /** 'pre-post' is the course's entry/exit evaluation: its first attempt shows only the score. */
  purpose: 'modulo' | 'pre-post' | 'validacion';
  passMark: number;
  feedbackTiming: 'inmediata' | 'final';
  shuffle: boolean;
  partialCredit: boolean;
  review: ReviewOptions;
  bands: ScoreBand[];
  questions: QuizQuestion[];
}

/** Selected option ids per question id. */
export type Answers = Record<string, string[]>;
