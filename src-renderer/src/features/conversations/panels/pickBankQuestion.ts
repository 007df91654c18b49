// A quick pick over the question bank: search by text, each question with its category and step.
import type { Question } from '../../../../../src-main/shared/questions/questionBank';
import { bankRead } from '../conversationQueries';
import { notify, showQuickPick } from '../../../workbench/store';
import { errorMessage } from '../../../ui/errorMessage';

const DIRECTION_LABELS: Record<Question['direction'], string> = {
  'manager-asks': 'The manager may ask',
  'employee-asks': 'The employee may raise',
};

const words = (slug: string) => slug.replace(/-/g, ' ');

export async function pickBankQuestion(
  exclude: ReadonlySet<string>,
): Promise<Question | undefined> {
  let questions: Question[];
  try {
    questions = await bankRead.fetch({});
  } catch (error) {
    notify('error', `The question bank could not be read: ${errorMessage(error)}`);
    return undefined;
  }
  const choices = questions.filter((q) => !exclude.has(q.id));
  if (choices.length === 0) {
    notify(
      'info',
      questions.length === 0
        ? 'The question bank has no questions. Write your own question instead.'
        : 'Every question of the bank is on this list already.',
    );
    return undefined;
  }
  return showQuickPick(
    choices.map((q) => ({
      label: q.text,
      description: `${words(q.category)} · ${words(q.step)}`,
      detail: DIRECTION_LABELS[q.direction],
      icon: q.direction === 'manager-asks' ? 'comment' : 'question',
      value: q,
    })),
    'Pick a question you expect (type to search)',
  );
}
