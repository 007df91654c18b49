// The employee's preparation checklist with live progress, as the main side counts it now.
import type { ChecklistState } from '../../../../../src-main/shared/conversations/conversations';
import { Codicon } from '../../../ui/Codicon';
import type { ConversationSectionProps } from '../sections';
import { shortDay } from '../whenLabel';
import { useActiveRefetch } from './useActiveRefetch';
import { useConversationDoc } from './panelWrites';
import { useLiveRead } from '../conversationQueries';
import './panels.css';

const STATE_ICONS: Record<ChecklistState, string> = {
  done: 'pass-filled',
  pending: 'circle-large-outline',
  'not-available': 'circle-slash',
};

/** The main side writes days as `2026-09-01` (and times as `2026-09-01 09:30`): read them as dates. */
export function readableDetail(detail: string): string {
  return detail.replace(
    /\b(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?\b/g,
    (_, day: string, time?: string) => (time ? `${shortDay(day)}, ${time}` : shortDay(day)),
  );
}

const STATE_LABELS: Record<ChecklistState, string> = {
  done: 'Done',
  pending: 'To do',
  'not-available': 'Not available',
};

export function ChecklistSection({ conversationId, active }: ConversationSectionProps) {
  const doc = useConversationDoc(conversationId);
  const employee = doc.data?.conversation.myRole === 'employee';
  const checklist = useLiveRead('conversations.checklist', conversationId);
  useActiveRefetch(active, checklist.refetch);

  if (doc.data && !employee) {
    return (
      <p className="panel-message">
        This checklist walks the employee through their preparation. You lead this conversation as
        the manager or mentor: prepare the questions you expect under Anticipated questions instead.
      </p>
    );
  }
  if (checklist.error)
    return (
      <p className="panel-message" role="alert">
        The checklist could not be read.
      </p>
    );
  if (!checklist.data || !doc.data)
    return <p className="panel-message">Checking your preparation…</p>;
  const counted = checklist.data.filter((s) => s.state !== 'not-available');
  const done = counted.filter((s) => s.state === 'done').length;
  return (
    <div className="panel checklist">
      <div className="checklist__progress">
        <progress
          id={`checklist-progress-${conversationId}`}
          max={counted.length}
          value={done}
          aria-label="Preparation progress"
        />
        <span aria-hidden="true">
          {done} of {counted.length} steps done
        </span>
      </div>
      <ol className="panel-list checklist__steps" aria-label="Preparation steps">
        {checklist.data.map((step) => (
          <li key={step.id} className={`checklist__step checklist__step--${step.state}`}>
            <Codicon name={STATE_ICONS[step.state]} label={STATE_LABELS[step.state]} />
            <span className="checklist__label">{step.label}</span>
            <span className="panel-meta">{readableDetail(step.detail)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
