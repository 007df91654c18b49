// Toggle chips, one per kind, with how many entries each kind holds.
import type { DocumentKind } from '../../../src-main/shared/journal/entryKinds';
import { kindIcon, kindLabel } from '../../../src-main/shared/journal/entryKinds';

interface Props<K extends DocumentKind> {
  kinds: readonly K[];
  selected: readonly K[];
  counts?: Partial<Record<K, number>>;
  onChange: (selected: K[]) => void;
  label: string;
}

export function KindFilter<K extends DocumentKind>({
  kinds,
  selected,
  counts,
  onChange,
  label,
}: Props<K>) {
  return (
    <div className="ladder-chips" role="group" aria-label={label}>
      {kinds.map((kind) => {
        const pressed = selected.includes(kind);
        const count = counts?.[kind];
        return (
          <button
            key={kind}
            type="button"
            className="ladder-filter-chip"
            aria-pressed={pressed}
            title={kindLabel(kind)}
            onClick={() =>
              onChange(pressed ? selected.filter((k) => k !== kind) : [...selected, kind])
            }
          >
            <span className={`codicon codicon-${kindIcon(kind)}`} aria-hidden="true" />
            <span>{kindLabel(kind)}</span>
            {count !== undefined && <span className="ladder-filter-chip__count">{count}</span>}
          </button>
        );
      })}
    </div>
  );
}
