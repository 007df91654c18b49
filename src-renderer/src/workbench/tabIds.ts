// Stable DOM ids for tabs and their panels; tab keys may hold any characters.
const ids = new Map<string, number>();

function idFor(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size + 1;
    ids.set(key, id);
  }
  return id;
}

export const tabId = (key: string) => `editor-tab-${idFor(key)}`;
export const panelId = (key: string) => `editor-panel-${idFor(key)}`;
