// One anticipated question: its text, the prepared answer (opened on demand), linked evidence, and
// moving (buttons or Alt+Up/Down anywhere in the row) and removing.
import { useState, type KeyboardEvent } from 'react';
import type { AnticipatedQuestion } from '../../../../../src-main/shared/conversations/conversations';
import { plainTextFromLexical } from '../../../../../src-main/shared/journal/plainText';
import { IconButton } from '../../../ui/IconButton';
import { lazyPart } from '../../../ui/lazyPart';
import { confirmDialog } from '../../../ui/confirm';
import { EvidenceList } from './EvidenceList';
import { pickJournalEntry } from './pickEntry';
import { keepFocusWhenRowGoes } from '../../../ui/keepFocus';
import { updateQuestionText, writeDoc } from './panelWrites';

const PreparedAnswer = lazyPart(() => import('./PreparedAnswer').then((m) => m.PreparedAnswer));

const PREVIEW_CHARS = 160;

export function AnticipatedRow({
  conversationId,
  question,
  index,
  count,
}: {
  conversationId: string;
  question: AnticipatedQuestion;
  index: number;
  count: number;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(question.question);
  const [savedText, setSavedText] = useState(question.question);
  if (question.question !== savedText) {
    setSavedText(question.question);
    if (text === savedText) setText(question.question);
  }
  const name = question.question;
  const answer = plainTextFromLexical(question.preparedAnswer);

  const move = (toIndex: number) => {
    if (toIndex < 0 || toIndex >= count) return;
    void writeDoc(
      'anticipated.move',
      { id: question.id, toIndex },
      'The question could not be moved',
    );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    move(index + (e.key === 'ArrowUp' ? -1 : 1));
  };
  const saveText = async () => {
    const next = text.trim();
    if (!next) {
      setText(question.question);
      return;
    }
    if (next === question.question) return;
    await updateQuestionText(conversationId, question, next);
  };
  const remove = async (button: HTMLElement) => {
    if (answer) {
      const sure = await confirmDialog({
        title: 'Remove this question?',
        message: 'Its prepared answer goes with it.',
        confirmLabel: 'Remove',
        danger: true,
      });
      if (!sure) return;
    }
    const stopWatching = keepFocusWhenRowGoes(button, {
      scope: '.anticipated-panel',
      row: '.anticipated',
      fallback: 'form input',
    });
    if (
      !(await writeDoc(
        'anticipated.remove',
        { id: question.id },
        'The question could not be removed',
      ))
    )
      stopWatching();
  };
  const linkEvidence = async () => {
    const entryId = await pickJournalEntry(
      'Evidence for this answer (type to search)',
      new Set(question.evidence.map((e) => e.id)),
    );
    if (entryId)
      await writeDoc(
        'anticipated.linkEvidence',
        { questionId: question.id, entryId },
        'The evidence could not be linked',
      );
  };

  return (
    <li
      className="panel-row anticipated"
      onKeyDown={onKeyDown}
      aria-label={`Question ${index + 1} of ${count}`}
    >
      <span className="anticipated__number" aria-hidden="true">
        {index + 1}.
      </span>
      <div className="panel-row__main">
        <input
          className="ladder-input anticipated__question"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => void saveText()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void saveText();
            if (e.key === 'Escape') setText(question.question);
          }}
          aria-label={`Question ${index + 1}`}
          maxLength={2000}
        />
        {question.hint && <span className="panel-meta">{question.hint}</span>}
        <button
          type="button"
          className="ladder-link panel-link anticipated__toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open
            ? 'Hide the prepared answer'
            : answer
              ? 'Edit the prepared answer'
              : 'Prepare an answer'}
        </button>
        {open ? (
          <PreparedAnswer conversationId={conversationId} question={question} autoFocus />
        ) : (
          answer && (
            <p className="panel-muted anticipated__preview">
              {answer.length > PREVIEW_CHARS ? `${answer.slice(0, PREVIEW_CHARS)}…` : answer}
            </p>
          )
        )}
        <EvidenceList
          evidence={question.evidence}
          label={`Evidence for question ${index + 1}`}
          onUnlink={(entryId) =>
            void writeDoc(
              'anticipated.unlinkEvidence',
              { questionId: question.id, entryId },
              'The evidence could not be unlinked',
            )
          }
        />
        <button
          type="button"
          className="ladder-link panel-link"
          onClick={() => void linkEvidence()}
        >
          Link evidence…
        </button>
      </div>
      <div className="anticipated__tools">
        <IconButton
          icon="arrow-up"
          className="ladder-icon-button"
          aria-label={`Move up: ${name}`}
          aria-keyshortcuts="Alt+ArrowUp"
          disabled={index === 0}
          onClick={() => move(index - 1)}
        />
        <IconButton
          icon="arrow-down"
          className="ladder-icon-button"
          aria-label={`Move down: ${name}`}
          aria-keyshortcuts="Alt+ArrowDown"
          disabled={index === count - 1}
          onClick={() => move(index + 1)}
        />
        <IconButton
          icon="trash"
          className="ladder-icon-button"
          aria-label={`Remove: ${name}`}
          onClick={(e) => void remove(e.currentTarget)}
        />
      </div>
    </li>
  );
}
