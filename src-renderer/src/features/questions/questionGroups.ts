// Pure rules of the Questions view: labels, the search filter and grouping by category or step.
import {
  FRAMEWORKS,
  FRAMEWORK_STEPS,
  type Framework,
  type Question,
} from '../../../../src-main/shared/questions/questionBank';

export type Grouping = 'category' | 'step';

export interface QuestionGroup {
  key: string;
  label: string;
  questions: Question[];
}

const FRAMEWORK_LABELS: Record<Framework, string> = {
  grow: 'GROW',
  'five-as': "Five A's",
  'current-future-plan': 'Current role, future roles, plan',
  'hard-questions': 'Hard questions',
  mine: 'Your own',
};

/** "job-security" → "Job security". */
export function slugLabel(slug: string): string {
  const words = slug.replace(/-/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : slug;
}

export function frameworkLabel(framework: Framework): string {
  return FRAMEWORK_LABELS[framework] ?? slugLabel(framework);
}

export function stepLabel(q: Pick<Question, 'framework' | 'step'>): string {
  if (q.framework === 'mine') return 'Your own questions';
  return `${frameworkLabel(q.framework)}: ${slugLabel(q.step)}`;
}

export const DIFFICULTY_LABELS: Record<1 | 2 | 3, string> = {
  1: 'Gentle',
  2: 'Probing',
  3: 'Hard',
};

export function directionLabel(direction: Question['direction']): string {
  return direction === 'manager-asks' ? 'The manager asks' : 'The employee asks';
}

/** Every word of the query must appear in the text, tip, probes or tags (any case). */
export function matchesQuery(q: Question, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [q.text, q.tip, ...q.probes, ...q.tags].join('\n').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export interface QuestionFilter {
  query: string;
  showHidden: boolean;
  tags: string[];
}

export function filterQuestions(
  questions: readonly Question[],
  filter: QuestionFilter,
): Question[] {
  const wanted = filter.tags.map((t) => t.toLowerCase());
  return questions.filter(
    (q) =>
      (filter.showHidden || !q.hidden) &&
      wanted.every((t) => q.tags.some((own) => own.toLowerCase() === t)) &&
      matchesQuery(q, filter.query),
  );
}

function stepOrder(q: Question): number {
  const f = FRAMEWORKS.indexOf(q.framework);
  const s = (FRAMEWORK_STEPS[q.framework] as readonly string[]).indexOf(q.step);
  return (f < 0 ? FRAMEWORKS.length : f) * 100 + (s < 0 ? 99 : s);
}

/** Categories alphabetically (the user's own category last); steps in the order a conversation walks them. */
export function groupQuestions(
  questions: readonly Question[],
  grouping: Grouping,
): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup & { order: number }>();
  for (const q of questions) {
    const key =
      grouping === 'category' ? `category:${q.category}` : `step:${q.framework}/${q.step}`;
    let group = groups.get(key);
    if (!group) {
      group =
        grouping === 'category'
          ? {
              key,
              label: q.category === 'mine' ? 'Your own' : slugLabel(q.category),
              questions: [],
              order: 0,
            }
          : { key, label: stepLabel(q), questions: [], order: stepOrder(q) };
      groups.set(key, group);
    }
    group.questions.push(q);
  }
  const list = [...groups.values()];
  if (grouping === 'category') {
    list.sort(
      (a, b) =>
        Number(a.key === 'category:mine') - Number(b.key === 'category:mine') ||
        a.label.localeCompare(b.label),
    );
  } else {
    list.sort((a, b) => a.order - b.order);
  }
  return list.map(({ key, label, questions: qs }) => ({ key, label, questions: qs }));
}

/** Every tag in use, case-insensitively unique, alphabetically. */
export function tagsInUse(questions: readonly Question[]): string[] {
  const seen = new Map<string, string>();
  for (const q of questions)
    for (const t of q.tags) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/** A category slug from what the user typed ("Job Security!" → "job-security"), or null if none fits. */
export function categorySlug(raw: string): string | null {
  const slug = raw
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return /^[a-z][a-z0-9-]{0,39}$/.test(slug) ? slug : null;
}

/** The tab title: the question's first words. */
export function shortTitle(text: string, max = 40): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return 'Untitled question';
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}
