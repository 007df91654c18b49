// Small argument schemas shared by every channel group.
import { z } from 'zod';
import { isRealIsoDate } from './dates';

export const id = z.string().min(1).max(64);

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date must look like 2026-11-21')
  .refine(isRealIsoDate, 'not a real calendar date');

export const empty = z.object({}).strict();
