// Validation of the built-in question files (main side only: zod stays out of the renderer).
import { z } from 'zod';
import {
  FRAMEWORKS,
  FRAMEWORK_STEPS,
  QUESTION_DIRECTIONS,
  QUESTION_ID,
  type Framework,
} from './questionBank';

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
      throw new Error(
        `Bad question file ${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
      );
    }
    for (const q of parsed.data.questions) {
      if (seen.has(q.id)) throw new Error(`Duplicate question id ${q.id} in ${path}`);
      seen.add(q.id);
      out.push(q);
    }
  }
  return out;
}
