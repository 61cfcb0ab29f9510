// The exam's vocabulary. These types are plain data so that they can be stored, sent and compared
// without any class or framework in between.

export interface Topic {
  id: string;
  name: string;
}

export interface Domain {
  id: string;
  name: string;
  /** Relative weight; quotas are computed from these, so they need not add up to 100. */
  weight: number;
  topics: Topic[];
}

export interface Blueprint {
  id: string;
  title: string;
  questionCount: number;
  durationMinutes: number;
  passPercent: number;
  domains: Domain[];
}

export interface QuestionOption {
  id: string;
  text: string;
  /** Stays at its index when options are shuffled (e.g. "None of the above"). */
  fixed?: boolean;
}

export interface CodeSnippet {
  language: 'python';
  source: string;
}

export interface Reference {
  title: string;
  url: string;
}

/** Text that a later locale can override; English stays the original. */
export interface LocalizedText {
  stem?: string;
  options?: Record<string, string>;
  explanation?: string;
  optionNotes?: Record<string, string>;
}

export type Difficulty = 'easy' | 'medium' | 'hard';

export interface Question {
  id: string;
  domain: string;
  topic: string;
  difficulty: Difficulty;
  stem: string;
  code?: CodeSnippet;
  options: QuestionOption[];
  answer: string[];
  explanation: string;
  optionNotes: Record<string, string>;
  references: Reference[];
  checked: { against: string; version: string; date: string };
  /** Ids of questions that must not be served in the same exam: one would give the other away. */
  notWith?: string[];
  i18n?: Record<string, LocalizedText>;
}

/** A random source in [0, 1). The engine never reaches for Math.random itself. */
export type Rng = () => number;
