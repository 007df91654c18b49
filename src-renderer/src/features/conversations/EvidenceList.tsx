// The journal entries linked to an agenda item, shown inline: title, date, kind and impact.
import { memo } from 'react';
import type { EvidenceSummary } from '../../../../src-main/shared/conversations/conversations';
import { kindIcon, kindLabel } from '../../../../src-main/shared/journal/entryKinds';
import { IconButton } from '../../ui/IconButton';
import { openEditor } from '../../workbench/store';
import { shortDate } from '../../ui/monthGroups';

interface Props {
  evidence: EvidenceSummary[];
  itemLabel: string;
  onAdd: () => void;
  onRemove: (entryId: string) => void;
}

export const EvidenceList = memo(function EvidenceList({
  evidence,
  itemLabel,
  onAdd,
  onRemove,
}: Props) {
  return (
    <div className="ladder-conv-evidence">
      <div className="ladder-conv-evidence__head">
        <span className="ladder-conv-label">Evidence</span>
        <button
          type="button"
          className="ladder-link ladder-conv-add"
          onClick={onAdd}
          aria-label={`Add evidence to ${itemLabel}`}
        >
          <span className="codicon codicon-add" aria-hidden="true" /> Add evidence
        </button>
      </div>
      {evidence.length > 0 && (
        <ul className="ladder-conv-evidence__list" aria-label={`Evidence for ${itemLabel}`}>
          {evidence.map((e) =>
            e.missing ? (
              <li key={e.id} className="ladder-conv-evidence__item is-missing">
                <span className="codicon codicon-warning" aria-hidden="true" />
                <span className="ladder-conv-evidence__title">
                  Missing entry (deleted or in the Trash)
                </span>
                <IconButton
                  icon="close"
                  aria-label="Remove the missing entry"
                  onClick={() => onRemove(e.id)}
                />
              </li>
            ) : (
              <li key={e.id} className="ladder-conv-evidence__item">
                <span
                  className={`codicon codicon-${kindIcon(e.kind)}`}
                  role="img"
                  aria-label={kindLabel(e.kind)}
                />
                <span className="ladder-conv-evidence__body">
                  <button
                    type="button"
                    className="ladder-link ladder-conv-evidence__title"
                    dir="auto"
                    onClick={() => openEditor({ type: 'entry', id: e.id })}
                  >
                    {e.title.trim() || `Untitled ${kindLabel(e.kind).toLowerCase()}`}
                  </button>
                  <span className="ladder-conv-evidence__date">{shortDate(e.date)}</span>
                  {e.impact.trim() && (
                    <span className="ladder-conv-evidence__impact" dir="auto">
                      {e.impact}
                    </span>
                  )}
                </span>
                <IconButton
                  icon="close"
                  aria-label={`Remove evidence ${e.title.trim() || kindLabel(e.kind)}`}
                  onClick={() => onRemove(e.id)}
                />
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  );
});
