// The question bank's commands, as data. Titles are part of the product: keep them exact.
import type { Command } from '../../workbench/types';
import {
  activeQuestionId,
  attachToConversation,
  createQuestion,
  showQuestionBank,
} from './questionActions';
import { questionRead } from './questionQueries';
import { notify } from '../../workbench/store';
import { errorMessage } from '../../ui/errorMessage';

async function attachActive(): Promise<void> {
  const id = activeQuestionId();
  if (!id) return;
  try {
    await attachToConversation(await questionRead.fresh({ id }));
  } catch (error) {
    notify('error', `Could not attach the question: ${errorMessage(error)}`);
  }
}

export function questionCommands(): Command[] {
  return [
    { id: 'questions.new', title: 'Questions: New Question', run: createQuestion },
    { id: 'questions.showBank', title: 'Questions: Show Question Bank', run: showQuestionBank },
    {
      id: 'questions.attachActive',
      title: 'Questions: Attach to Conversation...',
      when: () => activeQuestionId() !== null,
      run: attachActive,
    },
  ];
}
