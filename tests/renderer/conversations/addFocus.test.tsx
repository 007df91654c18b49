// @vitest-environment jsdom
// After an add from the button, the focus is back in the add field (the button turns disabled as the
// field clears, and would drop the focus on the page's body).
import { call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActionPlanSection } from '../../../src-renderer/src/features/conversations/panels/ActionPlanSection';
import { AnticipatedSection } from '../../../src-renderer/src/features/conversations/panels/AnticipatedSection';

beforeEach(() => {
  useRealStore();
});

async function conversationId(): Promise<string> {
  return (await call('conversations.create', { templateId: 'blank', personName: 'Dana' }))
    .conversation.id;
}

describe('add buttons keep the focus in the form', () => {
  it('Add question, clicked or pressed', async () => {
    const user = userEvent.setup();
    renderReal(<AnticipatedSection conversationId={await conversationId()} active />);
    const field = await screen.findByRole('textbox', { name: 'New question' });
    const button = screen.getByRole('button', { name: 'Add question' });
    await user.type(field, 'Where do you see yourself next year?');
    await user.click(button);
    await screen.findByDisplayValue('Where do you see yourself next year?');
    expect(document.activeElement).toBe(field);

    await user.type(field, 'What would your colleagues say?');
    button.focus();
    await user.keyboard(' ');
    await screen.findByDisplayValue('What would your colleagues say?');
    expect(document.activeElement).toBe(field);
  });

  it('Add action', async () => {
    const user = userEvent.setup();
    renderReal(<ActionPlanSection conversationId={await conversationId()} active />);
    const field = await screen.findByRole('textbox', { name: 'New action' });
    await user.type(field, 'Book the course');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await screen.findByRole('textbox', { name: 'Action: Book the course' });
    expect(document.activeElement).toBe(field);
  });
});

describe('remove buttons hand the focus to the next row', () => {
  it('Remove an action, then the last one: the next action, then the add field', async () => {
    const user = userEvent.setup();
    renderReal(<ActionPlanSection conversationId={await conversationId()} active />);
    const field = await screen.findByRole('textbox', { name: 'New action' });
    for (const action of ['Book the course', 'Ask for a mentor']) {
      await user.type(field, `${action}{Enter}`);
      await screen.findByRole('textbox', { name: `Action: ${action}` });
    }
    await user.click(screen.getByRole('button', { name: 'Remove Book the course' }));
    await waitFor(() =>
      expect(screen.queryByRole('textbox', { name: 'Action: Book the course' })).toBeNull(),
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Remove Ask for a mentor' }),
      ),
    );
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.queryByRole('textbox', { name: 'Action: Ask for a mentor' })).toBeNull(),
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'New action' })),
    );
  });

  it('Remove an anticipated question', async () => {
    const user = userEvent.setup();
    renderReal(<AnticipatedSection conversationId={await conversationId()} active />);
    const field = await screen.findByRole('textbox', { name: 'New question' });
    for (const question of ['Where next?', 'Who could help?']) {
      await user.type(field, `${question}{Enter}`);
      await screen.findByDisplayValue(question);
    }
    await user.click(screen.getByRole('button', { name: /^Remove: Where next/ }));
    await waitFor(() => expect(screen.queryByDisplayValue('Where next?')).toBeNull());
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: /^Remove: Who could help/ }),
      ),
    );
  });
});
