// The analyser's notes on an answer, each with its reason: never a score without one.
import type { AnalysisNote } from '../../../../src-main/shared/rehearsal/answerAnalysis';
import { Codicon } from '../../ui/Codicon';

export function FeedbackNotes({
  notes,
  compact = false,
}: {
  notes: AnalysisNote[];
  compact?: boolean;
}) {
  if (notes.length === 0) return <p className="rehearsal-muted">No notes on this answer.</p>;
  return (
    <ul className={`rehearsal-notes${compact ? ' rehearsal-notes--compact' : ''}`}>
      {notes.map((n, i) => (
        <li key={`${n.kind}-${i}`} className={`rehearsal-note rehearsal-note--${n.tone}`}>
          <Codicon
            name={n.tone === 'strength' ? 'pass' : 'lightbulb'}
            label={n.tone === 'strength' ? 'Strength' : 'Suggestion'}
          />
          <span>
            {n.text} <span className="rehearsal-note__reason">{n.reason}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
