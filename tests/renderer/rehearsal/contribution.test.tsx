// @vitest-environment jsdom
import { fake, resetFake } from './fakeRehearsalApi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import type { SessionAnswer, SessionSummary } from '../../../src-main/shared/rehearsal/rehearsal';
import { getCommands, getViews } from '../../../src-renderer/src/workbench/registry';
import { useWorkbench } from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/rehearsal/rehearsal.contribution';
import { weakestAnswers } from '../../../src-renderer/src/features/rehearsal/weakest';
import { describeTrend } from '../../../src-renderer/src/features/rehearsal/ProgressChart';
import { freshState, renderWithQuery } from '../journal/renderWithQuery';

beforeEach(() => {
  resetFake();
  freshState();
});
afterEach(cleanup);

const answer = (
  position: number,
  grade: SessionAnswer['grade'],
  timeMs: number,
  timedOut = false,
): SessionAnswer => ({
  position,
  questionId: `q${position}`,
  answer: '',
  startedAt: 0,
  endedAt: 0,
  timeMs,
  timedOut,
  revealed: false,
  followUp: null,
  grade,
  feedback: {
    words: 0,
    elapsedMs: timeMs,
    wordsPerMinute: null,
    hedges: [],
    absolutes: [],
    evidence: { numbers: [], percentages: [], money: [], dates: [], names: [], entries: [] },
    length: 'empty',
    notes: [],
  },
  version: 1,
});

describe('rehearsal contribution', () => {
  it('registers the four commands with their exact titles and the view at order 50', () => {
    const titles = getCommands().map((c) => c.title);
    for (const t of [
      'Rehearse: Start Rehearsal...',
      'Rehearse: Surprise Me',
      'Rehearse: Practice Due Questions',
      'Rehearse: Show History',
    ]) {
      expect(titles).toContain(t);
    }
    const view = getViews().find((v) => v.id === 'rehearsal');
    expect(view).toMatchObject({ title: 'Rehearse', icon: 'mortar-board', order: 50 });
  });

  const view = getViews().find((v) => v.id === 'rehearsal');
  const useBadge = view?.useBadge as () => number | null;
  function Badge() {
    return <output aria-label="badge">{String(useBadge())}</output>;
  }
  const dueCalls = () => fake.calls.filter((c) => c.channel === 'practice.due');

  it('asks for the due count only once the workbench is ready, and then only for the number', async () => {
    fake.dueCount = 4;
    renderWithQuery(<Badge />);
    // Not ready: the start is never kept waiting by the badge's read.
    await new Promise((r) => setTimeout(r, 300));
    expect(dueCalls()).toHaveLength(0);
    act(() => useWorkbench.setState({ ready: true }));
    await waitFor(() => expect(screen.getByLabelText('badge').textContent).toBe('4'));
    expect(dueCalls().map((c) => c.args)).toEqual([{ countOnly: true }]);
  });

  it('shows no badge, and no error, when the due count cannot be read', async () => {
    fake.dueFails = true;
    useWorkbench.setState({ ready: true });
    renderWithQuery(<Badge />);
    await waitFor(() => expect(dueCalls()).toHaveLength(1));
    expect(screen.getByLabelText('badge').textContent).toBe('null');
    expect(useWorkbench.getState().notifications).toEqual([]);
  });

  it('Practice Due says at once when nothing is due, before any settings', async () => {
    const { practiceDue } = await import('../../../src-renderer/src/features/rehearsal/startFlow');
    const { closeRehearsal } =
      await import('../../../src-renderer/src/features/rehearsal/overlayHost');
    const isRehearsalOpen = () => document.querySelector('.rehearsal-overlay') !== null;
    fake.dueCount = 0;
    await practiceDue();
    expect(useWorkbench.getState().notifications.map((n) => n.message)).toEqual([
      'Nothing is due for practice now. Questions you rehearse come back when it is time to practise them again.',
    ]);
    expect(isRehearsalOpen()).toBe(false);
    fake.dueCount = 2;
    await practiceDue();
    await waitFor(() => expect(isRehearsalOpen()).toBe(true));
    closeRehearsal();
  });

  it('badges the view with the number of due questions, and none when nothing is due', async () => {
    useWorkbench.setState({ ready: true });
    fake.dueCount = 7;
    renderWithQuery(<Badge />);
    await waitFor(() => expect(screen.getByLabelText('badge').textContent).toBe('7'));
    cleanup();
    freshState();
    useWorkbench.setState({ ready: true });
    fake.dueCount = 0;
    renderWithQuery(<Badge />);
    await waitFor(() =>
      expect(fake.calls.filter((c) => c.channel === 'practice.due').length).toBe(2),
    );
    expect(screen.getByLabelText('badge').textContent).toBe('null');
  });
});

describe('summary helpers', () => {
  it('picks the weakest three: lowest grade, then timed out, then slowest', () => {
    const picked = weakestAnswers([
      answer(0, 'easy', 1000),
      answer(1, 'hard', 5000),
      answer(2, 'again', 1000),
      answer(3, 'hard', 9000),
      answer(4, 'good', 99_000),
    ]);
    expect(picked.map((a) => a.position)).toEqual([2, 3, 1]);
    expect(
      weakestAnswers([answer(0, 'good', 1000), answer(1, null, 1000, true)]).map((a) => a.position),
    ).toEqual([1, 0]);
  });

  it('describes the trend in words for the chart', () => {
    const s = (goodOrEasy: number, answered: number, averageTimeMs: number): SessionSummary => ({
      id: `${goodOrEasy}-${answered}`,
      conversationId: 'c',
      startedAt: 1,
      status: 'finished',
      mode: 'conversation',
      questions: answered,
      answered,
      goodOrEasy,
      averageTimeMs,
    });
    expect(describeTrend([])).toBe('No answered rehearsals yet.');
    expect(describeTrend([s(1, 4, 60_000), s(3, 4, 45_000)])).toBe(
      '2 rehearsals: answers graded Good or Easy went from 25% to 75%; average time from 1:00 to 0:45.',
    );
  });
});
