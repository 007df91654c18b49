// @vitest-environment jsdom
import {
  call,
  holdNextCall,
  holdNextCallGate,
  renderReal,
  useRealStore,
} from '../followups/realStore';
import { LadderError } from '../../../src-main/shared/errors';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  flushAll,
  openEditor,
  settleQuickPick,
  useWorkbench,
} from '../../../src-renderer/src/workbench/store';
import { queryClient } from '../../../src-renderer/src/api/query';
import '../../../src-renderer/src/features/conversations/conversations.contribution';
import { ConversationPane } from '../../../src-renderer/src/features/conversations/ConversationPane';
import {
  addEvidence,
  trashConversation,
} from '../../../src-renderer/src/features/conversations/conversationActions';

beforeEach(() => {
  useRealStore();
});

async function openPane(
  templateId = 'grow',
  fields: { personName?: string; durationMin?: number } = {},
) {
  const doc = await call('conversations.create', { templateId, personName: 'Dana', ...fields });
  const input = { type: 'conversation', id: doc.conversation.id };
  openEditor(input);
  renderReal(<ConversationPane input={input} active reveal={null} />);
  await screen.findByRole('list', { name: 'Agenda items' });
  return doc;
}

const titles = () =>
  screen
    .getAllByRole('textbox', { name: /^Title of item/ })
    .map((el) => (el as HTMLInputElement).value);

describe('conversation pane', () => {
  it('stacks its sections in order and shows the template hints as hints, not text', async () => {
    const doc = await openPane();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 2)).toEqual(['Details', 'Agenda']);
    expect(headings.at(-1)).toBe('After the meeting');
    expect(titles()).toEqual(['Goal', 'Reality', 'Options', 'Will']);
    const prompts = screen.getByRole('list', { name: 'Prompts for item 1' });
    expect(within(prompts).getAllByRole('listitem').length).toBe(doc.items[0]!.hints.length);
    expect(screen.getByRole('textbox', { name: 'Talking points for item 1' }).textContent).toBe(
      'What you want to say, in a few points',
    );
    expect(doc.items[0]!.talkingPoints).toBe('');
    expect(useWorkbench.getState().tabs[0]!.meta.title).toBe('Career conversation with Dana');
  });

  it('autosaves the details, follows them in the tab title, and keeps them on reopen', async () => {
    const doc = await openPane();
    const user = userEvent.setup();
    const title = screen.getByRole('textbox', { name: 'Conversation title' });
    await user.clear(title);
    await user.type(title, 'Where next with Dana');
    await user.type(
      screen.getByRole('textbox', { name: 'Expected outcome' }),
      'Agree on a stretch project for Q1',
    );
    await user.type(screen.getByRole('textbox', { name: 'Their role' }), 'Engineering manager');
    await user.selectOptions(screen.getByRole('combobox', { name: 'My role' }), 'manager');
    expect(useWorkbench.getState().tabs[0]!.meta.title).toBe('Where next with Dana');
    await act(() => flushAll());
    const stored = (await call('conversations.get', { id: doc.conversation.id })).conversation;
    expect(stored).toMatchObject({
      title: 'Where next with Dana',
      expectedOutcome: 'Agree on a stretch project for Q1',
      personRole: 'Engineering manager',
      myRole: 'manager',
    });
    await waitFor(() =>
      expect(useWorkbench.getState().status[`conversation:${doc.conversation.id}`]?.saveState).toBe(
        'saved',
      ),
    );

    cleanup();
    queryClient.clear();
    renderReal(
      <ConversationPane
        input={{ type: 'conversation', id: doc.conversation.id }}
        active
        reveal={null}
      />,
    );
    expect(
      ((await screen.findByRole('textbox', { name: 'Conversation title' })) as HTMLInputElement)
        .value,
    ).toBe('Where next with Dana');
    expect((screen.getByRole('combobox', { name: 'My role' }) as HTMLSelectElement).value).toBe(
      'manager',
    );
  });

  it('moves an item with Alt+Down, keeps focus on it, announces it and stores the order', async () => {
    const doc = await openPane();
    const user = userEvent.setup();
    const goal = screen.getByRole('textbox', { name: 'Title of item 1' });
    goal.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(titles()).toEqual(['Reality', 'Goal', 'Options', 'Will']);
    expect(document.activeElement).toBe(goal);
    expect(goal.getAttribute('aria-label')).toBe('Title of item 2');
    expect(screen.getByRole('status').textContent).toBe('Goal moved to position 2 of 4.');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(titles()).toEqual(['Reality', 'Options', 'Goal', 'Will']);
    expect(document.activeElement).toBe(goal);
    await waitFor(async () => {
      const stored = await call('conversations.get', { id: doc.conversation.id });
      expect(stored.items.map((i) => i.title)).toEqual(['Reality', 'Options', 'Goal', 'Will']);
    });
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(titles()).toEqual(['Reality', 'Goal', 'Options', 'Will']);
  });

  it('reorders by drag and drop onto another item', async () => {
    const doc = await openPane();
    const cards = () => [...document.querySelectorAll<HTMLElement>('.ladder-agenda-item')];
    const handle = cards()[3]!.querySelector<HTMLElement>('.ladder-agenda-item__handle')!;
    const data = { setData: () => undefined, effectAllowed: 'none' };
    fireEvent.dragStart(handle, { dataTransfer: data });
    fireEvent.dragOver(cards()[0]!, { dataTransfer: data });
    fireEvent.drop(cards()[0]!, { dataTransfer: data });
    await waitFor(() => expect(titles()).toEqual(['Will', 'Goal', 'Reality', 'Options']));
    await waitFor(async () => {
      const stored = await call('conversations.get', { id: doc.conversation.id });
      expect(stored.items.map((i) => i.title)).toEqual(['Will', 'Goal', 'Reality', 'Options']);
    });
  });

  it('asks before removing an item with content, and removes an empty one at once', async () => {
    const doc = await openPane();
    const user = userEvent.setup();
    await user.type(
      screen.getByRole('textbox', {
        name: "Private notes for item 1, never in the manager's copy",
      }),
      'Mention the offer',
    );
    await user.click(screen.getByRole('button', { name: 'Remove item 1' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove this agenda item?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(titles()).toEqual(['Goal', 'Reality', 'Options', 'Will']);
    await user.click(screen.getByRole('button', { name: 'Remove item 1' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove item' }),
    );
    await waitFor(() => expect(titles()).toEqual(['Reality', 'Options', 'Will']));
    await user.click(screen.getByRole('button', { name: 'Remove item 3' }));
    await waitFor(() => expect(titles()).toEqual(['Reality', 'Options']));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(
      (await call('conversations.get', { id: doc.conversation.id })).items.map((i) => i.title),
    ).toEqual(['Reality', 'Options']);
    expect(useWorkbench.getState().notifications.filter((n) => n.severity === 'error')).toEqual([]);
  });

  it('adds an item and puts the caret in its title', async () => {
    await openPane();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add agenda item' }));
    const added = await screen.findByRole('textbox', { name: 'Title of item 5' });
    await waitFor(() => expect(document.activeElement).toBe(added));
  });

  it('puts what is typed while the item is added in its title', async () => {
    const doc = await openPane();
    const user = userEvent.setup();
    const open = holdNextCall('agenda.addItem');
    await user.click(screen.getByRole('button', { name: 'Add agenda item' }));
    await user.keyboard('Budget for a coursx{Backspace}e');
    open();
    const added = await screen.findByRole('textbox', { name: 'Title of item 5' });
    await waitFor(() => expect(document.activeElement).toBe(added));
    expect(added).toHaveProperty('value', 'Budget for a course');
    await user.keyboard(' in May');
    await act(() => flushAll());
    const items = (await call('conversations.get', { id: doc.conversation.id })).items;
    expect(items.at(-1)?.title).toBe('Budget for a course in May');
  });

  it('a failed add shows what was typed meanwhile in its message', async () => {
    const doc = await openPane();
    const user = userEvent.setup();
    const held = holdNextCallGate('agenda.addItem');
    await user.click(screen.getByRole('button', { name: 'Add agenda item' }));
    await user.keyboard('Budget for a course');
    held.fail(new LadderError('storage-full', 'No room to write the journal.'));
    await waitFor(() =>
      expect(useWorkbench.getState().notifications.map((n) => n.message)).toEqual([
        'Could not add an item: No room to write the journal. What you typed: “Budget for a course”',
      ]),
    );
    const items = (await call('conversations.get', { id: doc.conversation.id })).items;
    expect(items).toHaveLength(4);
  });

  it("keeps a huge paste made while the item is added to the title's own limit", async () => {
    await openPane();
    const user = userEvent.setup();
    const open = holdNextCall('agenda.addItem');
    await user.click(screen.getByRole('button', { name: 'Add agenda item' }));
    await user.paste('x'.repeat(5000));
    open();
    const added = await screen.findByRole('textbox', { name: 'Title of item 5' });
    await waitFor(() => expect((added as HTMLInputElement).value).toHaveLength(2000));
  });

  it('totals the time boxes against the duration and warns when over', async () => {
    await openPane('grow', { durationMin: 50 });
    expect(screen.getByText(/^Planned/).textContent).toBe('Planned 50 min of 50 min.');
    const user = userEvent.setup();
    const minutes = screen.getByRole('spinbutton', { name: 'Minutes for item 1' });
    await user.clear(minutes);
    await user.type(minutes, '25');
    expect(screen.getByText(/^Planned/).textContent).toBe(
      'Planned 1 h 5 min of 50 min: 15 min over. Shorten an item or ask for more time.',
    );
    expect(screen.getByText(/^Planned/).closest('p')?.className).toContain('is-over');
  });

  it('adds evidence through the quick pick, shows title, date and impact, and removes it', async () => {
    const win = await call('journal.create', {
      kind: 'accomplishment',
      title: 'Cut build time in half',
      date: '2026-10-02',
      fields: { impact: '40 minutes saved a day' },
    });
    const doc = await openPane();
    const itemId = doc.items[1]!.id;
    const pending = addEvidence(doc.conversation.id, itemId);
    // An entry pick: its box finds the entries as typed (journal.find), none excluded here.
    await waitFor(() =>
      expect(useWorkbench.getState().quickPick?.entries).toEqual({ exclude: [] }),
    );
    const offered = await call('journal.find', { text: '', limit: 50 });
    expect(offered.map((p) => p.title)).toEqual(['Cut build time in half']);
    act(() => settleQuickPick(win.id));
    await act(() => pending);
    const list = await screen.findByRole('list', { name: 'Evidence for item 2' });
    expect(list.textContent).toContain('Cut build time in half');
    expect(list.textContent).toContain('40 minutes saved a day');
    expect(
      (await call('conversations.get', { id: doc.conversation.id })).items[1]!.evidence,
    ).toHaveLength(1);

    const user = userEvent.setup();
    await user.click(
      within(list).getByRole('button', { name: 'Remove evidence Cut build time in half' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Evidence for item 2' })).toBeNull(),
    );
    expect(
      (await call('conversations.get', { id: doc.conversation.id })).items[1]!.evidence,
    ).toHaveLength(0);
  });

  it('shows a trashed journal entry as missing evidence', async () => {
    const win = await call('journal.create', { kind: 'praise', title: 'Thanks from the client' });
    const created = await call('conversations.create', { templateId: 'blank', personName: 'Dana' });
    const added = await call('agenda.addItem', {
      conversationId: created.conversation.id,
      title: 'Wins',
    });
    await call('agenda.linkEvidence', { itemId: added.items[0]!.id, entryId: win.id });
    await call('journal.trash', { id: win.id });
    const input = { type: 'conversation', id: created.conversation.id };
    openEditor(input);
    renderReal(<ConversationPane input={input} active reveal={null} />);
    const list = await screen.findByRole('list', { name: 'Evidence for item 1' });
    expect(list.textContent).toContain('Missing entry');
    expect(within(list).getByRole('button', { name: 'Remove the missing entry' })).toBeTruthy();
  });

  it('closes its tab cleanly when the conversation is trashed elsewhere while open, unsaved edits and all', async () => {
    const doc = await openPane();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Conversation title' }), ' (draft)');
    await call('conversations.trash', { id: doc.conversation.id });
    await act(() => queryClient.invalidateQueries({ queryKey: ['conversations.get'] }));
    await waitFor(() => expect(useWorkbench.getState().tabs).toHaveLength(0));
    expect(useWorkbench.getState().notifications.filter((n) => n.severity === 'error')).toEqual([]);
  });

  it('Move to Trash closes the tab first and leaves no error behind', async () => {
    const doc = await openPane();
    await act(() => trashConversation(doc.conversation.id));
    expect(useWorkbench.getState().tabs).toHaveLength(0);
    expect(useWorkbench.getState().notifications.map((n) => n.severity)).toEqual(['info']);
    expect(
      (await call('conversations.get', { id: doc.conversation.id })).conversation.deletedAt,
    ).not.toBeNull();
  });

  it('renders an empty conversation without items', async () => {
    const created = await call('conversations.create', { templateId: 'blank' });
    const input = { type: 'conversation', id: created.conversation.id };
    renderReal(<ConversationPane input={input} active reveal={null} />);
    expect(await screen.findByText(/No agenda items yet/)).toBeTruthy();
    expect(screen.getByText(/^Planned/).textContent).toMatch(/^Planned 0 min of/);
    expect(await screen.findByRole('button', { name: 'Mark as held' })).toBeTruthy();
  });
});
