// Linked journal entries, as chips: title (opens the entry), date and impact; each can be unlinked.
import type { EvidenceSummary } from '../../../../../src-main/shared/conversations/conversations';
import { kindLabel } from '../../../../../src-main/shared/journal/entryKinds';
import { Codicon } from '../../../ui/Codicon';
import { IconButton } from '../../../ui/IconButton';
import { openEditor } from '../../../workbench/store';
import { formatDate } from '../../../workbench/StatusBar';

export function evidenceTitle(e: EvidenceSummary): string {
  return e.missing
    ? 'A deleted entry'
    : e.title.trim() || `Untitled ${kindLabel(e.kind).toLowerCase()}`;
}

export function EvidenceList({
  evidence,
  onUnlink,
  label,
}: {
  evidence: EvidenceSummary[];
  onUnlink: (entryId: string) => void;
  label: string;
}) {
  if (evidence.length === 0) return null;
  return (
    <ul className="panel-evidence" aria-label={label}>
      {evidence.map((e) => (
        <li key={e.id} className="panel-evidence__item">
          <Codicon name={e.missing ? 'circle-slash' : 'note'} />
          {e.missing ? (
            <span className="panel-muted">{evidenceTitle(e)}</span>
          ) : (
            <button
              type="button"
              className="ladder-link panel-link"
              onClick={() => openEditor({ type: 'entry', id: e.id })}
            >
              {evidenceTitle(e)}
            </button>
          )}
          {!e.missing && <span className="panel-muted">{formatDate(e.date)}</span>}
          {!e.missing && e.impact && <span className="panel-evidence__impact">{e.impact}</span>}
          <IconButton
            icon="close"
            className="ladder-icon-button"
            aria-label={`Unlink ${evidenceTitle(e)}`}
            onClick={() => onUnlink(e.id)}
          />
        </li>
      ))}
    </ul>
  );
}
