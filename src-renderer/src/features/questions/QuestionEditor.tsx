// The question form: wording, classification, follow-ups, tip and tags, with the bank actions
// (attach to a conversation, revert a built-in, hide or show again).
import { useId, useMemo, useRef } from 'react';
import {
  QUESTION_DIRECTIONS,
  type Question,
  type QuestionDirection,
} from '../../../../src-main/shared/questions/questionBank';
import { Codicon } from '../../ui/Codicon';
import { notify } from '../../workbench/store';
import { confirmDialog } from '../../ui/confirm';
import { errorMessage } from '../../ui/errorMessage';
import { attachToConversation, setQuestionHidden } from './questionActions';
import { bankListRead, rememberQuestion, revertQuestion } from './questionQueries';
import { takeTextFocus } from './questionFocus';
import {
  categorySlug,
  DIFFICULTY_LABELS,
  directionLabel,
  slugLabel,
  stepLabel,
} from './questionGroups';
import { ProbesInput } from './ProbesInput';
import { QuestionTagInput } from './QuestionTagInput';
import { useQuestionDraft } from './useQuestionDraft';
import { useTypedFocus } from '../../ui/useTypedFocus';
import { SaveProblemNotice } from '../../ui/SaveProblemNotice';
import { practiceDue } from '../../../../src-main/shared/practice/practiceDue';

interface Props {
  question: Question;
  tabKey: string;
  /** The stored question was replaced (revert): the pane mounts a fresh form for it. */
  onReplaced: (question: Question) => void;
}

export function QuestionEditor({ question, tabKey, onReplaced }: Props) {
  const { draft, update, flush, flushQuietly, saved, problem, applyMine, keepTheirs } =
    useQuestionDraft(question, tabKey);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const formId = useId();
  const bank = bankListRead.use({ includeHidden: true });
  const categories = useMemo(
    () => [...new Set((bank.data ?? []).map((q) => q.category))].sort(),
    [bank.data],
  );

  // Keys typed while the question was created replace its placeholder text, as the selection would.
  useTypedFocus(takeTextFocus, question.id, textRef, (typed) => update({ text: typed }), {
    select: true,
  });

  const saveFirst = async (): Promise<boolean> => {
    try {
      await flush();
      return true;
    } catch (error) {
      notify('error', `Save the question first: ${errorMessage(error)}`);
      return false;
    }
  };
  const attach = async () => {
    if (await saveFirst()) await attachToConversation(saved.current);
  };
  const revert = async () => {
    const ok = await confirmDialog({
      title: 'Revert to the built-in question?',
      message:
        'Your wording, tip and follow-ups for this question are replaced by the ones Ladder ships. Tags and hiding stay as they are.',
      confirmLabel: 'Revert',
      danger: true,
    });
    if (!ok || !(await saveFirst())) return;
    try {
      const reverted = await revertQuestion({ id: question.id });
      notify('info', 'The built-in wording is back.');
      onReplaced(reverted);
    } catch (error) {
      notify('error', `Could not revert the question: ${errorMessage(error)}`);
    }
  };
  const toggleHidden = async () => {
    if (await saveFirst()) await setQuestionHidden(question, !question.hidden);
  };

  const textMissing = draft.text.trim() === '';
  const categoryInvalid = !question.builtIn && categorySlug(draft.category) === null;
  return (
    <div className="ladder-question" role="region" aria-label="Question">
      <header className="ladder-question__header">
        <span className="ladder-kind-badge">
          <Codicon name={question.builtIn ? 'question' : 'person'} />
          {question.builtIn ? 'Built-in question' : 'Your question'}
        </span>
        <span className="ladder-question__step">{stepLabel(question)}</span>
        {question.edited && (
          <span className="ladder-question-chip ladder-question-chip--edited">Edited</span>
        )}
        {question.hidden && <span className="ladder-question-chip">Hidden from the bank</span>}
        <span className="ladder-question__due">
          {practiceDue(question.due, question.lastGrade, Date.now())?.long ?? 'Not practised yet'}
        </span>
      </header>
      {problem && (
        <SaveProblemNotice
          problem={problem}
          onUseMine={applyMine}
          onKeepTheirs={() => {
            const theirs = keepTheirs();
            if (theirs) {
              rememberQuestion(theirs);
              onReplaced(theirs);
            }
          }}
        />
      )}
      <textarea
        ref={textRef}
        className="ladder-question__text"
        aria-label="Question text"
        aria-invalid={textMissing}
        aria-describedby={textMissing ? `${formId}-text-note` : undefined}
        dir="auto"
        rows={2}
        placeholder="What might be asked?"
        value={draft.text}
        onChange={(e) => update({ text: e.target.value })}
        onBlur={flushQuietly}
      />
      {textMissing && (
        <p id={`${formId}-text-note`} className="ladder-question__note" role="alert">
          A question needs some words. The last saved wording stays until you type one.
        </p>
      )}
      <div className="ladder-question__meta">
        {question.builtIn ? (
          <dl className="ladder-question__facts">
            <dt>Who asks</dt>
            <dd>{directionLabel(question.direction)}</dd>
            <dt>Category</dt>
            <dd>{slugLabel(question.category)}</dd>
            <dt>Difficulty</dt>
            <dd>{DIFFICULTY_LABELS[question.difficulty]}</dd>
          </dl>
        ) : (
          <>
            <label className="ladder-field">
              <span>Who asks</span>
              <select
                className="ladder-input"
                value={draft.direction}
                onChange={(e) => update({ direction: e.target.value as QuestionDirection })}
                onBlur={flushQuietly}
              >
                {QUESTION_DIRECTIONS.map((d) => (
                  <option key={d} value={d}>
                    {directionLabel(d)}
                  </option>
                ))}
              </select>
            </label>
            <label className="ladder-field">
              <span>Category</span>
              <input
                className="ladder-input"
                list={`${formId}-categories`}
                value={draft.category}
                aria-invalid={categoryInvalid}
                onChange={(e) => update({ category: e.target.value })}
                onBlur={flushQuietly}
              />
              <datalist id={`${formId}-categories`}>
                {categories.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </label>
            <label className="ladder-field">
              <span>Difficulty</span>
              <select
                className="ladder-input"
                value={draft.difficulty}
                onChange={(e) => update({ difficulty: Number(e.target.value) as 1 | 2 | 3 })}
                onBlur={flushQuietly}
              >
                {([1, 2, 3] as const).map((d) => (
                  <option key={d} value={d}>
                    {DIFFICULTY_LABELS[d]}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
      </div>
      {categoryInvalid && (
        <p className="ladder-question__note" role="alert">
          A category starts with a letter and uses letters, digits and hyphens, like
          &quot;job-security&quot;.
        </p>
      )}
      <ProbesInput
        probes={draft.probes}
        onChange={(probes) => update({ probes })}
        onBlur={flushQuietly}
      />
      <label className="ladder-field">
        <span>Tip: what a strong answer contains</span>
        <textarea
          className="ladder-input"
          dir="auto"
          rows={3}
          value={draft.tip}
          onChange={(e) => update({ tip: e.target.value })}
          onBlur={flushQuietly}
        />
      </label>
      <QuestionTagInput
        tags={draft.tags}
        onChange={(tags) => update({ tags })}
        onBlur={flushQuietly}
      />
      <div className="ladder-question__actions">
        <button
          type="button"
          className="ladder-button ladder-button--primary"
          onClick={() => void attach()}
        >
          <Codicon name="comment-discussion" /> Attach to Conversation…
        </button>
        {question.builtIn && question.edited && (
          <button type="button" className="ladder-button" onClick={() => void revert()}>
            <Codicon name="discard" /> Revert to Built-in
          </button>
        )}
        <button type="button" className="ladder-button" onClick={() => void toggleHidden()}>
          <Codicon name={question.hidden ? 'eye' : 'eye-closed'} />{' '}
          {question.hidden ? 'Show in the Bank Again' : 'Hide from the Bank'}
        </button>
      </div>
    </div>
  );
}
