// The prepared answer of one anticipated question, in the rich-text editor, saved as you type.
// In its own chunk: Lexical loads only when a question is opened. A save over a change made in
// another tab or window is refused: the answer typed here stays, with a notice to choose.
import { useRef, useState } from 'react';
import type { AnticipatedQuestion } from '../../../../../src-main/shared/conversations/conversations';
import { plainTextFromLexical } from '../../../../../src-main/shared/journal/plainText';
import { PAGE_SESSION } from '../../../api/pageSession';
import { RichTextEditor } from '../../../editor/RichTextEditor';
import { SaveProblemNotice } from '../../../ui/SaveProblemNotice';
import { notify } from '../../../workbench/store';
import { errorCode, notSavedNotice } from '../../../ui/errorMessage';
import { useAutosave } from '../../../ui/save/useAutosave';
import { docRead, putQuestion, updateAnticipated } from '../conversationQueries';

export function PreparedAnswer({ conversationId, question, autoFocus }: {
  conversationId: string;
  question: AnticipatedQuestion;
  autoFocus?: boolean;
}) {
  const base = useRef(question.version);
  const mine = useRef(question.preparedAnswer);
  const [theirs, setTheirs] = useState<AnticipatedQuestion | null>(null);
  const [start, setStart] = useState({ state: question.preparedAnswer, generation: 0 });
  const { saver, status } = useAutosave<string>({
    // Its own flush key: the pane's tab key belongs to the pane.
    tabKey: `conversation:${conversationId}#answer:${question.id}`,
    save: async (preparedAnswer) => {
      try {
        const saved = await updateAnticipated({ id: question.id, preparedAnswer, baseVersion: base.current, session: PAGE_SESSION });
        base.current = Math.max(base.current, saved.version);
        putQuestion(conversationId, saved);
      } catch (error) {
        if (errorCode(error) === 'conflict') {
          const fresh = await docRead.fresh({ id: conversationId }).catch(() => null);
          const stored = fresh?.questions.find((q) => q.id === question.id);
          if (stored) setTheirs(stored);
        }
        throw error;
      }
    },
    onFailure: (error) => notify('error', notSavedNotice('The prepared answer is not saved yet', error)),
  });
  const applyMine = () => {
    if (!theirs) return;
    base.current = theirs.version;
    setTheirs(null);
    void saver.resume(mine.current).catch(() => undefined);
  };
  const keepTheirs = () => {
    if (!theirs) return;
    base.current = theirs.version;
    saver.discard();
    mine.current = theirs.preparedAnswer;
    putQuestion(conversationId, theirs);
    setStart((s) => ({ state: theirs.preparedAnswer, generation: s.generation + 1 }));
    setTheirs(null);
  };
  return (
    <div className="anticipated__answer">
      {theirs && (
        <SaveProblemNotice
          problem={{
            kind: 'conflict',
            what: 'This prepared answer',
            changes: [{ label: 'Prepared answer', theirs: plainTextFromLexical(theirs.preparedAnswer), mine: plainTextFromLexical(mine.current) }],
            mine: plainTextFromLexical(mine.current),
          }}
          onUseMine={applyMine}
          onKeepTheirs={keepTheirs}
        />
      )}
      <RichTextEditor
        key={start.generation}
        initialState={start.state}
        onChange={(json) => {
          mine.current = json;
          saver.change(json);
        }}
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
