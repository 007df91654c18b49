// Side bar view 'questions': the bank grouped by category or framework step, with search, tag
// chips and a "Show hidden" switch. A tree: groups open and close, arrows move, Enter opens.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Question } from '../../../../src-main/shared/questions/questionBank';
import { IconButton } from '../../ui/IconButton';
import { useFocusRescue } from '../../ui/useFocusRescue';
import { useWorkbench } from '../../workbench/store';
import { useDebounced } from '../../ui/useDebounced';
import { createQuestion, openQuestion, QUESTION_EDITOR } from './questionActions';
import { takeBankFocus, useBankFocus } from './questionFocus';
import { filterQuestions, groupQuestions, tagsInUse, type Grouping } from './questionGroups';
import { showQuestionMenu } from './questionMenu';
import { QuestionTree } from './QuestionTree';
import { visibleItems } from './treeNavigation';
import { bankListRead } from './questionQueries';

export const QUESTION_SEARCH_DEBOUNCE_MS = 150;
const NO_QUESTIONS: Question[] = [];

export function QuestionsView() {
  const all = bankListRead.use({ includeHidden: true });
  const [text, setText] = useState('');
  const [grouping, setGrouping] = useState<Grouping>('category');
  const [showHidden, setShowHidden] = useState(false);
  const [tags, setTags] = useState<string[]>([]);
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  const box = useRef<HTMLInputElement>(null);
  const tree = useRef<HTMLDivElement>(null);
  useFocusRescue(tree);
  const focusRequests = useBankFocus((s) => s.requests);
  const activeTab = useWorkbench((s) => s.activeTab);
  useEffect(() => {
    if (takeBankFocus(focusRequests)) {
      box.current?.focus();
      box.current?.select();
    }
  }, [focusRequests]);

  const typed = text.trim();
  const debounced = useDebounced(typed, QUESTION_SEARCH_DEBOUNCE_MS);
  // Tab out of the box applies what was typed at once, so the list the keyboard walks into is already
  // the filtered one: otherwise the filter landed a moment later and took the focused question away
  // from under the focus. Only Tab: a click on a row must not shift the list between press and release.
  const [settled, setSettled] = useState('');
  const query = settled === typed ? typed : debounced;
  const questions = all.data ?? NO_QUESTIONS;
  const knownTags = useMemo(() => tagsInUse(questions), [questions]);
  const shown = useMemo(
    () => filterQuestions(questions, { query, showHidden, tags }),
    [questions, query, showHidden, tags],
  );
  const groups = useMemo(() => groupQuestions(shown, grouping), [shown, grouping]);
  const hiddenCount = questions.filter((q) => q.hidden).length;
  const selectedId = activeTab?.startsWith(`${QUESTION_EDITOR}:`)
    ? activeTab.slice(QUESTION_EDITOR.length + 1)
    : null;

  const toggleTag = (tag: string) =>
    setTags((current) =>
      current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag],
    );
  const onBoxKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Tab') {
      setSettled(typed);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const first =
        groups.find((g) => !collapsed.has(g.key))?.questions[0] ?? groups[0]?.questions[0];
      if (first) openQuestion(first);
    } else if (e.key === 'ArrowDown' && tree.current) {
      e.preventDefault();
      visibleItems(tree.current)[0]?.focus();
    }
  };

  return (
    <div className="ladder-questions-view">
      <div className="ladder-view-toolbar">
        <div className="ladder-segmented" role="group" aria-label="Group questions">
          {(['category', 'step'] as const).map((g) => (
            <button
              key={g}
              type="button"
              className="ladder-segmented__option"
              aria-pressed={grouping === g}
              onClick={() => setGrouping(g)}
            >
              {g === 'category' ? 'By category' : 'By step'}
            </button>
          ))}
        </div>
        <IconButton icon="add" aria-label="New question" onClick={() => void createQuestion()} />
      </div>
      <input
        ref={box}
        type="search"
        className="ladder-input"
        aria-label="Search questions"
        placeholder="Search questions, tips and tags"
        value={text}
        dir="auto"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onBoxKeyDown}
      />
      <label className="ladder-field ladder-field--inline ladder-questions-view__hidden">
        <input
          type="checkbox"
          checked={showHidden}
          onChange={(e) => setShowHidden(e.target.checked)}
        />
        <span>Show hidden{hiddenCount > 0 ? ` (${hiddenCount})` : ''}</span>
      </label>
      {knownTags.length > 0 && (
        <div className="ladder-chips" role="group" aria-label="Filter by tag">
          {knownTags.map((tag) => (
            <button
              key={tag}
              type="button"
              className="ladder-filter-chip"
              aria-pressed={tags.includes(tag)}
              onClick={() => toggleTag(tag)}
            >
              <span className="codicon codicon-tag" aria-hidden="true" />
              <span dir="auto">{tag}</span>
            </button>
          ))}
        </div>
      )}
      <QuestionTree
        ref={tree}
        groups={groups}
        collapsed={collapsed}
        selectedId={selectedId}
        onToggle={(key, open) =>
          setCollapsed((current) => {
            const next = new Set(current);
            if (open) next.delete(key);
            else next.add(key);
            return next;
          })
        }
        onOpen={openQuestion}
        onMenu={(q) => void showQuestionMenu(q)}
      />
      <p className="visually-hidden" role="status">
        {all.isSuccess
          ? `${shown.length} ${shown.length === 1 ? 'question' : 'questions'} shown`
          : ''}
      </p>
      {all.isSuccess && shown.length === 0 && (
        <p className="ladder-empty">
          {questions.length === 0
            ? 'The question bank is empty.'
            : query || tags.length
              ? 'No question matches. Try another word, or turn a tag off.'
              : 'Every question is hidden. Turn on "Show hidden" to see them.'}
        </p>
      )}
      {all.isError && (
        <p className="ladder-empty" role="alert">
          The question bank could not be loaded.
        </p>
      )}
    </div>
  );
}
