// The choices before a rehearsal: which conversation or which slice of the question bank.
import { bankRead, conversationListRead, dueRead, resumeSession } from './rehearsalQueries';
import {
  FRAMEWORK_STEPS,
  type Framework,
  type Question,
} from '../../../../src-main/shared/questions/questionBank';
import type { QuickPickItem } from '../../workbench/types';
import { notify, showQuickPick } from '../../workbench/store';
import { errorMessage } from '../../ui/errorMessage';
import { openRehearsal } from './overlayHost';
import type { RehearsalRequest } from './request';

type Source =
  { kind: 'conversation'; id: string; title: string } | { kind: 'category' } | { kind: 'step' };

const FRAMEWORK_NAMES: Record<Framework, string> = {
  grow: 'GROW',
  'five-as': 'Five A’s',
  'current-future-plan': 'Current role, future roles, plan',
  'hard-questions': 'Hard questions',
  mine: 'My own',
};

const words = (slug: string): string =>
  slug.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

function countBy<T>(items: T[], key: (item: T) => string): Map<string, { item: T; count: number }> {
  const out = new Map<string, { item: T; count: number }>();
  for (const item of items) {
    const k = key(item);
    const known = out.get(k);
    if (known) known.count += 1;
    else out.set(k, { item, count: 1 });
  }
  return out;
}

async function chooseFromBank(kind: 'category' | 'step'): Promise<RehearsalRequest | undefined> {
  const questions: Question[] = await bankRead.fresh({});
  if (kind === 'category') {
    const groups = [...countBy(questions, (q) => q.category).values()].sort((a, b) =>
      a.item.category.localeCompare(b.item.category),
    );
    const category = await showQuickPick(
      groups.map(({ item, count }) => ({
        label: words(item.category),
        description: `${count} questions`,
        value: item.category,
      })),
      'Rehearse questions of which category?',
    );
    return category
      ? { mode: 'filter', filter: { category }, title: `${words(category)} questions` }
      : undefined;
  }
  const order = (q: Question) =>
    `${Object.keys(FRAMEWORK_STEPS).indexOf(q.framework)}:${(FRAMEWORK_STEPS[q.framework] as readonly string[]).indexOf(q.step)}`;
  const groups = [...countBy(questions, (q) => `${q.framework}/${q.step}`).values()].sort((a, b) =>
    order(a.item).localeCompare(order(b.item)),
  );
  const picked = await showQuickPick(
    groups.map(({ item, count }) => ({
      label: `${FRAMEWORK_NAMES[item.framework]}: ${words(item.step)}`,
      description: `${count} questions`,
      value: { framework: item.framework, step: item.step },
    })),
    'Rehearse questions of which framework step?',
  );
  return picked
    ? {
        mode: 'filter',
        filter: picked,
        title: `${FRAMEWORK_NAMES[picked.framework]}: ${words(picked.step)}`,
      }
    : undefined;
}

/** `Rehearse: Start Rehearsal...`: a conversation (its anticipated questions first) or a slice of the bank. */
export async function startRehearsalFlow(): Promise<void> {
  try {
    const lists = await conversationListRead.fresh({});
    const items: QuickPickItem<Source>[] = [
      ...[...lists.upcoming, ...lists.past].map((c) => ({
        label: c.title || 'Untitled conversation',
        description: c.personName,
        detail: c.startsAt
          ? `Conversation on ${c.startsAt.replace('T', ' at ')}`
          : 'Conversation, not scheduled yet',
        icon: 'comment-discussion',
        value: {
          kind: 'conversation' as const,
          id: c.id,
          title: c.title || 'Untitled conversation',
        },
      })),
      {
        label: 'Questions by category…',
        description: 'from the question bank',
        icon: 'list-filter',
        value: { kind: 'category' },
      },
      {
        label: 'Questions by framework step…',
        description: 'from the question bank',
        icon: 'list-tree',
        value: { kind: 'step' },
      },
    ];
    const source = await showQuickPick(items, 'Rehearse which conversation or which questions?');
    if (!source) return;
    const request: RehearsalRequest | undefined =
      source.kind === 'conversation'
        ? { mode: 'conversation', conversationId: source.id, title: source.title }
        : await chooseFromBank(source.kind);
    if (request) openRehearsal(request);
  } catch (error) {
    notify('error', `Could not prepare the rehearsal: ${errorMessage(error)}`);
  }
}

/** Takes up a session left early (or cut off) at its first question without a grade. */
export async function continueRehearsal(id: string, title: string): Promise<void> {
  try {
    const session = await resumeSession({ id });
    const mode = session.mode ?? (session.conversationId ? 'conversation' : 'filter');
    openRehearsal({ mode, conversationId: session.conversationId ?? undefined, title }, session);
  } catch (error) {
    notify('error', `Could not resume the rehearsal: ${errorMessage(error)}`);
  }
}

export function surpriseMe(): void {
  openRehearsal({ mode: 'surprise', title: 'A surprise mix' });
}

/** Says so at once when nothing is due, instead of asking for settings first. */
export async function practiceDue(): Promise<void> {
  try {
    const due = await dueRead.fresh({ countOnly: true });
    if (due.count === 0) {
      notify(
        'info',
        'Nothing is due for practice now. Questions you rehearse come back when it is time to practise them again.',
      );
      return;
    }
  } catch (error) {
    notify('error', `Could not read what is due for practice: ${errorMessage(error)}`);
    return;
  }
  openRehearsal({ mode: 'due', title: 'Questions due for practice' });
}
