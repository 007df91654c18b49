// Anticipated questions: what I expect the other side to ask, each with a prepared answer and its
// evidence, in the order a rehearsal will play them. Written here or picked from the question bank.
import { useRef, useState, type FormEvent } from 'react';
import { refocusAfterAdd } from '../../../ui/keepFocus';
import type { ConversationSectionProps } from '../sections';
import { AnticipatedRow } from './AnticipatedRow';
import { pickBankQuestion } from './pickBankQuestion';
import { useConversationDoc, writeDoc } from './panelWrites';
import './panels.css';

/** The question's schema takes ids up to 64 characters; a longer bank id is left unlinked. */
const MAX_LINKED_ID = 64;

export function AnticipatedSection({ conversationId }: ConversationSectionProps) {
  const doc = useConversationDoc(conversationId);
  const [draft, setDraft] = useState('');
  const field = useRef<HTMLInputElement>(null);
  if (doc.error)
    return (
      <p className="panel-message" role="alert">
        The questions could not be read.
      </p>
    );
  if (!doc.data) return <p className="panel-message">Reading the questions…</p>;
  const { questions, conversation } = doc.data;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    if (
      await writeDoc(
        'anticipated.add',
        { conversationId, question: draft.trim() },
        'The question could not be added',
      )
    ) {
      refocusAfterAdd(field.current);
      setDraft('');
    }
  };
  const fromBank = async () => {
    const picked = await pickBankQuestion(
      new Set(questions.map((q) => q.questionBankId).filter((id): id is string => id !== null)),
    );
    if (!picked) return;
    await writeDoc(
      'anticipated.add',
      {
        conversationId,
        question: picked.text,
        hint: picked.tip,
        ...(picked.id.length <= MAX_LINKED_ID ? { questionBankId: picked.id } : {}),
      },
      'The question could not be added',
    );
  };

  return (
    <div className="panel anticipated-panel">
      <p className="panel-muted">
        {conversation.myRole === 'employee'
          ? 'What might your manager ask? Prepare each answer with evidence; a rehearsal plays them in this order.'
          : 'What might the other person raise? Prepare each answer; a rehearsal plays them in this order.'}
      </p>
      {questions.length === 0 ? (
        <p className="panel-message">No questions yet.</p>
      ) : (
        <ol
          className="panel-list"
          aria-label="Anticipated questions"
          aria-describedby={`anticipated-keys-${conversationId}`}
        >
          {questions.map((q, n) => (
            <AnticipatedRow
              key={q.id}
              conversationId={conversationId}
              question={q}
              index={n}
              count={questions.length}
            />
          ))}
        </ol>
      )}
      <p id={`anticipated-keys-${conversationId}`} className="panel-meta">
        Alt+Up and Alt+Down move the question you are in.
      </p>
      <form
        className="anticipated-add"
        onSubmit={(e) => void add(e)}
        aria-label="New anticipated question"
      >
        <input
          ref={field}
          className="ladder-input"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-label="New question"
          placeholder="A question you expect, in their words"
          maxLength={2000}
        />
        <button type="submit" className="ladder-button" disabled={!draft.trim()}>
          Add question
        </button>
        <button type="button" className="ladder-button" onClick={() => void fromBank()}>
          From the question bank…
        </button>
      </form>
    </div>
  );
}
