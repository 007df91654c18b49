// The editable part of a question and how a draft becomes the smallest write: a built-in's overlay
// must hold only what the user changed, so unchanged fields are never sent.
import type {
  Question,
  QuestionDirection,
} from '../../../../src-main/shared/questions/questionBank';
import type { Args } from '../../../../src-main/shared/contract';
import { categorySlug } from './questionGroups';

export interface QuestionDraft {
  text: string;
  tip: string;
  probes: string[];
  /** As typed; turned into a slug when saved. */
  category: string;
  difficulty: 1 | 2 | 3;
  direction: QuestionDirection;
  tags: string[];
}

export const MAX_PROBES = 3;

export function draftOf(q: Question): QuestionDraft {
  return {
    text: q.text,
    tip: q.tip,
    probes: [...q.probes],
    category: q.category,
    difficulty: q.difficulty,
    direction: q.direction,
    tags: [...q.tags],
  };
}

export function cleanProbes(probes: readonly string[]): string[] {
  return probes.map((p) => p.trim()).filter(Boolean);
}

/** The fields of `questions.update` that differ from what is saved; null when nothing does. */
export function updatePatch(
  draft: QuestionDraft,
  saved: Question,
): Omit<Args<'questions.update'>, 'id'> | null {
  const patch: Omit<Args<'questions.update'>, 'id'> = {};
  const text = draft.text.trim();
  if (text && text !== saved.text) patch.text = text;
  if (draft.tip !== saved.tip) patch.tip = draft.tip;
  const probes = cleanProbes(draft.probes);
  if (JSON.stringify(probes) !== JSON.stringify(saved.probes)) patch.probes = probes;
  // Built-ins keep their category, difficulty and direction: the overlay holds wording only.
  if (!saved.builtIn) {
    if (draft.direction !== saved.direction) patch.direction = draft.direction;
    if (draft.difficulty !== saved.difficulty) patch.difficulty = draft.difficulty;
    const category = categorySlug(draft.category);
    if (category && category !== saved.category) patch.category = category;
  }
  return Object.keys(patch).length ? patch : null;
}

export function tagsChanged(draft: QuestionDraft, saved: Question): boolean {
  return JSON.stringify(draft.tags) !== JSON.stringify(saved.tags);
}
