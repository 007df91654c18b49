// @vitest-environment jsdom
// The print preview: what each copy holds, half-filled conversations, hostile text, paper size.
import { fake, makeDoc, makeItem, resetFake } from './printFakeApi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { queryClient } from '../../../src-renderer/src/api/query';
import { AgendaPrintPane } from '../../../src-renderer/src/features/conversations/print/AgendaPrintPane';
import { usePrintOptions } from '../../../src-renderer/src/features/conversations/print/printOptions';
import { openEditor, useWorkbench } from '../../../src-renderer/src/workbench/store';
import { freshState, renderWithQuery } from '../journal/renderWithQuery';

const PRIVATE = 'Keep calm about the reorg';
const ANSWER = 'I led the billing migration';
const MY_ACTION = 'Ask for the staff rubric';
const THEIR_ACTION = 'Priya checks the promotion calendar';

function fullDoc() {
  const doc = makeDoc(
    'c1',
    {
      title: 'Growth talk',
      expectedOutcome: 'Agree on a path to staff',
      personName: 'Priya',
      durationMin: 30,
      startsAt: '2027-03-02T10:00',
    },
    [
      makeItem('i1', {
        title: 'Goal',
        minutes: 10,
        talkingPoints: lexicalFromParagraphs(['Where I want to be next spring']),
        privateNotes: PRIVATE,
        questions: 'What does staff mean here?',
        evidence: [
          {
            id: 'e1',
            missing: false,
            title: 'Cut the invoice run',
            date: '2027-01-15',
            kind: 'accomplishment',
            impact: 'A week earlier',
          },
        ],
      }),
    ],
  );
  doc.questions = [
    {
      id: 'q1',
      position: 0,
      question: 'Your biggest win?',
      hint: '',
      preparedAnswer: lexicalFromParagraphs([ANSWER]),
      questionBankId: null,
      evidence: [],
      version: 1,
    },
  ];
  doc.actions = [
    {
      id: 'a1',
      conversationId: 'c1',
      position: 0,
      text: MY_ACTION,
      owner: 'me',
      dueDate: '2027-03-16',
      status: 'open',
      carriedFrom: null,
      version: 1,
    },
    {
      id: 'a2',
      conversationId: 'c1',
      position: 1,
      text: THEIR_ACTION,
      owner: 'them',
      dueDate: null,
      status: 'done',
      carriedFrom: null,
      version: 1,
    },
  ];
  return doc;
}

const sheet = () => document.querySelector<HTMLElement>('.agenda-sheet')!;

function renderPane(id: string, active = true) {
  return renderWithQuery(
    <AgendaPrintPane input={{ type: 'agenda-print', id }} active={active} reveal={null} />,
  );
}

beforeEach(() => {
  resetFake();
  freshState();
  usePrintOptions.setState({}, true);
});
afterEach(cleanup);

describe('print preview', () => {
  it('shows the manager copy without private notes, evidence, answers or the action plan, and my copy with them', async () => {
    fake.docs.set('c1', fullDoc());
    renderPane('c1');
    await screen.findAllByRole('heading', { level: 1, name: 'Growth talk' });
    const paper = within(sheet());
    expect(paper.getByText('Agree on a path to staff')).toBeTruthy();
    expect(paper.getByText('Where I want to be next spring')).toBeTruthy();
    expect(paper.getByText('What does staff mean here?')).toBeTruthy();
    expect(sheet().textContent).not.toContain(PRIVATE);
    expect(sheet().textContent).not.toContain(ANSWER);
    expect(sheet().textContent).not.toContain('Cut the invoice run');
    expect(within(sheet()).queryByRole('heading', { name: 'Action plan' })).toBeNull();
    expect(sheet().textContent).not.toContain(MY_ACTION);
    expect(sheet().textContent).not.toContain(THEIR_ACTION);
    expect(sheet().textContent).not.toContain('owner:');

    fireEvent.click(screen.getByRole('radio', { name: 'My copy' }));
    expect(sheet().textContent).toContain(PRIVATE);
    expect(sheet().textContent).toContain(ANSWER);
    expect(sheet().textContent).toContain('Cut the invoice run');
    // The evidence's date reads as the rest of the app writes dates, not as the stored ISO day.
    expect(sheet().textContent).toContain(
      new Intl.DateTimeFormat(undefined, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }).format(new Date(2027, 0, 15)),
    );
    expect(sheet().textContent).not.toContain('2027-01-15');
    expect(within(sheet()).getByRole('heading', { name: 'Questions I expect' })).toBeTruthy();
    const plan = within(sheet()).getByRole('heading', { name: 'Action plan' }).closest('section')!;
    expect(
      within(plan)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `${MY_ACTION} · owner: me · due 2027-03-16 · open`,
      `${THEIR_ACTION} · owner: them · done`,
    ]);

    fireEvent.click(screen.getByRole('radio', { name: 'Manager copy' }));
    expect(sheet().textContent).not.toContain(PRIVATE);
    expect(sheet().textContent).not.toContain(MY_ACTION);
  });

  it('prints the same copy it previews, outside the workbench, only while its tab is visible', async () => {
    fake.docs.set('c1', fullDoc());
    const view = renderPane('c1');
    await screen.findAllByRole('heading', { level: 1, name: 'Growth talk' });
    const root = () => document.body.querySelector<HTMLElement>(':scope > .agenda-print-root');
    expect(root()?.dataset.conversation).toBe('c1');
    expect(root()?.textContent).not.toContain(PRIVATE);
    expect(root()?.textContent).not.toContain(MY_ACTION);
    fireEvent.click(screen.getByRole('radio', { name: 'My copy' }));
    expect(root()?.textContent).toContain(PRIVATE);
    expect(root()?.textContent).toContain(MY_ACTION);

    view.rerender(
      <QueryClientProvider client={queryClient}>
        <AgendaPrintPane input={{ type: 'agenda-print', id: 'c1' }} active={false} reveal={null} />
      </QueryClientProvider>,
    );
    expect(root()).toBeNull();
  });

  it('prints an empty conversation sensibly and warns, in the toolbar only, that the outcome is missing', async () => {
    fake.docs.set('c2', makeDoc('c2'));
    renderPane('c2');
    await screen.findAllByRole('heading', { level: 1, name: 'Untitled conversation' });
    expect(within(sheet()).getByText('No agenda items yet.')).toBeTruthy();
    expect(sheet().textContent).not.toContain('Expected outcome');
    expect(within(sheet()).queryByRole('heading', { name: 'Questions I expect' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'My copy' }));
    // No empty headings: every heading on paper has text under it or is the document's own.
    expect(
      within(sheet())
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Untitled conversation', 'Agenda']);
    const toolbar = screen.getByRole('group', { name: 'Print options' });
    expect(within(toolbar).getByText(/expected outcome is empty/)).toBeTruthy();
    expect(sheet().textContent).not.toMatch(/expected outcome is empty/);
  });

  it('renders a title and texts made of markup as text, never as elements', async () => {
    const hostile = '<script>alert(1)</script>';
    fake.docs.set(
      'c3',
      makeDoc('c3', { title: hostile, expectedOutcome: '<img src=x onerror=alert(2)>' }, [
        makeItem('i1', {
          title: '<b>bold?</b>',
          talkingPoints: lexicalFromParagraphs(['<iframe src="javascript:alert(3)">']),
          privateNotes: '<svg onload=alert(4)>',
        }),
      ]),
    );
    renderPane('c3');
    await screen.findAllByRole('heading', { level: 1, name: hostile });
    expect(within(sheet()).getByRole('heading', { level: 1 }).textContent).toBe(hostile);
    fireEvent.click(screen.getByRole('radio', { name: 'My copy' }));
    expect(document.querySelector('script, img, iframe, svg, b')).toBeNull();
    expect(sheet().textContent).toContain('<img src=x onerror=alert(2)>');
    expect(sheet().textContent).toContain('<iframe src="javascript:alert(3)">');
    expect(sheet().textContent).toContain('<svg onload=alert(4)>');
  });

  it('prints right-to-left text, emoji, combining marks and a 100,000-character title exactly as written', async () => {
    const rtl = 'تقييم الأداء مع نور 🚀 שיחת משוב';
    const combining = 'Ame\u0301lie, n\u0303, a\u0308\u0323, க்ஷ 👩🏽‍💻';
    const long = Array.from({ length: 100_000 }, (_, i) => 'aé👍ש'[i % 4])
      .join('')
      .slice(0, 100_000);
    fake.docs.set(
      'c4',
      makeDoc('c4', { title: rtl, expectedOutcome: combining }, [
        makeItem('i1', {
          title: long,
          talkingPoints: lexicalFromParagraphs([rtl, combining]),
          questions: combining,
        }),
      ]),
    );
    renderPane('c4');
    await screen.findAllByRole('heading', { level: 1, name: rtl });
    expect(within(sheet()).getByRole('heading', { level: 1 }).textContent).toBe(rtl);
    const item = within(sheet()).getByRole('heading', { level: 3 });
    expect(item.textContent).toBe(`1. ${long}`);
    const texts = [...sheet().querySelectorAll('*')]
      .filter((el) => el.children.length === 0)
      .map((el) => el.textContent);
    expect(texts.filter((t) => t === combining)).toHaveLength(3);
    expect(texts.filter((t) => t === rtl)).toHaveLength(2);
  });

  it('lays the sheet out on the chosen paper and keeps the choice per conversation', async () => {
    fake.docs.set('c1', fullDoc());
    renderPane('c1');
    await screen.findAllByRole('heading', { level: 1, name: 'Growth talk' });
    const a4 = screen.getByRole('radio', { name: 'A4' }) as HTMLInputElement;
    const letter = screen.getByRole('radio', { name: 'Letter' }) as HTMLInputElement;
    // jsdom's navigator.language is en-US: Letter by default.
    expect(letter.checked).toBe(true);
    expect(sheet().dataset.paper).toBe('letter');
    fireEvent.click(a4);
    expect(sheet().dataset.paper).toBe('a4');
    expect(document.querySelector<HTMLElement>('.agenda-print-root')?.dataset.paper).toBe('a4');
    expect(usePrintOptions.getState().c1?.paper).toBe('a4');
  });

  it('closes its tab when the conversation is gone', async () => {
    openEditor({ type: 'agenda-print', id: 'missing' });
    expect(useWorkbench.getState().tabs).toHaveLength(1);
    renderPane('missing');
    expect((await screen.findByRole('alert')).textContent).toContain('no longer available');
    await waitFor(() => expect(useWorkbench.getState().tabs).toHaveLength(0));
    expect(document.querySelector('.agenda-print-root')).toBeNull();
  });
});
