// The question bank: built-in questions (resources/questions/*.json, validated at load) and the
// user's own. Frameworks reuse the conversation template ids so a rehearsal can follow a template.
import { z } from 'zod';

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
const slug = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a lower-case slug');
const sentence = z.string().trim().min(3).max(1000);

export const bankQuestionSchema = z
  .object({
    id: z.string().regex(QUESTION_ID, 'not a question id'),
    text: sentence,
    direction: z.enum(QUESTION_DIRECTIONS),
    category: slug,
    framework: z.enum(FRAMEWORKS as [Framework, ...Framework[]]),
    step: slug,
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    probes: z.array(sentence).min(2).max(3),
    tip: sentence,
  })
  .strict()
  .refine((q) => (FRAMEWORK_STEPS[q.framework] as readonly string[]).includes(q.step), {
    message: 'the step does not belong to the framework',
    path: ['step'],
  });

export type BankQuestion = z.infer<typeof bankQuestionSchema>;

export const bankFileSchema = z
  .object({ theme: slug, questions: z.array(bankQuestionSchema).min(1) })
  .strict();

/** Validates every file and the uniqueness of ids across them; throws naming the file and id. */
export function parseBank(files: Record<string, unknown>): BankQuestion[] {
  const out: BankQuestion[] = [];
  const seen = new Set<string>();
  for (const [path, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = bankFileSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`Bad question file ${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`);
    }
    for (const q of parsed.data.questions) {
      if (seen.has(q.id)) throw new Error(`Duplicate question id ${q.id} in ${path}`);
      seen.add(q.id);
      out.push(q);
    }
  }
  return out;
}

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
}
