// @vitest-environment jsdom
// Conversation: Save as Template... against the real store: the name is asked for, the template is
// offered by New from Template at once, and it keeps the conversation's shape, not its content.
import { body, call, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchApi } from '../../../src-renderer/src/api/query';
import { getCommands } from '../../../src-renderer/src/workbench/registry';
import {
  openEditor,
  settleQuickPick,
  useWorkbench,
} from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/conversations/conversations.contribution';

let store: ReturnType<typeof useRealStore>;
beforeEach(() => {
  store = useRealStore();
});

function command(title: string) {
  const found = getCommands().find((c) => c.title === title);
  if (!found) throw new Error(`no command ${title}`);
  return found;
}

const lastMessage = () => useWorkbench.getState().notifications.at(-1)?.message;

async function openGrowConversation() {
  const doc = await call('conversations.create', {
    templateId: 'grow',
    title: 'Growth plan with Dana',
    personName: 'Dana',
  });
  await call('agenda.updateItem', {
    id: doc.items[0]!.id,
    privateNotes: 'PRIVATE-NOTE',
    talkingPoints: body('TALKING-POINT'),
  });
  await call('anticipated.update', {
    id: doc.questions[0]!.id,
    preparedAnswer: body('PREPARED-ANSWER'),
  });
  openEditor({ type: 'conversation', id: doc.conversation.id });
  return doc;
}

describe('Conversation: Save as Template...', () => {
  it('asks for a name, saves the template and New from Template offers it at once', async () => {
    const user = userEvent.setup();
    const doc = await openGrowConversation();
    // New from Template has read the list before: the save must refresh it.
    expect((await fetchApi('templates.list', {})).some((t) => !t.builtIn)).toBe(false);
    const save = command('Conversation: Save as Template...');
    expect(save.when?.()).toBe(true);

    const running = save.run();
    const dialog = await screen.findByRole('dialog', { name: 'Save as template' });
    const name = within(dialog).getByRole('textbox', { name: 'Template name' }) as HTMLInputElement;
    expect(name.value).toBe('Growth plan with Dana');
    expect(document.activeElement).toBe(name);
    await user.clear(name);
    expect(
      (within(dialog).getByRole('button', { name: 'Save template' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await user.type(name, 'My growth talk');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Description (optional)' }),
      'For a yearly career talk',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    await running;
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(lastMessage()).toBe(
      'Saved as template “My growth talk”. It is offered in New from Template.',
    );

    const picking = command('Conversation: New from Template...').run();
    await waitFor(() => expect(useWorkbench.getState().quickPick).not.toBeNull());
    const offered = useWorkbench
      .getState()
      .quickPick!.items.find((i) => i.label === 'My growth talk');
    expect(offered).toMatchObject({
      description: 'My template',
      detail: 'For a yearly career talk',
    });
    act(() => settleQuickPick(undefined));
    await picking;

    // What it keeps: the agenda's shape and the questions; never notes, talking points or answers.
    const again = await call('conversations.create', {
      templateId: String(offered!.value),
      personName: 'Lee',
    });
    expect(again.items.map((i) => [i.title, i.minutes])).toEqual(
      doc.items.map((i) => [i.title, i.minutes]),
    );
    expect(again.items[0]).toMatchObject({ privateNotes: '', talkingPoints: '' });
    expect(again.questions.map((q) => q.question)).toEqual(doc.questions.map((q) => q.question));
    expect(again.questions.every((q) => q.preparedAnswer === '')).toBe(true);
    expect(JSON.stringify(again)).not.toMatch(/PRIVATE-NOTE|TALKING-POINT|PREPARED-ANSWER/);
  });

  it('Escape saves nothing', async () => {
    const user = userEvent.setup();
    await openGrowConversation();
    const running = command('Conversation: Save as Template...').run();
    await screen.findByRole('dialog', { name: 'Save as template' });
    await user.keyboard('{Escape}');
    await running;
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await call('templates.list', {})).filter((t) => !t.builtIn)).toEqual([]);
    expect(useWorkbench.getState().notifications).toEqual([]);
  });

  it('says clearly when the template could not be saved', async () => {
    const user = userEvent.setup();
    const doc = await openGrowConversation();
    const running = command('Conversation: Save as Template...').run();
    const dialog = await screen.findByRole('dialog', { name: 'Save as template' });
    // The conversation goes away while the dialog is open (e.g. deleted from another window).
    const db = (
      store as unknown as {
        store: { db: { prepare: (sql: string) => { run: (id: string) => unknown } } };
      }
    ).store.db;
    db.prepare('DELETE FROM conversations WHERE id = ?').run(doc.conversation.id);
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    await running;
    expect(lastMessage()).toBe(
      'Could not save the conversation as a template: That conversation no longer exists.',
    );
    expect((await call('templates.list', {})).filter((t) => !t.builtIn)).toEqual([]);
  });
});
