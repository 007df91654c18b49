// The bottom line: save state, words and date of the active tab; theme and mode on the right.
import { Suspense, useDeferredValue } from 'react';
import { Codicon } from '../ui/Codicon';
import { getStatusItems } from './registry';
import { useWorkbench } from './store';
import { THEME_LABELS, pickColorTheme, useTheme } from './theme';
import type { SaveState, StatusItem, TabStatus } from './types';
import { appInfoRead } from './workbenchQueries';

const SAVE_ICONS: Record<SaveState, string> = {
  saved: 'check',
  saving: 'sync',
  unsaved: 'circle-filled',
  error: 'warning',
};

function saveText(status: TabStatus): string | null {
  switch (status.saveState) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'unsaved':
      return 'Unsaved';
    case 'error':
      return `Not saved: ${status.message ?? 'unknown problem'}`;
    default:
      return null;
  }
}

// Made once: toLocale*String builds a new formatter on every call, which costs milliseconds each.
let dateFormat: Intl.DateTimeFormat | null = null;
let numberFormat: Intl.NumberFormat | null = null;

export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  dateFormat ??= new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return dateFormat.format(date);
}

export function wordText(words: number): string {
  numberFormat ??= new Intl.NumberFormat();
  return `${numberFormat.format(words)} ${words === 1 ? 'word' : 'words'}`;
}

/** Features' items, each in its own Suspense so a lazy one never holds up the rest of the bar. */
function ContributedItems({ items }: { items: StatusItem[] }) {
  return items.map((item) => (
    <Suspense key={item.id} fallback={null}>
      <item.component />
    </Suspense>
  ));
}

export function StatusBar() {
  // A step behind the tab, in an interruptible render: the first number and date formatted in a
  // session cost milliseconds that belong after the editor has appeared, not before.
  const status = useDeferredValue(
    useWorkbench((s) => (s.activeTab ? s.status[s.activeTab] : undefined)),
  );
  const theme = useTheme((s) => s.choice);
  const info = appInfoRead.use({});
  const save = status ? saveText(status) : null;
  return (
    <footer className="status-bar" aria-label="Status bar">
      <div className="status-left">
        <div className="status-left" role="status" aria-live="polite">
          {save && (
            <span className={`status-item${status?.saveState === 'error' ? ' status-error' : ''}`}>
              <Codicon name={SAVE_ICONS[status?.saveState ?? 'saved']} />
              {save}
            </span>
          )}
          {status?.words !== undefined && (
            <span className="status-item">{wordText(status.words)}</span>
          )}
          {status?.date && <span className="status-item">{formatDate(status.date)}</span>}
        </div>
        <ContributedItems items={getStatusItems('left')} />
      </div>
      <div className="status-right">
        <ContributedItems items={getStatusItems('right')} />
        <button
          type="button"
          className="status-item status-button"
          onClick={() => void pickColorTheme()}
          aria-label={`Colour theme: ${THEME_LABELS[theme]}. Change theme`}
        >
          <Codicon name="color-mode" />
          {THEME_LABELS[theme]}
        </button>
        {info.data?.mode === 'browser' && (
          <span
            className="status-item"
            title="Ladder is running in your browser, served only to this computer"
          >
            <Codicon name="globe" />
            Browser mode
          </span>
        )}
      </div>
    </footer>
  );
}
