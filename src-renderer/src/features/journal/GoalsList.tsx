// The Goals page's lists: short and long term, each goal with a target date; overdue ones stand out.
import { useRef, useState } from 'react';
import type { Goal, GoalHorizon } from '../../../../src-main/shared/domain';
import { todayIso } from '../../../../src-main/shared/dates';
import { goalsRead, refreshGoals, removeGoal, saveGoalWrite } from './journalQueries';
import { PAGE_SESSION } from '../../api/pageSession';
import { keepFocusWhenRowGoes, refocusAfterAdd } from '../../ui/keepFocus';
import { notify } from '../../workbench/store';
import { confirmDialog } from '../../ui/confirm';
import { errorCode, errorMessage, keptWordsNotice } from '../../ui/errorMessage';

const HORIZONS: { horizon: GoalHorizon; label: string; hint: string }[] = [
  { horizon: 'short', label: 'Short term', hint: 'Within the next year' },
  { horizon: 'long', label: 'Long term', hint: 'Three to five years out' },
];

async function saveGoal(
  goal: Partial<Goal> & Pick<Goal, 'horizon' | 'text' | 'targetDate' | 'done'>,
) {
  try {
    await saveGoalWrite({
      ...(goal.id ? { id: goal.id, baseVersion: goal.version, session: PAGE_SESSION } : {}),
      horizon: goal.horizon,
      text: goal.text,
      targetDate: goal.targetDate,
      done: goal.done,
    });
  } catch (error) {
    if (errorCode(error) === 'conflict') {
      // The list shows the goal as saved elsewhere; a typed text stays in its box.
      await refreshGoals();
      notify('error', keptWordsNotice(error, 'goal'));
    } else notify('error', `Could not save the goal: ${errorMessage(error)}`);
  }
}

export function isOverdue(goal: Pick<Goal, 'targetDate' | 'done'>, today = todayIso()): boolean {
  return !goal.done && goal.targetDate !== null && goal.targetDate < today;
}

export function GoalsList() {
  const goals = goalsRead.use({});
  return (
    <div className="ladder-goals">
      {HORIZONS.map(({ horizon, label, hint }) => (
        <section key={horizon} className="ladder-goals__section" aria-label={`${label} goals`}>
          <h2 className="ladder-goals__heading">{label}</h2>
          <ul className="ladder-goals__list">
            {(goals.data ?? [])
              .filter((g) => g.horizon === horizon)
              .map((goal) => (
                <GoalRow key={goal.id} goal={goal} />
              ))}
          </ul>
          <AddGoal horizon={horizon} hint={hint} label={label} />
        </section>
      ))}
    </div>
  );
}

function AddGoal({ horizon, hint, label }: { horizon: GoalHorizon; hint: string; label: string }) {
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const field = useRef<HTMLInputElement>(null);
  return (
    <form
      className="ladder-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        void saveGoal({ horizon, text: text.trim(), targetDate: date || null, done: false });
        refocusAfterAdd(field.current);
        setText('');
        setDate('');
      }}
    >
      <input
        ref={field}
        className="ladder-input"
        aria-label={`New ${label.toLowerCase()} goal`}
        placeholder={hint}
        value={text}
        dir="auto"
        onChange={(e) => setText(e.target.value)}
      />
      <input
        type="date"
        className="ladder-input"
        aria-label={`Target date for the new ${label.toLowerCase()} goal`}
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
      <button type="submit" className="ladder-button" disabled={!text.trim()}>
        Add goal
      </button>
    </form>
  );
}

function GoalRow({ goal }: { goal: Goal }) {
  const [text, setText] = useState(goal.text);
  const overdue = isOverdue(goal);
  const remove = async (button: HTMLElement) => {
    const ok = await confirmDialog({
      title: 'Remove this goal?',
      message: `"${goal.text}" will be removed from your goals.`,
      confirmLabel: 'Remove goal',
      danger: true,
    });
    if (!ok) return;
    // The dialog gave the focus back to the button; with its row gone it moves to a neighbour's.
    const stopWatching = keepFocusWhenRowGoes(button, {
      scope: '.ladder-goals__section',
      row: '.ladder-goal',
      fallback: '.ladder-inline-form input',
    });
    try {
      await removeGoal({ id: goal.id });
    } catch (error) {
      stopWatching();
      notify('error', `Could not remove the goal: ${errorMessage(error)}`);
    }
  };
  return (
    <li className={`ladder-goal${goal.done ? ' is-done' : ''}${overdue ? ' is-overdue' : ''}`}>
      <input
        type="checkbox"
        aria-label={`Done: ${goal.text}`}
        checked={goal.done}
        onChange={(e) => void saveGoal({ ...goal, done: e.target.checked })}
      />
      <input
        className="ladder-input ladder-goal__text"
        aria-label="Goal"
        value={text}
        dir="auto"
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (text.trim() && text !== goal.text) void saveGoal({ ...goal, text: text.trim() });
          else setText(goal.text);
        }}
      />
      <input
        type="date"
        className="ladder-input"
        aria-label={`Target date: ${goal.text}`}
        value={goal.targetDate ?? ''}
        onChange={(e) => void saveGoal({ ...goal, targetDate: e.target.value || null })}
      />
      {overdue && (
        <span className="ladder-goal__overdue">
          <span className="codicon codicon-warning" aria-hidden="true" /> Overdue
        </span>
      )}
      <button
        type="button"
        className="ladder-icon-button"
        aria-label={`Remove goal ${goal.text}`}
        onClick={(e) => void remove(e.currentTarget)}
      >
        <span className="codicon codicon-trash" aria-hidden="true" />
      </button>
    </li>
  );
}
