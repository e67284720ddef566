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

export interface Quiz {
  id: string;
  title: string;
  passMark: number;
  feedbackTiming: 'inmediata' | 'final';
  shuffle: boolean;
  bands: ScoreBand[];
  questions: QuizQuestion[];
}

/** Selected option ids per question id. */
export type Answers = Record<string, string[]>;
