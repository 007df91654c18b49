// @vitest-environment jsdom
// The keyboard focus after an add, a row leaving the Trash, and Move to Trash closing the open entry:
// never on the page's body, where a keyboard user loses their place.
import { call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GoalsList } from '../../../src-renderer/src/features/journal/GoalsList';
import { SkillsTable } from '../../../src-renderer/src/features/journal/SkillsTable';
import { TrashView } from '../../../src-renderer/src/features/journal/TrashView';
import { EditorArea } from '../../../src-renderer/src/workbench/EditorArea';
import { getCommand } from '../../../src-renderer/src/workbench/registry';
import { openEditor, useWorkbench } from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/journal/journal.contribution';

beforeEach(() => {
  useRealStore();
});

const focused = () => document.activeElement;

describe('add forms', () => {
  it('Add goal hands the focus back to the goal field', async () => {
    const user = userEvent.setup();
    renderReal(<GoalsList />);
    const field = screen.getByRole('textbox', { name: 'New short term goal' });
    const button = within(field.closest('form')!).getByRole('button', { name: 'Add goal' });
    await user.type(field, 'Lead the billing rewrite');
    await user.click(button);
    await screen.findByDisplayValue('Lead the billing rewrite');
    expect(focused()).toBe(field);

    // From the keyboard too: Tab past the date to the button, then Enter.
    await user.type(field, 'Mentor a new hire');
    await user.tab();
    await user.tab();
    expect(focused()).toBe(button);
    await user.keyboard('{Enter}');
    await screen.findByDisplayValue('Mentor a new hire');
    expect(focused()).toBe(field);
  });

  it('Add skill hands the focus back to the skill field', async () => {
    const user = userEvent.setup();
    renderReal(<SkillsTable />);
    const field = await screen.findByRole('textbox', { name: 'New skill name' });
    await user.type(field, 'Negotiation');
    await user.click(screen.getByRole('button', { name: 'Add skill' }));
    await screen.findByRole('radiogroup', { name: 'Rate Negotiation' });
    expect(focused()).toBe(field);
  });
});

describe('remove buttons', () => {
  it('a removed goal hands the focus to the remove button of the next goal, the last one to the goal field', async () => {
    const user = userEvent.setup();
    renderReal(<GoalsList />);
    const field = screen.getByRole('textbox', { name: 'New short term goal' });
    for (const goal of ['Lead the billing rewrite', 'Mentor a new hire']) {
      await user.type(field, `${goal}{Enter}`);
      await screen.findByDisplayValue(goal);
    }
    await user.click(screen.getByRole('button', { name: 'Remove goal Lead the billing rewrite' }));
    await user.click(await screen.findByRole('button', { name: 'Remove goal' }));
    await waitFor(() => expect(screen.queryByDisplayValue('Lead the billing rewrite')).toBeNull());
    await waitFor(() =>
      expect(focused()).toBe(screen.getByRole('button', { name: 'Remove goal Mentor a new hire' })),
    );
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Remove goal' }));
    await waitFor(() => expect(screen.queryByDisplayValue('Mentor a new hire')).toBeNull());
    await waitFor(() => expect(focused()).toBe(field));
  });

  it('a removed skill hands the focus to the remove button of the next skill', async () => {
    const user = userEvent.setup();
    renderReal(<SkillsTable />);
    const field = await screen.findByRole('textbox', { name: 'New skill name' });
    for (const skill of ['Negotiation', 'SQL']) {
      await user.type(field, `${skill}{Enter}`);
      await screen.findByRole('radiogroup', { name: `Rate ${skill}` });
    }
    await user.click(screen.getByRole('button', { name: 'Remove skill Negotiation' }));
    await user.click(await screen.findByRole('button', { name: 'Remove skill' }));
    await waitFor(() =>
      expect(screen.queryByRole('radiogroup', { name: 'Rate Negotiation' })).toBeNull(),
    );
    await waitFor(() =>
      expect(focused()).toBe(screen.getByRole('button', { name: 'Remove skill SQL' })),
    );
  });
});

async function trashed(...titles: string[]) {
  for (const title of titles) {
    const entry = await call('journal.create', { kind: 'lesson', title });
    await call('journal.trash', { id: entry.id });
  }
}

describe('trash view', () => {
  it('Restore moves the focus to the next row, then the previous one, then the list', async () => {
    const user = userEvent.setup();
    await trashed('One', 'Two', 'Three');
    renderReal(<TrashView />);
    await screen.findByText('Three');
    const restoreIn = (row: HTMLElement) => within(row).getByRole('button', { name: /^Restore / });
    const [top, middle, bottom] = screen.getAllByRole('listitem');

    await user.click(restoreIn(top!));
    await waitFor(() => expect(top!.isConnected).toBe(false));
    await waitFor(() => expect(focused()).toBe(restoreIn(middle!)));

    // The last row: the one before it takes the focus.
    restoreIn(bottom!).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(bottom!.isConnected).toBe(false));
    await waitFor(() => expect(focused()).toBe(restoreIn(middle!)));

    // None left: the list itself.
    await user.keyboard('{Enter}');
    await screen.findByText(/The Trash is empty/);
    await waitFor(() =>
      expect(focused()).toBe(screen.getByRole('list', { name: 'Trashed entries' })),
    );
  });

  it('Delete forever moves the focus to the next row once the dialog is confirmed', async () => {
    const user = userEvent.setup();
    await trashed('Alpha', 'Beta');
    renderReal(<TrashView />);
    await screen.findByText('Alpha');
    const [top, next] = screen.getAllByRole('listitem');
    const remove = within(top!).getByRole('button', { name: /forever$/ });
    await user.click(remove);
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete forever?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete forever' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    await waitFor(() =>
      expect(focused()).toBe(within(next!).getByRole('button', { name: /forever$/ })),
    );
  });
});

describe('Entry: Move to Trash', () => {
  async function openEntries(...titles: string[]) {
    const ids: string[] = [];
    for (const title of titles)
      ids.push((await call('journal.create', { kind: 'lesson', title })).id);
    renderReal(<EditorArea />);
    for (const id of ids) act(() => openEditor({ type: 'entry', id }));
    return ids;
  }

  it('hands the focus to the entry left active, not to the page', async () => {
    const user = userEvent.setup();
    const [first] = await openEntries('Kept open', 'To the trash');
    const title = await screen.findByDisplayValue('To the trash');
    await user.click(title);
    await act(() => getCommand('entry.moveToTrash')!.run());
    expect(useWorkbench.getState().activeTab).toBe(`entry:${first}`);
    const panel = screen.getByRole('tabpanel');
    await waitFor(() => expect(panel.contains(focused())).toBe(true));
    expect(within(panel).getByDisplayValue('Kept open')).toBeTruthy();
  });

  it('hands the focus to the editor area when no tab is left', async () => {
    const user = userEvent.setup();
    await openEntries('The only one');
    await user.click(await screen.findByDisplayValue('The only one'));
    await act(() => getCommand('entry.moveToTrash')!.run());
    expect(useWorkbench.getState().tabs).toEqual([]);
    await waitFor(() => expect(focused()).toBe(screen.getByRole('main', { name: 'Editor' })));
  });
});
