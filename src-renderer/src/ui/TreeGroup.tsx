// A labelled group of rows in a side-bar list (a month of entries, the upcoming conversations...):
// named for screen readers, with a visible heading they skip.
import type { ReactNode } from 'react';

export function TreeGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="ladder-tree__group">
      <div className="ladder-tree__heading" aria-hidden="true">
        {label}
      </div>
      {children}
    </div>
  );
}
