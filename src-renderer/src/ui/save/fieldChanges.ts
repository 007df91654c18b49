// The conflict notice of a form: which fields differ between the stored record and the unsaved
// draft, labelled as the form labels them, and everything typed as text to keep in view.
import type { FieldChange, SaveProblem } from '../SaveProblemNotice';

const shown = (value: unknown): string =>
  Array.isArray(value)
    ? value.join('\n')
    : value === null || value === undefined
      ? ''
      : String(value);

/** The labelled fields (in the labels' order) where `theirs` and `mine` differ. */
export function fieldChanges<D>(
  labels: Partial<Record<keyof D, string>>,
  theirs: D,
  mine: D,
): FieldChange[] {
  return (Object.keys(labels) as (keyof D)[])
    .filter((k) => shown(theirs[k]) !== shown(mine[k]))
    .map((k) => ({
      label: labels[k] ?? String(k),
      theirs: shown(theirs[k]),
      mine: shown(mine[k]),
    }));
}

/** A conflict over `changes`; what the person typed is their side of each change, one per line. */
export function conflictProblem(what: string, changes: FieldChange[]): SaveProblem {
  return {
    kind: 'conflict',
    what,
    changes,
    mine: changes.map((c) => `${c.label}: ${c.mine}`).join('\n'),
  };
}
