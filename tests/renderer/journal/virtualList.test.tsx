// @vitest-environment jsdom
// The side bar's journal list at 2,000 entries draws and reads only the rows in view, and the
// keyboard walks past the drawn rows into pages not read yet.
import { callsTo, makeEntry, resetStore, store } from './fakeApi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { JournalView } from '../../../src-renderer/src/features/journal/JournalView';
import { freshState, renderWithQuery } from './renderWithQuery';
import { ROW_HEIGHT } from '../../../src-renderer/src/ui/VirtualMonthList';

const COUNT = 2000;
const VIEW = 240;

/** Entry i is dated i days before 21 Nov 2026: the list shows them in i order. */
function isoDaysBefore(i: number): string {
  const d = new Date(Date.UTC(2026, 10, 21) - i * 86_400_000);
  return d.toISOString().slice(0, 10);
}

let scroller: HTMLDivElement;
const realRect = Element.prototype.getBoundingClientRect;

/** jsdom lays nothing out: the scroller is VIEW pixels tall and the list moves up as it scrolls. */
function layOut(): void {
  Object.defineProperty(scroller, 'clientHeight', { configurable: true, value: VIEW });
  Object.defineProperty(scroller, 'scrollHeight', {
    configurable: true,
    value: COUNT * ROW_HEIGHT,
  });
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const rect = realRect.call(this);
    const isList = this.parentElement?.getAttribute('role') === 'listbox' && this.tagName === 'DIV';
    const isArea = isList && (this as HTMLElement).style.position === 'relative';
    return isArea ? new DOMRect(0, -scroller.scrollTop, rect.width, 0) : rect;
  };
}

function renderList() {
  const view = renderWithQuery(
    <div style={{ overflowY: 'auto' }} data-testid="scroller">
      <JournalView />
    </div>,
  );
  scroller = screen.getByTestId('scroller') as HTMLDivElement;
  layOut();
  return view;
}

const drawnEntries = () =>
  screen
    .getAllByRole('option')
    .filter((o) => o.dataset.entryIndex !== undefined)
    .map((o) => Number(o.dataset.entryIndex));

const pageOffsets = () => callsTo('journal.page').map((a) => (a as { offset: number }).offset);

beforeEach(() => {
  resetStore();
  freshState();
  for (let i = 0; i < COUNT; i++)
    store.entries.push(
      makeEntry({ id: `n${i}`, kind: 'lesson', title: `Entry ${i}`, date: isoDaysBefore(i) }),
    );
});
afterEach(() => {
  Element.prototype.getBoundingClientRect = realRect;
  cleanup();
});

describe('the virtualised journal list', () => {
  it('draws and reads only the rows in view, then those scrolled to', async () => {
    renderList();
    await screen.findByText('Entry 0');
    // The layout is the whole journal's; the rows drawn are a screenful and a few more.
    const drawn = drawnEntries();
    expect(drawn[0]).toBe(0);
    expect(drawn.length).toBeLessThan(VIEW / ROW_HEIGHT + 25);
    expect(pageOffsets()).toEqual([0]);
    expect(callsTo('journal.list')).toEqual([]);
    const months = within(screen.getByRole('listbox', { name: 'Journal' })).getAllByRole('group');
    expect(months.length).toBeLessThan(5);

    // Far down: about entry 1,500.
    scroller.scrollTop = 1500 * ROW_HEIGHT + 50 * 28;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(pageOffsets()).toContain(1400));
    await screen.findByText('Entry 1500');
    const far = drawnEntries();
    expect(Math.min(...far)).toBeGreaterThan(1300);
    expect(far.length).toBeLessThan(VIEW / ROW_HEIGHT + 25);
    expect(screen.queryByText('Entry 0')).toBeNull();
    // Each drawn row says where it stands in the whole list.
    const row = screen.getByText('Entry 1500').closest('[role="option"]')!;
    expect(row.getAttribute('aria-posinset')).toBe('1501');
    expect(row.getAttribute('aria-setsize')).toBe(String(COUNT));
  });

  it('moves the focus past the drawn rows and across pages with the keyboard', async () => {
    const user = userEvent.setup();
    renderList();
    await screen.findByText('Entry 0');
    screen.getAllByRole('option', { name: /Goals/ })[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.getAttribute('title')).toBe('Entry 0');
    // Past the drawn rows (about 20) and past the first page of 100.
    for (let i = 0; i < 105; i++) await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.getAttribute('title')).toBe('Entry 105'));
    expect(pageOffsets()).toContain(100);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.getAttribute('title')).toBe('Entry 104');

    await user.keyboard('{End}');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('title')).toBe(`Entry ${COUNT - 1}`),
    );
    expect(pageOffsets()).toContain(1900);
    await user.keyboard('{PageUp}');
    const up = Number(document.activeElement?.getAttribute('data-entry-index'));
    expect(up).toBeLessThan(COUNT - 1);
    expect(up).toBeGreaterThan(COUNT - 1 - VIEW / ROW_HEIGHT);

    await user.keyboard('{Home}');
    expect(document.activeElement?.getAttribute('title')).toBe('Values');
    // 110 key presses, each a render: slow on a loaded machine.
  }, 60_000);

  it('keeps the focused row (and the focus) when the list scrolls away from it', async () => {
    const user = userEvent.setup();
    renderList();
    await user.click(await screen.findByText('Entry 3'));
    const row = screen.getByText('Entry 3').closest<HTMLElement>('[role="option"]')!;
    expect(document.activeElement).toBe(row);
    scroller.scrollTop = 1000 * ROW_HEIGHT;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(Math.max(...drawnEntries())).toBeGreaterThan(900));
    expect(row.isConnected).toBe(true);
    expect(document.activeElement).toBe(row);
    expect(row.getAttribute('title')).toBe('Entry 3');
    expect(scroller.scrollTop).toBe(1000 * ROW_HEIGHT);
    // Only the rows in view besides it.
    expect(drawnEntries().filter((i) => i < 900)).toEqual([3]);
  });
});
