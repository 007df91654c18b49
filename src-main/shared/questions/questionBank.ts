// The question bank: built-in questions (resources/questions/*.json, validated at load) and the
// user's own. Frameworks reuse the conversation template ids so a rehearsal can follow a template.
// No zod here: the renderer imports these names, and zod probes eval (a CSP violation) as it loads.
export const QUESTION_DIRECTIONS = ['manager-asks', 'employee-asks'] as const;
export type QuestionDirection = (typeof QUESTION_DIRECTIONS)[number];

/** Framework → its steps, in the order a conversation walks through them. */
export const FRAMEWORK_STEPS = {
  grow: ['goal', 'reality', 'options', 'will'],
  'five-as': ['appreciate', 'assess', 'anticipate', 'align', 'accelerate'],
  'current-future-plan': ['current', 'future', 'plan'],
  'hard-questions': ['security', 'reputation', 'visibility', 'mobility', 'learning', 'workload'],
  mine: ['any'],
} as const;
export type Framework = keyof typeof FRAMEWORK_STEPS;
export const FRAMEWORKS = Object.keys(FRAMEWORK_STEPS) as Framework[];

export const QUESTION_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

/** A question as the app shows it: built-in with the user's overlay applied, or the user's own. */
export interface Question {
  id: string;
  text: string;
  direction: QuestionDirection;
  category: string;
  framework: Framework;
  step: string;
  difficulty: 1 | 2 | 3;
  probes: string[];
  tip: string;
  builtIn: boolean;
  /** True when the user changed a built-in's text, tip or probes. */
  edited: boolean;
  hidden: boolean;
  tags: string[];
  /** Spaced practice: next due time (ms) and last grade, null when never practised. */
  due: number | null;
  lastGrade: Grade | null;
  /** Raised by one when the wording, tip, follow-ups or classification change; a save names the one it was based on. */
  version: number;
}
