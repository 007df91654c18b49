import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src-main/shared/questions/questionBank';
import {
  categorySlug,
  matchesQuery,
  shortTitle,
  stepLabel,
} from '../../../src-renderer/src/features/questions/questionGroups';
import { draftOf, updatePatch } from '../../../src-renderer/src/features/questions/questionDraft';

const q = (partial: Partial<Question> = {}): Question => ({
  id: 'grow-goal-01',
  text: 'Where do you want to be?',
  direction: 'manager-asks',
  category: 'aspirations',
  framework: 'grow',
  step: 'goal',
  difficulty: 1,
  probes: ['Why?', 'By when?'],
  tip: 'Be concrete.',
  builtIn: true,
  edited: false,
  hidden: false,
  tags: ['Promotion'],
  due: null,
  lastGrade: null,
  version: 1,
  ...partial,
});

describe('question rules', () => {
  it('turns typed categories into slugs, or refuses', () => {
    expect(categorySlug('Job Security!')).toBe('job-security');
    expect(categorySlug('  2025 goals')).toBe('goals');
    expect(categorySlug('!!!')).toBeNull();
  });

  it('matches every word in text, tip, probes or tags, ignoring case', () => {
    expect(matchesQuery(q(), 'promotion concrete')).toBe(true);
    expect(matchesQuery(q(), 'by WHEN')).toBe(true);
    expect(matchesQuery(q(), 'promotion salary')).toBe(false);
  });

  it('labels steps and shortens titles', () => {
    expect(stepLabel(q({ framework: 'five-as', step: 'accelerate' }))).toBe("Five A's: Accelerate");
    expect(stepLabel(q({ framework: 'mine', step: 'any' }))).toBe('Your own questions');
    expect(shortTitle('   ')).toBe('Untitled question');
    expect(shortTitle('a'.repeat(60))).toHaveLength(40);
  });

  it('sends only changed wording for a built-in, never its category or difficulty', () => {
    const saved = q();
    expect(updatePatch(draftOf(saved), saved)).toBeNull();
    const draft = {
      ...draftOf(saved),
      tip: 'Name a date.',
      category: 'other',
      difficulty: 3 as const,
      probes: ['Why?', ' ', 'By when?'],
    };
    expect(updatePatch(draft, saved)).toEqual({ tip: 'Name a date.' });
    expect(updatePatch({ ...draftOf(saved), text: '   ' }, saved)).toBeNull();
  });

  it('sends category, difficulty and direction for the user own question', () => {
    const saved = q({ builtIn: false, framework: 'mine', step: 'any', category: 'mine' });
    const draft = {
      ...draftOf(saved),
      category: 'Job security',
      difficulty: 3 as const,
      direction: 'employee-asks' as const,
    };
    expect(updatePatch(draft, saved)).toEqual({
      category: 'job-security',
      difficulty: 3,
      direction: 'employee-asks',
    });
  });
});
