// @vitest-environment jsdom
// The side bar's first frame at start: the journal view (the default view, in the start-up chunk)
// is in the very first commit, while a view in its own chunk comes just after it, so no Suspense
// fallback is in the first frame (React would hold later reveals back 300 ms behind it).
import { resetStore } from '../journal/fakeApi';
import { act } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

let root: Root | null = null;
let host: HTMLElement;

beforeEach(() => {
  resetStore();
  // Each test is a fresh page: the side bar's "first time shown" is per page.
  vi.resetModules();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  host.remove();
});

/** Renders the side bar of a page that starts on `view`; returns the DOM of its first commit. */
async function firstFrame(view: string, restoredTab = false): Promise<string[]> {
  const { queryClient } = await import('../../../src-renderer/src/api/query');
  const { useWorkbench, openEditor } = await import('../../../src-renderer/src/workbench/store');
  await import('../../../src-renderer/src/features/journal/journal.contribution');
  const { SideBar } = await import('../../../src-renderer/src/workbench/SideBar');
  useWorkbench.setState({ activeView: view });
  if (restoredTab) openEditor({ type: 'entry', id: 'restored' });
  root = createRoot(host);
  // flushSync commits the first render alone; deferred work waits for later.
  flushSync(() =>
    root!.render(
      <QueryClientProvider client={queryClient}>
        <SideBar />
      </QueryClientProvider>,
    ),
  );
  return [...host.querySelectorAll('.side-bar-view > *')].map((el) => el.className);
}

it('draws the journal view in the first commit when no editor is restored', async () => {
  const shown = await firstFrame('journal');
  expect(shown).toContain('ladder-journal-view');
  expect(host.querySelector('[role="listbox"][aria-label="Journal"]')).not.toBeNull();
  expect(host.querySelector('aside')?.getAttribute('aria-labelledby')).toBe(
    'sidebar-title-journal',
  );
});

it('draws a view in its own chunk just after the first commit', async () => {
  await firstFrame('trash');
  // Not even its Suspense boundary: a fallback committed now would delay every later reveal.
  expect(host.querySelector('.side-bar-view')).toBeNull();
  // The title is there at once; the view itself follows once its chunk has loaded.
  expect(host.querySelector('h2')?.textContent).toBe('Trash');
  await vi.waitFor(() => expect(host.querySelector('.side-bar-view > *')).not.toBeNull());
});

it('draws the journal view just after the first commit when an editor is restored', async () => {
  // The restored editor goes first: the list follows once the first frame is painted.
  const shown = await firstFrame('journal', true);
  expect(shown).toEqual([]);
  await vi.waitFor(() => expect(host.querySelector('.ladder-journal-view')).not.toBeNull());
});
