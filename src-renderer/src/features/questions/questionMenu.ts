// The context action of a question in the list (right-click, Shift+F10 or the Menu key): a quick pick.
import type { Question } from '../../../../src-main/shared/questions/questionBank';
import { showQuickPick } from '../../workbench/store';
import { attachToConversation, openQuestion, setQuestionHidden } from './questionActions';

type Action = 'open' | 'attach' | 'hide' | 'unhide';

export async function showQuestionMenu(question: Question): Promise<void> {
  const action = await showQuickPick<Action>(
    [
      { label: 'Open', icon: 'go-to-file', value: 'open' },
      { label: 'Attach to Conversation...', icon: 'comment-discussion', value: 'attach' },
      question.hidden
        ? { label: 'Show in the Bank Again', icon: 'eye', value: 'unhide' }
        : { label: 'Hide from the Bank', icon: 'eye-closed', value: 'hide' },
    ],
    'What to do with this question?',
  );
  if (action === 'open') openQuestion(question);
  else if (action === 'attach') await attachToConversation(question);
  else if (action === 'hide' || action === 'unhide')
    await setQuestionHidden(question, action === 'hide');
}
