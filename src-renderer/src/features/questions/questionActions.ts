// What the question commands and context actions do: create, reveal, hide, attach to a conversation.
import type { Question } from '../../../../src-main/shared/questions/questionBank';
import type { ConversationSummary } from '../../../../src-main/shared/conversations/conversations';
import {
  addAnticipatedFromBank,
  conversationDocRead,
  conversationListRead,
  createQuestionWrite,
  hideQuestion,
  unhideQuestion,
} from './questionQueries';
import {
  notify,
  openEditor,
  setActiveView,
  showQuickPick,
  useWorkbench,
} from '../../workbench/store';
import { errorMessage } from '../../ui/errorMessage';
import { requestBankFocus, requestTextFocus } from './questionFocus';
import { heldTextNote, holdTypedKeys } from '../../ui/heldKeys';
import { shortTitle } from './questionGroups';

export const QUESTIONS_VIEW = 'questions';
export const QUESTION_EDITOR = 'question';
/** The text a new question starts with; it opens selected, so typing replaces it. */
export const NEW_QUESTION_TEXT = 'Untitled question';

/** Takes the question, not its id: the tab is titled with its first words before its pane loads. */
export function openQuestion(question: Pick<Question, 'id' | 'text'>): void {
  openEditor({ type: QUESTION_EDITOR, id: question.id }, { title: shortTitle(question.text) });
}

export async function createQuestion(): Promise<void> {
  const held = holdTypedKeys();
  try {
    const question = await createQuestionWrite({ text: NEW_QUESTION_TEXT });
    requestTextFocus(question.id, held);
    openQuestion(question);
  } catch (error) {
    notify(
      'error',
      `Could not create the question: ${errorMessage(error)}${heldTextNote(held.stop())}`,
    );
  }
}

export function showQuestionBank(): void {
  setActiveView(QUESTIONS_VIEW);
  requestBankFocus();
}

export function activeQuestionId(): string | null {
  const s = useWorkbench.getState();
  const input = s.tabs.find((t) => t.key === s.activeTab)?.input;
  return input?.type === QUESTION_EDITOR ? input.id : null;
}

export async function setQuestionHidden(
  question: Question,
  hidden: boolean,
): Promise<Question | null> {
  try {
    const saved = await (hidden ? hideQuestion : unhideQuestion)({ id: question.id });
    notify(
      'info',
      hidden
        ? 'Question hidden. It stays in the bank: turn on "Show hidden" to find it again.'
        : 'Question shown in the bank again.',
    );
    return saved;
  } catch (error) {
    notify('error', `Could not ${hidden ? 'hide' : 'show'} the question: ${errorMessage(error)}`);
    return null;
  }
}

function conversationDetail(c: ConversationSummary): string {
  const who = c.personName.trim();
  const when = c.startsAt ? c.startsAt.replace('T', ' ') : 'not scheduled';
  return who ? `with ${who}, ${when}` : when;
}

/** Quick pick over the conversations, then adds the question to the chosen one's anticipated questions. */
export async function attachToConversation(
  question: Pick<Question, 'id' | 'text'>,
): Promise<boolean> {
  let lists;
  try {
    lists = await conversationListRead.fresh({});
  } catch (error) {
    notify('error', `Could not list the conversations: ${errorMessage(error)}`);
    return false;
  }
  const conversations = [...lists.upcoming, ...lists.past];
  if (conversations.length === 0) {
    notify(
      'info',
      'There is no conversation to attach this question to yet. Create a conversation first.',
    );
    return false;
  }
  const chosen = await showQuickPick(
    conversations.map((c) => ({
      label: c.title.trim() || 'Untitled conversation',
      description: conversationDetail(c),
      icon: 'comment-discussion',
      value: c,
    })),
    'Attach the question to which conversation?',
  );
  if (!chosen) return false;
  const title = chosen.title.trim() || 'Untitled conversation';
  try {
    const doc = await conversationDocRead.fresh({ id: chosen.id });
    if (doc.questions.some((q) => q.questionBankId === question.id)) {
      notify('info', `"${title}" already has this question among its anticipated questions.`);
      return false;
    }
    await addAnticipatedFromBank({
      conversationId: chosen.id,
      question: question.text,
      questionBankId: question.id,
    });
    notify('info', `Added to "${title}" as an anticipated question.`);
    return true;
  } catch (error) {
    notify('error', `Could not attach the question: ${errorMessage(error)}`);
    return false;
  }
}
