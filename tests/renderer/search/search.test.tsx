// @vitest-environment jsdom
import { callsTo, resetStore, store } from '../journal/fakeApi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HIT_END, HIT_START, type SearchHit } from '../../../src-main/shared/domain';
import { SearchView } from '../../../src-renderer/src/features/search/SearchView';
import { useWorkbench } from '../../../src-renderer/src/workbench/store';
import { getCommand } from '../../../src-renderer/src/workbench/registry';
import '../../../src-renderer/src/features/search/search.contribution';
import { freshState, renderWithQuery } from '../journal/renderWithQuery';

const hit = (partial: Partial<SearchHit>): SearchHit => ({
  id: 'h1',
  kind: 'accomplishment',
  title: 'Billing',
  titleHighlighted: 'Billing',
  date: '2026-11-02',
  tags: [],
  snippet: '',
  rank: 1,
  ...partial,
});

beforeEach(() => {
  resetStore();
  freshState();
});
afterEach(cleanup);

describe('search view', () => {
  it('renders markers as <mark>, never HTML, and announces the count', async () => {
    const user = userEvent.setup();
    store.searchHits = [
      hit({
        id: 'x',
        title: '<img src=x onerror=alert(1)>',
        titleHighlighted: `<img src=x onerror=alert(1)> ${HIT_START}renewal${HIT_END}`,
        snippet: `We closed the ${HIT_START}renewal${HIT_END} <b>early</b>`,
      }),
      hit({
        id: 'y',
        kind: 'goals',
        titleHighlighted: 'Goals',
        snippet: `a ${HIT_START}renewal${HIT_END} goal`,
      }),
    ];
    renderWithQuery(<SearchView />);
    await user.type(screen.getByRole('searchbox', { name: 'Search the journal' }), 'renewal');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 results'));
    const results = screen.getByRole('listbox', { name: 'Search results' });
    expect(results.querySelector('img')).toBeNull();
    expect(results.querySelector('b')).toBeNull();
    expect(
      within(results).getByText('<img src=x onerror=alert(1)>', { exact: false }),
    ).toBeTruthy();
    const marks = [...results.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['renewal', 'renewal', 'renewal']);
    expect(results.textContent).toContain('<b>early</b>');
    expect(callsTo('search.query').at(-1)).toEqual({ text: 'renewal' });
  });

  it('opens a result with the highlighted term to reveal; profile hits open their page', async () => {
    const user = userEvent.setup();
    store.searchHits = [
      hit({ id: 'e1', snippet: `about the ${HIT_START}Renewals${HIT_END} deal` }),
      hit({
        id: 'p',
        kind: 'skills',
        titleHighlighted: 'Skills',
        snippet: `${HIT_START}renew${HIT_END}`,
      }),
    ];
    renderWithQuery(<SearchView />);
    const box = screen.getByRole('searchbox', { name: 'Search the journal' });
    await user.type(box, 'renew');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 results'));
    await user.keyboard('{Enter}');
    let state = useWorkbench.getState();
    expect(state.activeTab).toBe('entry:e1');
    expect(state.tabs[0]!.reveal).toBe('Renewals');

    box.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    state = useWorkbench.getState();
    expect(state.activeTab).toBe('profile:skills');
    expect(state.tabs.find((t) => t.key === 'profile:skills')!.reveal).toBe('renew');
  });

  it('sends the filters and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithQuery(<SearchView />);
    await user.type(screen.getByRole('searchbox', { name: 'Search the journal' }), 'zebra');
    await user.click(await screen.findByRole('button', { name: /Lesson/ }));
    await user.type(screen.getByLabelText('From date'), '2026-01-01');
    await waitFor(() =>
      expect(callsTo('search.query').at(-1)).toEqual({
        text: 'zebra',
        kinds: ['lesson'],
        from: '2026-01-01',
      }),
    );
    await screen.findByText(/Nothing matches.*clear the filters/);
    expect(screen.getByRole('status').textContent).toBe('0 results');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(callsTo('search.query').at(-1)).toEqual({ text: 'zebra' }));
  });

  it('Find in Journal shows the view and focuses the box', async () => {
    renderWithQuery(<SearchView />);
    await getCommand('search.focus')!.run();
    expect(useWorkbench.getState().activeView).toBe('search');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('searchbox', { name: 'Search the journal' }),
      ),
    );
  });
});
