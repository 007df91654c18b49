// @vitest-environment jsdom
// Two tabs on one conversation, as the person in the slower tab sees it: a save over the other tab's
// change is refused with a notice that keeps their text, and a save to an item deleted in the other
// tab stops (no endless retries) with the text kept and Copy / Save as a new item offered.
import { call, calls, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { flushAll, openEditor, useWorkbench } from '../../../src-renderer/src/workbench/store';
import { queryClient } from '../../../src-renderer/src/api/query';
import '../../../src-renderer/src/features/conversations/conversations.contribution';
import { ConversationPane } from '../../../src-renderer/src/features/conversations/ConversationPane';
import { ActionPlanSection } from '../../../src-renderer/src/features/conversations/panels/ActionPlanSection';
import { conversationWithActions } from '../followups/realStore';

beforeEach(() => {
  useRealStore();
});

async function openPane() {
  const doc = await call('conversations.create', { templateId: 'grow', personName: 'Dana' });
  const input = { type: 'conversation', id: doc.conversation.id };
  openEditor(input);
  renderReal(<ConversationPane input={input} active reveal={null} />);
  await screen.findByRole('list', { name: 'Agenda items' });
  return doc;
}

const OTHER_TAB = 'the-other-tab';

describe('two tabs on one conversation', () => {
  it('refuses to save over the other tab’s change and keeps the typed text, then uses mine on request', async () => {
    const doc = await openPane();
    const id = doc.conversation.id;
    // The other tab renames the conversation first.
    await call('conversations.save', {
      id,
      title: 'Their title',
      baseVersion: 1,
      session: OTHER_TAB,
    });

    const user = userEvent.setup();
    const title = screen.getByRole('textbox', { name: 'Conversation title' });
    await user.clear(title);
    await user.type(title, 'My title');
    await act(() => flushAll());

    const notice = await screen.findByRole('alert', {
      name: /This conversation was changed in another tab or window/,
    });
    expect((title as HTMLInputElement).value).toBe('My title');
    const kept = within(notice).getByRole('textbox', {
      name: 'Your unsaved text',
    }) as HTMLTextAreaElement;
    expect(kept.value).toContain('Title: My title');
    expect(within(notice).getByText(/Their title/)).toBeTruthy();
    // Nothing of theirs was overwritten.
    expect((await call('conversations.get', { id })).conversation.title).toBe('Their title');
    expect(useWorkbench.getState().status[`conversation:${id}`]?.saveState).toBe('error');

    await user.click(within(notice).getByRole('button', { name: 'Use mine' }));
    await waitFor(async () =>
      expect((await call('conversations.get', { id })).conversation.title).toBe('My title'),
    );
    expect(screen.queryByRole('alert', { name: /changed in another tab/ })).toBeNull();
  });

  it('keeps theirs on request: the form shows the stored details and nothing more is sent', async () => {
    const doc = await openPane();
    const id = doc.conversation.id;
    await call('conversations.save', { id, place: 'Room 4', baseVersion: 1, session: OTHER_TAB });
    const user = userEvent.setup();
    const place = screen.getByRole('textbox', { name: 'Place or link' });
    await user.type(place, 'Room 1');
    await act(() => flushAll());
    const notice = await screen.findByRole('alert', { name: /This conversation was changed/ });
    await user.click(within(notice).getByRole('button', { name: 'Keep theirs' }));
    expect((place as HTMLInputElement).value).toBe('Room 4');
    await act(() => flushAll());
    expect((await call('conversations.get', { id })).conversation.place).toBe('Room 4');
  });

  it('stops saving an item deleted in the other tab, keeps the text and offers Save as a new item', async () => {
    const doc = await openPane();
    const item = doc.items[0]!;
    await call('agenda.removeItem', { id: item.id });

    const user = userEvent.setup();
    await user.type(
      screen.getByRole('textbox', { name: 'Questions I want to ask, item 1' }),
      'Is the staff role open?',
    );
    await act(() => flushAll().catch(() => undefined));
    const notice = await screen.findByRole('alert', {
      name: /This agenda item was deleted in another tab or window/,
    });
    expect(
      (within(notice).getByRole('textbox', { name: 'Your unsaved text' }) as HTMLTextAreaElement)
        .value,
    ).toContain('Questions I want to ask: Is the staff role open?');
    expect(within(notice).getByRole('button', { name: 'Copy my text' })).toBeTruthy();
    // One message, one full stop, and no promise of retries that cannot help.
    const message =
      useWorkbench.getState().status[`conversation:${doc.conversation.id}`]?.message ?? '';
    expect(message).toBe('That agenda item no longer exists.');
    const notices = useWorkbench
      .getState()
      .notifications.map((n) => n.message)
      .join('\n');
    expect(notices).not.toMatch(/\.\./);
    expect(notices).not.toMatch(/keeps retrying/);

    // The page reading the conversation again (the item is gone from it) keeps the card and its text.
    await act(() => queryClient.invalidateQueries({ queryKey: ['conversations.get'] }));
    await waitFor(async () =>
      expect(
        queryClient.getQueryData<{ items: unknown[] }>([
          'conversations.get',
          { id: doc.conversation.id },
        ])?.items,
      ).toHaveLength(3),
    );
    expect(screen.getByRole('alert', { name: /This agenda item was deleted/ })).toBe(notice);
    expect(
      (
        screen.getByRole('textbox', {
          name: 'Questions I want to ask, item 1',
        }) as HTMLTextAreaElement
      ).value,
    ).toBe('Is the staff role open?');

    // No retry follows (the first would come after 2 s).
    const sent = calls.filter((c) => c === 'agenda.updateItem').length;
    await new Promise((r) => setTimeout(r, 2_500));
    expect(calls.filter((c) => c === 'agenda.updateItem').length).toBe(sent);

    await user.click(within(notice).getByRole('button', { name: 'Save as a new item' }));
    await waitFor(async () => {
      const stored = await call('conversations.get', { id: doc.conversation.id });
      expect(stored.items.some((i) => i.questions === 'Is the staff role open?')).toBe(true);
    });
    await waitFor(() =>
      expect(screen.queryByRole('alert', { name: /deleted in another tab/ })).toBeNull(),
    );
  }, 15_000);

  it('keeps an action’s typed text when the other tab changed it first, and saves it when asked again', async () => {
    const doc = await conversationWithActions([{ text: 'Send the brief' }]);
    const action = doc.actions[0]!;
    renderReal(<ActionPlanSection conversationId={doc.conversation.id} active />);
    const box = (await screen.findByRole('textbox', {
      name: 'Action: Send the brief',
    })) as HTMLInputElement;
    await call('actions.update', {
      id: action.id,
      text: 'Send the brief to Dana',
      baseVersion: 1,
      session: OTHER_TAB,
    });

    const user = userEvent.setup();
    await user.clear(box);
    await user.type(box, 'Send the brief by Friday{Enter}');
    await waitFor(() =>
      expect(
        useWorkbench
          .getState()
          .notifications.map((n) => n.message)
          .join('\n'),
      ).toMatch(
        /This action was changed in another tab or window.*Your words are still in the action box/,
      ),
    );
    expect(box.value).toBe('Send the brief by Friday');
    expect((await call('conversations.get', { id: doc.conversation.id })).actions[0]?.text).toBe(
      'Send the brief to Dana',
    );

    await user.type(box, '{Enter}');
    await waitFor(async () =>
      expect((await call('conversations.get', { id: doc.conversation.id })).actions[0]?.text).toBe(
        'Send the brief by Friday',
      ),
    );
  });
});
