// The Rehearse side bar: questions due for practice, ways to start, and every past rehearsal.
import { deleteSessionWrite, dueRead } from './rehearsalQueries';
import { IconButton } from '../../ui/IconButton';
import { closeEditor, notify, openEditor } from '../../workbench/store';
import { confirmDialog } from '../../ui/confirm';
import { errorMessage } from '../../ui/errorMessage';
import { dateTimeText, sessionSourceText } from './format';
import { ProgressChart } from './ProgressChart';
import { HISTORY_HEADING_ID } from './request';
import { requestSessionFocus } from './sessionFocus';
import { practiceDue, startRehearsalFlow, surpriseMe } from './startFlow';
import { useAllSessions, type SessionRow } from './useAllSessions';

const DUE_SHOWN = 20;

function sessionLabel(s: SessionRow): string {
  const what = sessionSourceText(s, s.conversationTitle);
  const left = s.status === 'left' ? ', left early' : s.status === 'active' ? ', not finished' : '';
  return `${dateTimeText(s.startedAt)}: ${what}, ${s.answered} of ${s.questions} answered, ${s.goodOrEasy} Good or Easy${left}`;
}

function openSession(id: string): void {
  openEditor({ type: 'rehearsal-session', id });
  requestSessionFocus(id);
}

async function deleteSession(s: SessionRow): Promise<void> {
  const ok = await confirmDialog({
    title: 'Delete this rehearsal?',
    message: `The rehearsal of ${dateTimeText(s.startedAt)} and its answers are removed for good. Practice schedules stay as they are.`,
    confirmLabel: 'Delete',
    danger: true,
  });
  if (!ok) return;
  try {
    await deleteSessionWrite({ id: s.id });
    await closeEditor(`rehearsal-session:${s.id}`);
  } catch (error) {
    notify('error', `Could not delete the rehearsal: ${errorMessage(error)}`);
  }
}

export function RehearsalView() {
  const due = dueRead.use({ limit: DUE_SHOWN });
  const sessions = useAllSessions();
  const dueCount = due.data?.count ?? 0;
  return (
    <div className="rehearsal-view">
      <div className="rehearsal-view__start">
        <button
          type="button"
          className="ladder-button ladder-button--primary"
          onClick={() => void startRehearsalFlow()}
        >
          Start rehearsal…
        </button>
        <button type="button" className="ladder-button" onClick={surpriseMe}>
          Surprise me
        </button>
      </div>
      <section aria-labelledby="rehearsal-due-heading">
        <h3 id="rehearsal-due-heading" className="ladder-view-toolbar__title">
          Due for practice ({dueCount})
        </h3>
        {due.isError && (
          <p role="alert">Could not read the practice schedule: {errorMessage(due.error)}</p>
        )}
        {due.data && dueCount === 0 && (
          <p className="rehearsal-muted">
            Nothing is due. Questions you rehearse come back here when it is time to practise them
            again.
          </p>
        )}
        {due.data && dueCount > 0 && (
          <>
            <ul className="rehearsal-view__due">
              {due.data.questions.map((q) => (
                <li key={q.id}>{q.text}</li>
              ))}
            </ul>
            {dueCount > DUE_SHOWN && (
              <p className="rehearsal-muted">and {dueCount - DUE_SHOWN} more</p>
            )}
            <button type="button" className="ladder-button" onClick={practiceDue}>
              Practice due questions
            </button>
          </>
        )}
      </section>
      <section aria-labelledby={HISTORY_HEADING_ID}>
        <h3 id={HISTORY_HEADING_ID} tabIndex={-1} className="ladder-view-toolbar__title">
          Past rehearsals
        </h3>
        {sessions.error != null && (
          <p role="alert">Could not read the rehearsal history: {errorMessage(sessions.error)}</p>
        )}
        {!sessions.loading && sessions.rows.length === 0 && (
          <p className="rehearsal-muted">No rehearsals yet.</p>
        )}
        {sessions.rows.some((s) => s.answered > 0) && (
          <ProgressChart
            sessions={[...sessions.rows].reverse()}
            caption="All your rehearsals over time"
          />
        )}
        <ul className="rehearsal-view__history" aria-label="Past rehearsals">
          {sessions.rows.map((s) => (
            <li key={s.id} className="rehearsal-view__session">
              <button type="button" className="ladder-link" onClick={() => openSession(s.id)}>
                {sessionLabel(s)}
              </button>
              <IconButton
                icon="trash"
                aria-label={`Delete the rehearsal of ${dateTimeText(s.startedAt)}`}
                onClick={() => void deleteSession(s)}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
