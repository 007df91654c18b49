// Shared by the workbench tests: jsdom gaps, an in-memory API on window.ladder, and test views/editors.
// Import it FIRST: the API client reads window.ladder when it is imported.
import { cleanup, render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AppInfo, Entry, Settings } from '../../../src-main/shared/domain';
import type { LadderBridge } from '../../../src-main/shared/contract';
import { LadderError } from '../../../src-main/shared/errors';
import { isProfilePage } from '../../../src-main/shared/journal/entryKinds';
import { findText } from '../../../src-main/shared/journal/findEntries';
import { matchScore } from '../../../src-main/shared/journal/titleMatch';
import { restoredEntryIds } from '../../../src-main/shared/app/startRead';

class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addEventListener() {},
  removeEventListener() {},
  addListener() {},
  removeListener() {},
  dispatchEvent: () => false,
})) as typeof window.matchMedia;

export interface FakeState {
  settings: Settings;
  info: AppInfo;
  entries: Entry[];
  calls: { channel: string; args: unknown }[];
  /** Calls to refuse before answering again, by channel (a busy or locked store). */
  refusals: Record<string, number>;
  /** Waited for before a channel answers (a slow main side): the answer is held until it settles. */
  holds: Record<string, (args: unknown) => Promise<void> | undefined>;
}

export function makeEntry(id: string, title: string, overrides: Partial<Entry> = {}): Entry {
  return {
    id,
    kind: 'accomplishment',
    title,
    date: '2026-11-02',
    tags: [],
    wordCount: 0,
    updatedAt: 1,
    fields: {},
    body: '',
    text: '',
    createdAt: 1,
    deletedAt: null,
    version: 1,
    ...overrides,
  };
}

function freshState(): FakeState {
  return {
    settings: { theme: 'system', layout: null, welcomeSeen: true },
    info: {
      version: '0.1.0',
      mode: 'browser',
      dataDir: '/home/me/.config/Ladder',
      dbPath: '/home/me/.config/Ladder/ladder.db',
    },
    entries: [],
    calls: [],
    refusals: {},
    holds: {},
  };
}

export const fake: { state: FakeState } = { state: freshState() };

export function resetFake(partial: Partial<FakeState> = {}): FakeState {
  fake.state = { ...freshState(), ...partial };
  return fake.state;
}

const handlers: Record<string, (args: never) => unknown> = {
  'settings.get': () => structuredClone(fake.state.settings),
  'settings.set': (args: Partial<Settings>) => {
    fake.state.settings = { ...fake.state.settings, ...args };
    return structuredClone(fake.state.settings);
  },
  'app.info': () => fake.state.info,
  // The main side's answer (readStart in core/host/handlerTable.ts) over the fake's settings and entries.
  'app.start': () => ({
    settings: structuredClone(fake.state.settings),
    entries: restoredEntryIds(fake.state.settings.layout).map((id) => ({
      id,
      entry: fake.state.entries.find((e) => e.id === id) ?? null,
    })),
  }),
  'app.state': () => ({ state: 'open', protected: false }),
  'journal.list': () => fake.state.entries.filter((e) => e.deletedAt === null),
  // The main side's rule (tests/core/journalFind.test.ts) over the fake's entries.
  'journal.find': ({
    text,
    limit,
    exclude = [],
  }: {
    text: string;
    limit: number;
    exclude?: string[];
  }) =>
    fake.state.entries
      .filter((e) => e.deletedAt === null && !isProfilePage(e.kind) && !exclude.includes(e.id))
      .toReversed()
      .toSorted((a, b) => b.date.localeCompare(a.date))
      .map((e) => ({ e, score: matchScore(findText(e.kind, e.title), text) }))
      .filter(({ score }) => score > 0)
      .toSorted((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ e }) => ({
        id: e.id,
        kind: e.kind,
        title: e.title,
        date: e.date,
        updatedAt: e.updatedAt,
      })),
  'journal.get': ({ id }: { id: string }) => {
    const entry = fake.state.entries.find((e) => e.id === id);
    if (!entry) throw new LadderError('not-found', 'No such entry');
    return entry;
  },
};

const flushRequests = new Set<() => Promise<void>>();

window.ladder = {
  api: new Proxy(
    {},
    {
      get: (_target, channel: string) => async (args: unknown) => {
        fake.state.calls.push({ channel, args });
        const refusals = fake.state.refusals[channel] ?? 0;
        if (refusals > 0) {
          fake.state.refusals[channel] = refusals - 1;
          throw new LadderError('locked', 'The journal is busy.');
        }
        const hold = fake.state.holds[channel]?.(args);
        if (hold) await hold;
        const handler = handlers[channel];
        if (!handler) throw new LadderError('unknown-channel', channel);
        return handler(args as never);
      },
    },
  ) as LadderBridge['api'],
  onDidRequestFlush(callback) {
    flushRequests.add(callback);
    return () => flushRequests.delete(callback);
  },
};

export async function requestFlushFromShell(): Promise<void> {
  await Promise.all([...flushRequests].map((f) => f()));
}

export function callsTo(channel: string): unknown[] {
  return fake.state.calls.filter((c) => c.channel === channel).map((c) => c.args);
}

// Modules that read window.ladder come after it is set.
const { queryClient } = await import('../../../src-renderer/src/api/query');
const store = await import('../../../src-renderer/src/workbench/store');
const registry = await import('../../../src-renderer/src/workbench/registry');
const { inputKey } = await import('../../../src-renderer/src/workbench/types');
await import('../../../src-renderer/src/workbench/workbench.contribution');
await import('../../../src-renderer/src/features/settings/settings.contribution');
await import('../../../src-renderer/src/features/welcome/welcome.contribution');
const { App } = await import('../../../src-renderer/src/workbench/App');
// The start gate answers once per page, as at a real start: open, so App renders the workbench at once.
await (await import('../../../src-renderer/src/workbench/startupReads')).startupState();

/** What the test entry editor's flush does; tests replace it to observe or delay saving. */
export const flushHooks: { onFlush: (key: string) => Promise<void> } = { onFlush: async () => {} };

function TestEntryEditor({
  input,
  active,
}: {
  input: { type: string; id: string };
  active: boolean;
}) {
  const key = inputKey(input);
  useEffect(() => {
    const entry = fake.state.entries.find((e) => e.id === input.id);
    store.setTabMeta(key, { title: entry?.title ?? input.id, icon: 'star-full' });
    return store.registerFlush(key, () => flushHooks.onFlush(key));
  }, [key, input.id]);
  return (
    <div>
      <p>
        Editing {input.id}
        {active ? ' (active)' : ''}
      </p>
      <div
        contentEditable
        suppressContentEditableWarning
        aria-label={`Body of ${input.id}`}
        role="textbox"
      />
    </div>
  );
}

registry.registerView({
  id: 'journal',
  title: 'Journal',
  icon: 'notebook',
  order: 10,
  component: () => <button type="button">First journal row</button>,
  useBadge: () => 3,
});
registry.registerView({
  id: 'search',
  title: 'Search',
  icon: 'search',
  order: 20,
  component: () => <input aria-label="Search the journal" />,
});
registry.registerEditor({ type: 'entry', label: 'Entry', component: TestEntryEditor });
registry.registerCommand({
  id: 'journal.newAccomplishment',
  title: 'Journal: New Accomplishment',
  keybinding: 'Ctrl+Alt+N',
  run: () => store.openEditor({ type: 'entry', id: 'new-1' }),
});

export function renderApp() {
  return render(
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>,
  );
}

export function resetAll(partial: Partial<FakeState> = {}): FakeState {
  cleanup();
  queryClient.clear();
  store.resetWorkbench();
  flushHooks.onFlush = async () => {};
  document.documentElement.removeAttribute('data-theme');
  return resetFake(partial);
}

export { store, registry, queryClient };
