// @vitest-environment jsdom
import { bank, builtIn, callsTo, conversation, resetBank } from './fakeQuestionApi';
import { gate } from '../callGate';
import { LadderError } from '../../../src-main/shared/errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getCommand, getEditor, getViews } from '../../../src-renderer/src/workbench/registry';
import {
  closeEditor,
  openEditor,
  settleQuickPick,
  useWorkbench,
} from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/questions/questions.contribution';
import { QuestionsView } from '../../../src-renderer/src/features/questions/QuestionsView';
import { QuestionPane } from '../../../src-renderer/src/features/questions/QuestionPane';
import { freshState, renderWithQuery } from '../journal/renderWithQuery';

function seed(): void {
  bank.builtIns.push(
    builtIn({
      id: 'grow-goal-01',
      text: 'Where do you want to be in two years?',
      category: 'aspirations',
      framework: 'grow',
      step: 'goal',
    }),
    builtIn({
      id: 'grow-reality-01',
      text: 'How would you rate your work this year?',
      category: 'performance',
      framework: 'grow',
      step: 'reality',
      tip: 'Quote a number or a client.',
    }),
    builtIn({
      id: 'five-assess-01',
      text: 'What would three colleagues say about you?',
      category: 'performance',
      framework: 'five-as',
      step: 'assess',
    }),
    builtIn({
      id: 'hard-security-01',
      text: 'Will my job still be here in six months?',
      direction: 'employee-asks',
      category: 'job-security',
      framework: 'hard-questions',
      step: 'security',
    }),
  );
  bank.tags.set('grow-goal-01', ['promotion']);
}

const tree = () => screen.getByRole('tree', { name: 'Question bank' });
const groupLabels = () =>
  within(tree())
    .getAllByRole('treeitem')
    .filter((el) => el.getAttribute('aria-level') === '1')
    .map((el) => el.textContent);
const questionRows = () =>
  within(tree())
    .queryAllByRole('treeitem')
    .filter((el) => el.getAttribute('aria-level') === '2')
    .map((el) => el.getAttribute('title'));

beforeEach(() => {
  resetBank();
  freshState();
  seed();
});
afterEach(cleanup);

describe('question contributions', () => {
  it('registers the view, the editor and the commands with their exact titles', () => {
    expect(getViews().find((v) => v.id === 'questions')).toMatchObject({
      title: 'Questions',
      icon: 'question',
      order: 40,
    });
    expect(getEditor('question')).toBeDefined();
    expect(getCommand('questions.new')?.title).toBe('Questions: New Question');
    expect(getCommand('questions.showBank')?.title).toBe('Questions: Show Question Bank');
  });

  it('New Question creates a user question and opens it with its text selected', async () => {
    await getCommand('questions.new')!.run();
    expect(callsTo('questions.create')).toEqual([{ text: 'Untitled question' }]);
    const id = bank.mine[0]!.id;
    expect(useWorkbench.getState().activeTab).toBe(`question:${id}`);
    renderWithQuery(<QuestionPane input={{ type: 'question', id }} active reveal={null} />);
    const text = await screen.findByRole('textbox', { name: 'Question text' });
    await waitFor(() => expect(document.activeElement).toBe(text));
    const area = text as HTMLTextAreaElement;
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, 'Untitled question'.length]);
    expect(screen.getByText('Your question')).toBeTruthy();
  });

  it('New Question: what is typed before its pane is there replaces the placeholder text', async () => {
    const user = userEvent.setup();
    await getCommand('questions.new')!.run();
    await user.keyboard('What would make next year a good one?');
    const id = bank.mine[0]!.id;
    renderWithQuery(<QuestionPane input={{ type: 'question', id }} active reveal={null} />);
    const text = await screen.findByRole('textbox', { name: 'Question text' });
    await waitFor(() => expect(document.activeElement).toBe(text));
    expect(text).toHaveProperty('value', 'What would make next year a good one?');
  });

  it('New Question that fails shows what was typed meanwhile in its message', async () => {
    const user = userEvent.setup();
    const held = (bank.createGate = gate());
    const run = getCommand('questions.new')!.run();
    await user.keyboard('What would make next year a good one?');
    held.fail(new LadderError('storage-full', 'No room to write the journal.'));
    await run;
    expect(useWorkbench.getState().notifications.map((n) => n.message)).toEqual([
      'Could not create the question: No room to write the journal. What you typed: “What would make next year a good one?”',
    ]);
    expect(bank.mine).toEqual([]);
  });
});

describe('Questions view', () => {
  it('groups by category with counts, and by framework step in walking order', async () => {
    renderWithQuery(<QuestionsView />);
    await waitFor(() => expect(groupLabels()).toHaveLength(3));
    expect(groupLabels()).toEqual([
      'Aspirations, 1 question',
      'Job security, 1 question',
      'Performance, 2 questions',
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'By step' }));
    expect(groupLabels()).toEqual([
      'GROW: Goal, 1 question',
      'GROW: Reality, 1 question',
      "Five A's: Assess, 1 question",
      'Hard questions: Security, 1 question',
    ]);
  });

  it('shows when each practised question is next due, in the list and on the question', async () => {
    const inThreeDays = Date.now() + 3 * 24 * 3600_000 + 60_000;
    Object.assign(bank.builtIns[0]!, { due: inThreeDays, lastGrade: 'good' });
    Object.assign(bank.builtIns[1]!, { due: Date.now() - 1000, lastGrade: 'again' });
    renderWithQuery(<QuestionsView />);
    await waitFor(() => expect(questionRows()).toHaveLength(4));
    const row = (title: string) =>
      within(tree())
        .getAllByRole('treeitem')
        .find((el) => el.getAttribute('title') === title)!;
    expect(row('Where do you want to be in two years?').textContent).toContain('due in 3 days');
    expect(row('How would you rate your work this year?').textContent).toContain('due now');
    expect(row('What would three colleagues say about you?').textContent).not.toContain('due');
    cleanup();
    renderWithQuery(
      <QuestionPane input={{ type: 'question', id: 'grow-goal-01' }} active reveal={null} />,
    );
    expect(await screen.findByText('Next practice in 3 days (last rated Good)')).toBeTruthy();
    cleanup();
    renderWithQuery(
      <QuestionPane input={{ type: 'question', id: 'five-assess-01' }} active reveal={null} />,
    );
    expect(await screen.findByText('Not practised yet')).toBeTruthy();
  });

  it('filters by text, tip and tag as the user types', async () => {
    renderWithQuery(<QuestionsView />);
    await waitFor(() => expect(questionRows()).toHaveLength(4));
    const box = screen.getByRole('searchbox', { name: 'Search questions' });
    await userEvent.type(box, 'colleagues');
    await waitFor(() =>
      expect(questionRows()).toEqual(['What would three colleagues say about you?']),
    );
    await userEvent.clear(box);
    await userEvent.type(box, 'client');
    await waitFor(() =>
      expect(questionRows()).toEqual(['How would you rate your work this year?']),
    );
    await userEvent.clear(box);
    await userEvent.type(box, 'promotion');
    await waitFor(() => expect(questionRows()).toEqual(['Where do you want to be in two years?']));
    await userEvent.clear(box);
    await userEvent.type(box, 'nothing-like-this');
    expect(await screen.findByText(/No question matches/)).toBeTruthy();
  });

  it('filters by a tag chip', async () => {
    renderWithQuery(<QuestionsView />);
    const chip = await screen.findByRole('button', { name: 'promotion' });
    await userEvent.click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(questionRows()).toEqual(['Where do you want to be in two years?']);
  });

  it('moves with the arrow keys, closes a group with Left and opens a question with Enter', async () => {
    renderWithQuery(<QuestionsView />);
    await waitFor(() => expect(questionRows()).toHaveLength(4));
    const box = screen.getByRole('searchbox', { name: 'Search questions' });
    box.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Aspirations, 1 question');
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement?.getAttribute('aria-expanded')).toBe('false');
    expect(questionRows()).not.toContain('Where do you want to be in two years?');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement?.getAttribute('title')).toBe(
      'Where do you want to be in two years?',
    );
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.getAttribute('title')).toBe(
      'Will my job still be here in six months?',
    );
    await userEvent.keyboard('{Enter}');
    expect(useWorkbench.getState().activeTab).toBe('question:hard-security-01');
  });

  it('keeps the keyboard in the tree when the filter, applied after the typing, removes the focused group', async () => {
    renderWithQuery(<QuestionsView />);
    await waitFor(() => expect(questionRows()).toHaveLength(4));
    const box = screen.getByRole('searchbox', { name: 'Search questions' });
    // Typed, then straight down into the tree before the search has caught up: focus on the first group.
    fireEvent.change(box, { target: { value: 'colleagues' } });
    box.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Aspirations, 1 question');
    // The filter lands and the Aspirations group goes: the focus moves to the tree's Tab stop, not the page.
    await waitFor(() => expect(groupLabels()).toEqual(['Performance, 1 question']));
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Performance, 1 question'),
    );
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.getAttribute('title')).toBe(
      'What would three colleagues say about you?',
    );
  });

  it('keeps a question focused when the person types, Tabs into the tree at once and arrows to a question', async () => {
    renderWithQuery(<QuestionsView />);
    await waitFor(() => expect(questionRows()).toHaveLength(4));
    const box = screen.getByRole('searchbox', { name: 'Search questions' });
    box.focus();
    // Typed, then Tab on quicker than the search waits: the checkbox, the tag chip, then the tree.
    fireEvent.change(box, { target: { value: 'colleagues' } });
    for (let i = 0; !document.activeElement?.closest('[role="tree"]'); i++) {
      expect(i, 'Tab reaches the tree').toBeLessThan(6);
      await userEvent.tab();
    }
    while (document.activeElement?.getAttribute('aria-level') !== '2')
      await userEvent.keyboard('{ArrowDown}');
    const focused = document.activeElement;
    expect(focused?.getAttribute('title')).toBe('What would three colleagues say about you?');
    // Past the search's wait: nothing changes under the focus any more.
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(document.activeElement).toBe(focused);
    expect(groupLabels()).toEqual(['Performance, 1 question']);
  });

  it('leaves the focus where the person put it when the focused group goes later', async () => {
    renderWithQuery(<QuestionsView />);
    await waitFor(() => expect(questionRows()).toHaveLength(4));
    const box = screen.getByRole('searchbox', { name: 'Search questions' });
    box.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Aspirations, 1 question');
    box.focus();
    await userEvent.type(box, 'colleagues');
    await waitFor(() => expect(groupLabels()).toEqual(['Performance, 1 question']));
    expect(document.activeElement).toBe(box);
  });

  it('offers the context actions with Shift+F10 on a question', async () => {
    renderWithQuery(<QuestionsView />);
    await waitFor(() => expect(questionRows()).toHaveLength(4));
    const row = within(tree()).getByTitle('Where do you want to be in two years?');
    row.focus();
    await userEvent.keyboard('{Shift>}{F10}{/Shift}');
    const items = useWorkbench.getState().quickPick!.items;
    expect(items.map((i) => i.label)).toEqual([
      'Open',
      'Attach to Conversation...',
      'Hide from the Bank',
    ]);
    act(() => settleQuickPick('hide'));
    await waitFor(() =>
      expect(questionRows()).not.toContain('Where do you want to be in two years?'),
    );
    expect(callsTo('questions.hide')).toEqual([{ id: 'grow-goal-01' }]);
  });

  it('hides a question from the list unless "Show hidden" is on', async () => {
    renderWithQuery(
      <>
        <QuestionsView />
        <QuestionPane input={{ type: 'question', id: 'grow-goal-01' }} active reveal={null} />
      </>,
    );
    await waitFor(() => expect(questionRows()).toContain('Where do you want to be in two years?'));
    await userEvent.click(await screen.findByRole('button', { name: /Hide from the Bank/ }));
    await waitFor(() =>
      expect(questionRows()).not.toContain('Where do you want to be in two years?'),
    );
    expect(bank.hidden.has('grow-goal-01')).toBe(true);
    expect(screen.getByText('Hidden from the bank')).toBeTruthy();

    await userEvent.click(screen.getByRole('checkbox', { name: /Show hidden \(1\)/ }));
    expect(questionRows()).toContain('Where do you want to be in two years?');
    await userEvent.click(screen.getByRole('button', { name: /Show in the Bank Again/ }));
    await waitFor(() => expect(bank.hidden.has('grow-goal-01')).toBe(false));
  });
});

describe('question editor', () => {
  it('saves only what changed in a built-in, on tab close', async () => {
    openEditor({ type: 'question', id: 'grow-reality-01' });
    renderWithQuery(
      <QuestionPane input={{ type: 'question', id: 'grow-reality-01' }} active reveal={null} />,
    );
    const tip = await screen.findByRole('textbox', { name: 'Tip: what a strong answer contains' });
    fireEvent.change(tip, { target: { value: 'Quote a number, a client and a date.' } });
    await act(() => closeEditor('question:grow-reality-01'));
    expect(callsTo('questions.update')).toEqual([
      {
        id: 'grow-reality-01',
        tip: 'Quote a number, a client and a date.',
        baseVersion: 1,
        session: expect.any(String),
      },
    ]);
    expect(bank.overlays.get('grow-reality-01')).toEqual({
      tip: 'Quote a number, a client and a date.',
    });
  });

  it('adds and removes follow-ups, at most three, and saves tags', async () => {
    renderWithQuery(
      <QuestionPane input={{ type: 'question', id: 'grow-goal-01' }} active reveal={null} />,
    );
    const add = await screen.findByRole('button', { name: 'Add a follow-up' });
    await userEvent.click(add);
    expect(add).toHaveProperty('disabled', true);
    await userEvent.type(screen.getByRole('textbox', { name: 'Follow-up 3' }), 'Who would notice?');
    await userEvent.click(screen.getByRole('button', { name: 'Remove follow-up 1' }));
    expect(screen.queryByRole('textbox', { name: 'Follow-up 3' })).toBeNull();
    // Removing a follow-up moves focus to its neighbour on the next frame; typing the tag before
    // that frame would lose letters to the follow-up box (a person cannot type within one frame).
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Follow-up 1' })),
    );
    await userEvent.type(screen.getByRole('combobox', { name: 'Add a tag' }), 'stretch{Enter}');
    await within(screen.getByRole('list', { name: 'Tags' })).findByText(
      'stretch',
      {},
      { timeout: 5_000 },
    );
    await act(() => closeEditor('question:grow-goal-01'));
    await waitFor(() => expect(bank.tags.get('grow-goal-01')).toEqual(['promotion', 'stretch']));
    expect(bank.overlays.get('grow-goal-01')?.probes).toEqual([
      'What would that take?',
      'Who would notice?',
    ]);
  });

  it('reverts an edited built-in after confirmation', async () => {
    bank.overlays.set('grow-goal-01', { text: 'Where will you be in two years, honestly?' });
    renderWithQuery(
      <QuestionPane input={{ type: 'question', id: 'grow-goal-01' }} active reveal={null} />,
    );
    const text = await screen.findByRole('textbox', { name: 'Question text' });
    expect((text as HTMLTextAreaElement).value).toBe('Where will you be in two years, honestly?');
    await userEvent.click(screen.getByRole('button', { name: /Revert to Built-in/ }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Revert to the built-in question?',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revert' }));
    await waitFor(() =>
      expect(
        (screen.getByRole('textbox', { name: 'Question text' }) as HTMLTextAreaElement).value,
      ).toBe('Where do you want to be in two years?'),
    );
    expect(callsTo('questions.revert')).toEqual([{ id: 'grow-goal-01' }]);
    expect(screen.queryByRole('button', { name: /Revert to Built-in/ })).toBeNull();
  });

  it('does not revert when the confirmation is cancelled', async () => {
    bank.overlays.set('grow-goal-01', { text: 'Mine' });
    renderWithQuery(
      <QuestionPane input={{ type: 'question', id: 'grow-goal-01' }} active reveal={null} />,
    );
    await userEvent.click(await screen.findByRole('button', { name: /Revert to Built-in/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(callsTo('questions.revert')).toEqual([]);
  });

  it('attaches the question to the conversation chosen in the quick pick', async () => {
    bank.conversations.push(
      conversation('c1', 'Growth talk with Dana'),
      conversation('c2', 'Quarterly check-in'),
    );
    renderWithQuery(
      <QuestionPane input={{ type: 'question', id: 'hard-security-01' }} active reveal={null} />,
    );
    await userEvent.click(await screen.findByRole('button', { name: /Attach to Conversation/ }));
    await waitFor(() => expect(useWorkbench.getState().quickPick).not.toBeNull());
    const items = useWorkbench.getState().quickPick!.items;
    expect(items.map((i) => i.label)).toEqual(['Growth talk with Dana', 'Quarterly check-in']);
    act(() => settleQuickPick(items[1]!.value));
    await waitFor(() =>
      expect(bank.anticipated).toEqual([
        {
          conversationId: 'c2',
          question: 'Will my job still be here in six months?',
          questionBankId: 'hard-security-01',
        },
      ]),
    );
    await waitFor(() =>
      expect(useWorkbench.getState().notifications.map((n) => n.message)).toContain(
        'Added to "Quarterly check-in" as an anticipated question.',
      ),
    );
  });

  it('explains when there is no conversation to attach to', async () => {
    renderWithQuery(
      <QuestionPane input={{ type: 'question', id: 'hard-security-01' }} active reveal={null} />,
    );
    await userEvent.click(await screen.findByRole('button', { name: /Attach to Conversation/ }));
    await waitFor(() =>
      expect(useWorkbench.getState().notifications[0]?.message).toMatch(/no conversation/),
    );
    expect(callsTo('anticipated.add')).toEqual([]);
  });
});
