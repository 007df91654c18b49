// The prepared answer of one anticipated question, in the rich-text editor, saved as you type.
// In its own chunk: Lexical loads only when a question is opened.
import type { AnticipatedQuestion } from '../../../../../src-main/shared/conversations';
import { call } from '../../../api/client';
import { RichTextEditor } from '../../../editor/RichTextEditor';
import { notify } from '../../../workbench/store';
import { errorMessage } from '../../journal/errorMessage';
import { useAutosave } from '../../journal/useAutosave';
import { putQuestion } from './panelWrites';

export function PreparedAnswer({ conversationId, question, autoFocus }: {
  conversationId: string;
  question: AnticipatedQuestion;
  autoFocus?: boolean;
}) {
  const { saver, status } = useAutosave<string>({
    // Its own flush key: the pane's tab key belongs to the pane.
    tabKey: `conversation:${conversationId}#answer:${question.id}`,
    save: async (preparedAnswer) => putQuestion(conversationId, await call('anticipated.update', { id: question.id, preparedAnswer })),
    onFailure: (error) => notify('error', `The prepared answer is not saved yet: ${errorMessage(error)}. It is kept and tried again.`),
  });
  return (
    <div className="anticipated__answer">
      <RichTextEditor
        initialState={question.preparedAnswer}
        onChange={(json) => saver.change(json)}
        onBlur={() => void saver.flush().catch(() => undefined)}
        ariaLabel={`Prepared answer to: ${question.question}`}
        placeholder="Your answer, with the evidence you will point to"
        autoFocus={autoFocus}
      />
      <span className="panel-meta" aria-live="polite">
        {status.saveState === 'saving' ? 'Saving…' : status.saveState === 'error' ? 'Not saved yet' : status.dirty ? 'Unsaved' : 'Saved'}
      </span>
    </div>
  );
}
