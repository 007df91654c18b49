// @vitest-environment jsdom
// Entry: Show History against the real store: each version with its time and word count, the
// words removed and added since as <del>/<ins> with text markers, and Restore this version.
import { body, call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HistoryPane } from '../../../src-renderer/src/features/journal/HistoryPane';
import { countWords } from '../../../src-main/shared/journal/plainText';
import { fetchApi, queryClient } from '../../../src-renderer/src/api/query';
import { openEditor, useWorkbench } from '../../../src-renderer/src/workbench/store';
import { showHistory } from '../../../src-renderer/src/features/journal/entryActions';
import type { Entry } from '../../../src-main/shared/domain';

const ORIGINAL = 'We agreed the migration ships in March with three engineers.';
const NOW = 'We agreed the migration ships in May with three engineers and a contractor.';

let clock: { advance: (ms: number) => void };

beforeEach(() => {
  clock = useRealStore().clock;
});

/** An entry written in one session, then changed when reopened five minutes later. */
async function entryWithHistory() {
  let e = await call('journal.create', { kind: 'reflection', title: 'Migration' });
  e = await call('journal.save', {
    id: e.id,
    title: e.title,
    date: e.date,
    fields: {},
    tags: [],
    body: body(ORIGINAL),
    session: 'first',
    seq: 1,
  });
  const kept = e.updatedAt;
  clock.advance(5 * 60_000);
  e = await call('journal.save', {
    id: e.id,
    title: e.title,
    date: e.date,
    fields: {},
    tags: [],
    body: body(NOW),
    session: 'second',
    seq: 2,
  });
  return { entry: e, kept };
}

// The kept version's count: its title and its body.
const KEPT_WORDS = `${countWords(`Migration ${ORIGINAL}`)} words`;

const when = (millis: number) =>
  new Date(millis).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

describe('history view', () => {
  it('shows each version with its time and word count, and what changed since as struck-through and underlined words', async () => {
    const { entry, kept } = await entryWithHistory();
    renderReal(<HistoryPane input={{ type: 'history', id: entry.id }} active reveal={null} />);

    const versions = await screen.findByRole('listbox', { name: 'Versions' });
    const options = await within(versions).findAllByRole('option');
    // The state before the second session, and the title-only start before the first.
    expect(options).toHaveLength(2);
    expect(options[0]?.textContent).toContain(when(kept));
    expect(options[0]?.textContent).toContain(KEPT_WORDS);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');

    const diff = await screen.findByTestId('version-diff');
    expect(diff.textContent).toContain('ships in');
    const removed = [...diff.querySelectorAll('del')].map((d) => d.textContent);
    const added = [...diff.querySelectorAll('ins')].map((d) => d.textContent);
    // Punctuation belongs to its word: "engineers." became "engineers".
    expect(removed).toEqual(['[removed: March ]', '[removed: engineers.]']);
    expect(added).toEqual(['[added: May ]', '[added: engineers and a contractor.]']);
    screen.getByRole('region', { name: 'Compared with the text now' });
    expect(
      screen.getByRole('article', { name: `Version of ${when(kept)}` })?.textContent,
    ).toContain(`${when(kept)} · ${KEPT_WORDS}`);

    // The arrow keys move between versions; the older one held the title alone.
    const user = userEvent.setup();
    options[0]!.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(within(versions).getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe(
        'true',
      ),
    );
    await waitFor(() =>
      expect(screen.getByTestId('version-diff').querySelectorAll('del')).toHaveLength(0),
    );
    expect(screen.getByTestId('version-diff').querySelector('ins')?.textContent).toBe(
      `[added: ${NOW}]`,
    );

    // The version on its own, to read or copy without the marks.
    await user.click(within(versions).getAllByRole('option')[0]!);
    const alone = screen.getByRole('button', { name: 'Show this version alone' });
    expect(alone.getAttribute('aria-pressed')).toBe('false');
    await user.click(alone);
    expect(alone.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('version-text').textContent).toBe(ORIGINAL);
    screen.getByRole('region', { name: "This version's text" });
  });

  it('restores a version after asking, keeping the text now as a version of its own', async () => {
    const { entry } = await entryWithHistory();
    renderReal(<HistoryPane input={{ type: 'history', id: entry.id }} active reveal={null} />);
    await screen.findByTestId('version-diff');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Restore this version' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Restore this version?' });
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));

    await waitFor(async () =>
      expect((await call('journal.get', { id: entry.id })).text).toBe(ORIGINAL),
    );
    const history = await call('journal.history', { id: entry.id });
    expect((await call('journal.revision', { revisionId: history[0]!.id })).text).toBe(NOW);
  });

  it("opens a profile page's history from its tab, and a restore reaches the page itself", async () => {
    let page = await call('profile.get', { page: 'values' });
    page = await call('journal.save', {
      id: page.id,
      title: page.title,
      date: page.date,
      fields: {},
      tags: [],
      body: body('Candour and care.'),
      session: 'first',
      seq: 1,
    });
    clock.advance(5 * 60_000);
    page = await call('journal.save', {
      id: page.id,
      title: page.title,
      date: page.date,
      fields: {},
      tags: [],
      body: body('Craft.'),
      session: 'second',
      seq: 2,
    });
    // As the open profile tab has it.
    await fetchApi('profile.get', { page: 'values' });
    openEditor({ type: 'profile', id: 'values' });

    showHistory();
    const { tabs, activeTab } = useWorkbench.getState();
    expect(tabs.find((t) => t.key === activeTab)?.input).toEqual({ type: 'history', id: page.id });

    renderReal(<HistoryPane input={{ type: 'history', id: page.id }} active reveal={null} />);
    await screen.findByTestId('version-diff');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Restore this version' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Restore' }),
    );
    await waitFor(() =>
      expect(queryClient.getQueryData<Entry>(['profile.get', { page: 'values' }])?.text).toBe(
        'Candour and care.',
      ),
    );
  });
});
