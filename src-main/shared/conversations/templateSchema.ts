// The shape of a conversation template (built-in files in resources/templates and user templates).
import { z } from 'zod';

const line = (max: number) => z.string().trim().min(1).max(max);

export const templateSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a template id is lower-case letters, digits and dashes'),
    name: line(200),
    description: z.string().max(2000),
    myRole: z.enum(['employee', 'manager', 'either']),
    kind: z.enum(['career', 'one-on-one', 'review-prep', 'mentoring']),
    sections: z
      .array(
        z
          .object({
            title: line(500),
            minutes: z.number().int().min(0).max(1440),
            /** Prompting questions shown beside the item; never copied into its text. */
            hints: z.array(line(1000)).max(20),
          })
          .strict(),
      )
      .max(200),
    questions: z
      .array(
        z
          .object({
            question: line(1000),
            hint: z.string().max(1000),
            /** What the other person may ask next, for rehearsal (built-in templates carry them). */
            probes: z.array(line(1000)).max(10).optional(),
          })
          .strict(),
      )
      .max(100),
  })
  .strict();

export type Template = z.infer<typeof templateSchema>;
