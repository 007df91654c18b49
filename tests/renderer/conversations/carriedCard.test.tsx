// @vitest-environment jsdom
// An unfinished action from the last conversation, as its card on the next agenda reads: the due date
// as a date, not a database value. And the role field's choices stay short enough to read in full.
import { call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { openEditor } from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/conversations/conversations.contribution';
import { ConversationPane } from '../../../src-renderer/src/features/conversations/ConversationPane';
import { shortWhen } from '../../../src-renderer/src/features/conversations/whenLabel';

beforeEach(() => {
  useRealStore();
});

it('shows a carried-over action with its due date written as a date', async () => {
  const first = await call('conversations.create', {
    templateId: 'blank',
    title: 'October talk',
    personName: 'Dana',
  });
  await call('actions.add', {
    conversationId: first.conversation.id,
    text: 'Draft the promo packet',
    owner: 'me',
    dueDate: '2026-11-01',
  });
  await call('conversations.markHeld', { id: first.conversation.id, heldOn: '2026-10-20' });
  const next = await call('conversations.create', {
    templateId: 'blank',
    title: 'November talk',
    personName: 'Dana',
  });
  const input = { type: 'conversation', id: next.conversation.id };
  openEditor(input);
  renderReal(<ConversationPane input={input} active reveal={null} />);
  const note = await screen.findByText(/Carried over from “October talk”/);
  expect(note.textContent).toContain(`due ${shortWhen('2026-11-01T00:00')}, still open.`);
  expect(note.textContent).not.toContain('2026-11-01');
  expect(note.textContent).toMatch(/: (yours|theirs|shared), due /);

  // The details load on their own: the carried card can be shown first.
  const role = (await screen.findByRole('combobox', { name: 'My role' })) as HTMLSelectElement;
  expect([...role.options].map((o) => o.text)).toEqual(['Employee', 'Manager or mentor']);
});
