// @vitest-environment jsdom
import { call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AnticipatedSection } from '../../../src-renderer/src/features/conversations/panels/AnticipatedSection';
import { settleQuickPick, useWorkbench } from '../../../src-renderer/src/workbench/store';

beforeEach(() => {
  useRealStore();
});

const questionTexts = () =>
  screen
    .getAllByRole('textbox', { name: /^Question \d+$/ })
    .map((i) => (i as HTMLInputElement).value);

/** Chooses the entry titled `title` in an entry pick, found as its box would find it (journal.find). */
async function pickEntry(title: string) {
  await waitFor(() => expect(useWorkbench.getState().quickPick?.entries).toBeDefined());
  const { exclude } = useWorkbench.getState().quickPick!.entries!;
  const found = await call('journal.find', { text: title, limit: 50, exclude: [...exclude] });
  act(() => settleQuickPick(found.find((e) => e.title === title)!.id));
}

async function pickFromQuickPick(choose: (labels: string[]) => number) {
  await waitFor(() => expect(useWorkbench.getState().quickPick).not.toBeNull());
  const items = useWorkbench.getState().quickPick!.items;
  act(() => settleQuickPick(items[choose(items.map((i) => i.label))]!.value));
  return items;
}

describe('anticipated questions', () => {
  it('adds written questions, reorders them with Alt+Up/Down and the buttons, and removes one', async () => {
    const user = userEvent.setup();
    const doc = await call('conversations.create', { templateId: 'blank', personName: 'Dana' });
    const id = doc.conversation.id;
    renderReal(<AnticipatedSection conversationId={id} active />);
    const box = await screen.findByRole('textbox', { name: 'New question' });
    for (const q of [
      'Where do you see yourself next year?',
      'What would your colleagues say?',
      'How do you learn best?',
    ]) {
      await user.type(box, `${q}{Enter}`);
      await screen.findByDisplayValue(q);
    }
    expect(questionTexts()).toEqual([
      'Where do you see yourself next year?',
      'What would your colleagues say?',
      'How do you learn best?',
    ]);

    // Alt+Up from inside the third question moves it to the top; focus stays in it.
    const third = screen.getByDisplayValue('How do you learn best?');
    third.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(questionTexts()[1]).toBe('How do you learn best?'));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(questionTexts()[0]).toBe('How do you learn best?'));
    expect(document.activeElement).toBe(screen.getByDisplayValue('How do you learn best?'));
    // At the top, Alt+Up changes nothing.
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(questionTexts()[1]).toBe('How do you learn best?'));

    await user.click(
      screen.getByRole('button', { name: 'Move down: Where do you see yourself next year?' }),
    );
    await waitFor(() =>
      expect(questionTexts()).toEqual([
        'How do you learn best?',
        'Where do you see yourself next year?',
        'What would your colleagues say?',
      ]),
    );
    expect((await call('conversations.get', { id })).questions.map((q) => q.question)).toEqual(
      questionTexts(),
    );

    // No prepared answer: removed without asking.
    await user.click(
      screen.getByRole('button', { name: 'Remove: What would your colleagues say?' }),
    );
    await waitFor(() => expect(questionTexts()).toHaveLength(2));
    expect((await call('conversations.get', { id })).questions).toHaveLength(2);
  });

  it('picks from the question bank with category and step, and links and unlinks evidence', async () => {
    const user = userEvent.setup();
    const entry = await call('journal.create', {
      kind: 'accomplishment',
      title: 'Led the migration',
      date: '2026-10-01',
      fields: { impact: 'No downtime' },
    });
    const doc = await call('conversations.create', { templateId: 'blank', personName: 'Dana' });
    const id = doc.conversation.id;
    renderReal(<AnticipatedSection conversationId={id} active />);
    await user.click(await screen.findByRole('button', { name: 'From the question bank…' }));
    const bank = await call('questions.list', {});
    const items = await pickFromQuickPick(() => 0);
    expect(items).toHaveLength(bank.length);
    expect(items[0]!.description).toBe(
      `${bank[0]!.category.replace(/-/g, ' ')} · ${bank[0]!.step.replace(/-/g, ' ')}`,
    );
    await screen.findByDisplayValue(bank[0]!.text);
    let saved = await call('conversations.get', { id });
    expect(saved.questions[0]).toMatchObject({
      question: bank[0]!.text,
      questionBankId: bank[0]!.id,
    });

    // The question already on the list is not offered again.
    await user.click(screen.getByRole('button', { name: 'From the question bank…' }));
    await waitFor(() => expect(useWorkbench.getState().quickPick).not.toBeNull());
    expect(useWorkbench.getState().quickPick!.items.map((i) => i.label)).not.toContain(
      bank[0]!.text,
    );
    act(() => settleQuickPick(undefined));

    await user.click(screen.getByRole('button', { name: 'Link evidence…' }));
    await pickEntry('Led the migration');
    const evidence = await screen.findByRole('list', { name: 'Evidence for question 1' });
    expect(within(evidence).getByText('No downtime')).toBeTruthy();
    saved = await call('conversations.get', { id });
    expect(saved.questions[0]!.evidence.map((e) => e.id)).toEqual([entry.id]);
    await user.click(within(evidence).getByRole('button', { name: 'Unlink Led the migration' }));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Evidence for question 1' })).toBeNull(),
    );
  });

  it('says so when the question bank has nothing left to offer', async () => {
    const user = userEvent.setup();
    const doc = await call('conversations.create', { templateId: 'blank' });
    for (const q of await call('questions.list', {})) await call('questions.hide', { id: q.id });
    renderReal(<AnticipatedSection conversationId={doc.conversation.id} active />);
    await user.click(await screen.findByRole('button', { name: 'From the question bank…' }));
    await waitFor(() =>
      expect(useWorkbench.getState().notifications.at(-1)?.message).toBe(
        'The question bank has no questions. Write your own question instead.',
      ),
    );
    expect(useWorkbench.getState().quickPick).toBeNull();
  });
});
