// A hint for the next start: the entries its restored tabs will read, so those reads leave together
// with settings.get instead of after its answer. Ids only, never text; settings stay the truth, and a
// stale or missing hint only costs the wait it was meant to save.
import type { Layout } from '../../../src-main/shared/domain';

const KEY = 'ladder.startEntries';
const ENTRY_TABS = new Set(['entry', 'history']);
const MAX_IDS = 20;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled by the user or the browser: no hint, no harm
  }
}

export function readStartHint(): string[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string').slice(0, MAX_IDS) : [];
  } catch {
    return [];
  }
}

export function writeStartHint(layout: Layout): void {
  const ids = [...new Set(layout.openTabs.filter((t) => ENTRY_TABS.has(t.type)).map((t) => t.id))].slice(0, MAX_IDS);
  try {
    storage()?.setItem(KEY, JSON.stringify(ids));
  } catch {
    // a full or read-only storage keeps the old hint; the next start just waits for settings
  }
}
