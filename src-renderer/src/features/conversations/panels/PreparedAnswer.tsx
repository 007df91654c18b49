// The prepared answer of one anticipated question, in the rich-text editor, saved as you type.
// In its own chunk: Lexical loads only when a question is opened. A save over a change made in
// another tab or window is refused: the answer typed here stays, with a notice to choose.
import { useCallback, useRef, useState } from 'react';
import type { EditorDocument } from '../../../editor/editorDocument';
import type { AnticipatedQuestion } from '../../../../../src-main/shared/conversations/conversations';
import { plainTextFromLexical } from '../../../../../src-main/shared/journal/plainText';
import { PAGE_SESSION } from '../../../api/pageSession';
import { RichTextEditor } from '../../../editor/RichTextEditor';
import { SaveProblemNotice } from '../../../ui/SaveProblemNotice';
import { notify } from '../../../workbench/store';
import { notSavedNotice } from '../../../ui/errorMessage';
import { useAutosave } from '../../../ui/save/useAutosave';
import { useDraft } from '../../../ui/save/useDraft';
import { docRead, putQuestion, updateAnticipated } from '../conversationQueries';

export function PreparedAnswer({
  conversationId,
  question,
  autoFocus,
}: {
  conversationId: string;
  question: AnticipatedQuestion;
  autoFocus?: boolean;
}) {
  const base = useRef(question.version);
  const [start, setStart] = useState({ state: question.preparedAnswer, generation: 0 });
  const {
    draft,
    updateLazily,
    flush,
    status,
    conflict: theirs,
    applyMine,
    keepTheirs,
  } = useDraft({
    initial: () => ({ preparedAnswer: question.preparedAnswer }),
    useSaver: (save) =>
      useAutosave<{ preparedAnswer: string }>({
        // Its own flush key: the pane's tab key belongs to the pane.
        tabKey: `conversation:${conversationId}#answer:${question.id}`,
        save,
        onFailure: (error) =>
          notify('error', notSavedNotice('The prepared answer is not saved yet', error)),
      }),
    save: async ({ preparedAnswer }) => {
      const saved = await updateAnticipated({
        id: question.id,
        preparedAnswer,
        baseVersion: base.current,
        session: PAGE_SESSION,
      });
      base.current = Math.max(base.current, saved.version);
      putQuestion(conversationId, saved);
    },
    reread: async (): Promise<AnticipatedQuestion | null> => {
      const fresh = await docRead.fresh({ id: conversationId }).catch(() => null);
      return fresh?.questions.find((q) => q.id === question.id) ?? null;
    },
    onUseMine: (stored) => {
      base.current = stored.version;
    },
    onKeepTheirs: (stored) => {
      base.current = stored.version;
      putQuestion(conversationId, stored);
      setStart((s) => ({ state: stored.preparedAnswer, generation: s.generation + 1 }));
      return { preparedAnswer: stored.preparedAnswer };
    },
  });
  // Serialised when saved, not at every keystroke (a long answer would lag); stable, so the memoised
  // editor is not re-rendered as the status below changes.
  const onDocumentChange = useCallback(
    (doc: EditorDocument) => updateLazily('preparedAnswer', doc.json),
    [updateLazily],
  );
  const mine = draft.preparedAnswer;
  return (
    <div className="anticipated__answer">
      {theirs && (
        <SaveProblemNotice
          problem={{
            kind: 'conflict',
            what: 'This prepared answer',
            changes: [
              {
                label: 'Prepared answer',
                theirs: plainTextFromLexical(theirs.preparedAnswer),
                mine: plainTextFromLexical(mine),
              },
            ],
            mine: plainTextFromLexical(mine),
          }}
          onUseMine={applyMine}
          onKeepTheirs={keepTheirs}
        />
      )}
      <RichTextEditor
        key={start.generation}
        initialState={start.state}
        onDocumentChange={onDocumentChange}
        onBlur={flush}
        ariaLabel={`Prepared answer to: ${question.question}`}
        placeholder="Your answer, with the evidence you will point to"
        autoFocus={autoFocus}
      />
      <span className="panel-meta" aria-live="polite">
        {status.saveState === 'saving'
          ? 'Saving…'
          : status.saveState === 'error'
            ? 'Not saved yet'
            : status.dirty
              ? 'Unsaved'
              : 'Saved'}
      </span>
    </div>
  );
}
