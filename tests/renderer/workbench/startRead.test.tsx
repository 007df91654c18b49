// @vitest-environment jsdom
// The start's one read (app.start): a restored entry comes in its answer, so the restore's existence
// check and the pane read it from the cache; an entry the start could not read is asked on its own,
// and a gone one is still dropped quietly.
import { callsTo, fake, makeEntry, queryClient, renderApp, resetAll, store } from './setup';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Layout } from '../../../src-main/shared/domain';
import { seedStartupReads } from '../../../src-renderer/src/workbench/startupReads';

// As boot.ts does (importing it would send the reads before this test has set the layout).
seedStartupReads((channel, args, answer) => {
  void queryClient.prefetchQuery({ queryKey: [channel, args], queryFn: () => answer });
});

beforeEach(() => {
  resetAll();
});
afterEach(() => resetAll());

const layout: Layout = {
  sideBarVisible: false,
  sideBarWidth: 31,
  activeView: 'search',
  openTabs: [
    { type: 'entry', id: 'kept' },
    { type: 'entry', id: 'gone' },
  ],
  activeTab: 'entry:kept',
};

it('restores an entry from the start read alone, asking only for the one it could not read', async () => {
  resetAll({ entries: [makeEntry('kept', 'Still here')] });
  fake.state.settings.layout = layout;
  renderApp();
  await screen.findByRole('tab', { name: /Still here/ });
  await waitFor(() => expect(store.useWorkbench.getState().ready).toBe(true));
  expect(callsTo('app.start')).toHaveLength(1);
  expect(callsTo('settings.get')).toEqual([]);
  expect(callsTo('journal.get')).toEqual([{ id: 'gone' }]);
  expect(store.useWorkbench.getState().tabs.map((t) => t.key)).toEqual(['entry:kept']);
});
