// The bank as a flat tree: a heading per group (with its count) that opens and closes, its questions
// after it one level down. Flat, so each item's accessible name is its own visible text.
// One item at a time is in the Tab order (roving tabindex); arrows move between the others.
import { forwardRef, Fragment, useState, type KeyboardEvent } from 'react';
import type { Question } from '../../../../src-main/shared/questions/questionBank';
import type { QuestionGroup } from './questionGroups';
import { handleTreeKeyDown } from './treeNavigation';
import { practiceDue } from '../../../../src-main/shared/practice/practiceDue';

interface Props {
  groups: QuestionGroup[];
  collapsed: ReadonlySet<string>;
  selectedId: string | null;
  onToggle: (groupKey: string, open: boolean) => void;
  onOpen: (question: Question) => void;
  onMenu: (question: Question) => void;
}

export const QuestionTree = forwardRef<HTMLDivElement, Props>(function QuestionTree(
  { groups, collapsed, selectedId, onToggle, onOpen, onMenu },
  ref,
) {
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const keys = groups.flatMap((g) => [
    g.key,
    ...(collapsed.has(g.key) ? [] : g.questions.map((q) => `q:${q.id}`)),
  ]);
  const tabKey = focusKey && keys.includes(focusKey) ? focusKey : (keys[0] ?? null);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) =>
    handleTreeKeyDown(e, {
      onToggle: (el, open) => {
        const key = el.dataset.key;
        if (key) onToggle(key, open);
      },
    });

  return (
    <div
      ref={ref}
      role="tree"
      aria-label="Question bank"
      className="ladder-tree ladder-question-tree"
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const key = (e.target as HTMLElement).dataset.key;
        if (key) setFocusKey(key);
      }}
    >
      {groups.map((group, groupIndex) => {
        const open = !collapsed.has(group.key);
        const n = group.questions.length;
        return (
          <Fragment key={group.key}>
            <div
              role="treeitem"
              aria-expanded={open}
              aria-level={1}
              aria-setsize={groups.length}
              aria-posinset={groupIndex + 1}
              data-key={group.key}
              tabIndex={tabKey === group.key ? 0 : -1}
              className="ladder-tree__row ladder-question-tree__heading"
              onClick={() => onToggle(group.key, !open)}
            >
              <span
                className={`codicon codicon-${open ? 'chevron-down' : 'chevron-right'}`}
                aria-hidden="true"
              />
              <span className="ladder-tree__title">{group.label}</span>
              <span className="visually-hidden">, </span>
              <span className="ladder-question-tree__count">
                {n}
                <span className="visually-hidden"> {n === 1 ? 'question' : 'questions'}</span>
              </span>
            </div>
            {open &&
              group.questions.map((q, index) => (
                <QuestionRow
                  key={q.id}
                  question={q}
                  position={[index + 1, n]}
                  focusable={tabKey === `q:${q.id}`}
                  selected={selectedId === q.id}
                  onOpen={() => onOpen(q)}
                  onMenu={() => onMenu(q)}
                />
              ))}
          </Fragment>
        );
      })}
    </div>
  );
});

interface RowProps {
  question: Question;
  position: [number, number];
  focusable: boolean;
  selected: boolean;
  onOpen: () => void;
  onMenu: () => void;
}

function QuestionRow({ question: q, position, focusable, selected, onOpen, onMenu }: RowProps) {
  const marks = [q.builtIn ? null : 'your own', q.hidden ? 'hidden' : null].filter(Boolean);
  const due = practiceDue(q.due, q.lastGrade, Date.now());
  return (
    <div
      role="treeitem"
      aria-level={2}
      aria-posinset={position[0]}
      aria-setsize={position[1]}
      aria-selected={selected}
      data-key={`q:${q.id}`}
      tabIndex={focusable ? 0 : -1}
      className={`ladder-tree__row ladder-question-row${selected ? ' is-selected' : ''}${q.hidden ? ' is-hidden' : ''}`}
      title={q.text}
      onClick={onOpen}
      onContextMenu={(e) => {
        e.preventDefault();
        onMenu();
      }}
      onKeyDown={(e) => {
        if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
          e.preventDefault();
          e.stopPropagation();
          onMenu();
        }
      }}
    >
      <span
        className={`codicon codicon-${q.hidden ? 'eye-closed' : q.builtIn ? 'question' : 'person'}`}
        aria-hidden="true"
      />
      <span className="ladder-question-row__body">
        <span className="ladder-question-row__text" dir="auto">
          {q.text}
          {marks.length > 0 && <span className="visually-hidden"> ({marks.join(', ')})</span>}
        </span>
        {(q.tags.length > 0 || q.edited || due) && (
          <span className="ladder-question-row__chips">
            <span className="visually-hidden">, </span>
            {due && (
              <span
                className={`ladder-question-chip ladder-question-chip--due${due.short === 'due now' ? ' is-due' : ''}`}
              >
                {due.short}
              </span>
            )}
            {q.edited && (
              <span className="ladder-question-chip ladder-question-chip--edited">edited</span>
            )}
            {q.tags.map((t) => (
              <span key={t} className="ladder-question-chip" dir="auto">
                <span className="visually-hidden"> tag </span>
                {t}
              </span>
            ))}
          </span>
        )}
      </span>
    </div>
  );
}
