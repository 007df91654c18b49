// What an exported agenda says, word for word: the Markdown and plain-text copies (mine and the
// manager's) of one filled conversation, and the edge cases a person meets (no time, a meeting past
// midnight, only a role, stray control characters from a paste, a missing journal entry).
import { describe, expect, it } from 'vitest';
import type {
  ActionItem,
  AgendaItem,
  AnticipatedQuestion,
  ConversationDoc,
} from '../../../src-main/shared/conversations/conversations';
import {
  agendaMarkdown,
  agendaPlainText,
  cleanText,
  escapeMarkdown,
  mailtoLink,
  MAILTO_MAX_LENGTH,
  whenText,
} from '../../../src-main/shared/conversations/agendaText';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';

function item(over: Partial<AgendaItem>): AgendaItem {
  return {
    id: 'i',
    position: 0,
    title: 'Topic',
    minutes: 0,
    hints: [],
    talkingPoints: lexicalFromParagraphs([]),
    privateNotes: '',
    questions: '',
    evidence: [],
    carriedFrom: null,
    version: 1,
    ...over,
  };
}

function question(over: Partial<AnticipatedQuestion>): AnticipatedQuestion {
  return {
    id: 'q',
    position: 0,
    question: 'Question?',
    hint: '',
    preparedAnswer: lexicalFromParagraphs([]),
    questionBankId: null,
    evidence: [],
    version: 1,
    ...over,
  };
}

function action(over: Partial<ActionItem>): ActionItem {
  return {
    id: 'a',
    conversationId: 'c',
    position: 0,
    text: 'Do it',
    owner: 'me',
    dueDate: null,
    status: 'open',
    carriedFrom: null,
    version: 1,
    ...over,
  };
}

function doc(
  conv: Partial<ConversationDoc['conversation']> = {},
  parts: Partial<Omit<ConversationDoc, 'conversation'>> = {},
): ConversationDoc {
  return {
    conversation: {
      id: 'c',
      title: 'Check-in',
      personName: '',
      personRole: '',
      myRole: 'employee',
      kind: 'one-on-one',
      startsAt: null,
      timeZone: null,
      durationMin: 0,
      status: 'draft',
      openActions: 0,
      updatedAt: 0,
      place: '',
      expectedOutcome: '',
      templateId: null,
      notes: lexicalFromParagraphs([]),
      agreed: '',
      followUpDate: null,
      heldOn: null,
      sharedAt: null,
      createdAt: 0,
      deletedAt: null,
      version: 1,
      ...conv,
    },
    items: [],
    questions: [],
    actions: [],
    carriedOver: [],
    totalMinutes: 0,
    ...parts,
  };
}

const win = {
  id: 'e1',
  missing: false as const,
  title: 'Billing fix',
  date: '2026-10-02',
  kind: 'accomplishment' as const,
  impact: 'Refunds down 40%',
};

/** A career conversation with something in every part an agenda can show. */
const filled = doc(
  {
    title: 'Career check-in',
    kind: 'career',
    personName: 'Dana Ruiz',
    personRole: 'Engineering manager',
    startsAt: '2026-12-01T09:30',
    timeZone: 'Europe/Paris',
    durationMin: 45,
    place: 'Room 4',
    expectedOutcome: 'A first step toward team lead',
  },
  {
    totalMinutes: 25,
    items: [
      item({
        title: 'Goal',
        minutes: 10,
        talkingPoints: lexicalFromParagraphs(['Lead the platform team', 'Mentor more']),
        questions: 'What does a lead do here?\n\n  Who decides?  ',
        privateNotes: 'Ask for the title\nnot just the work',
        evidence: [win, { id: 'gone', missing: true }],
      }),
      item({
        title: 'Send the packet',
        minutes: 15,
        carriedFrom: {
          actionId: 'a0',
          text: 'Send the packet',
          owner: 'me',
          dueDate: null,
          status: 'open',
          fromConversationId: 'c0',
          fromTitle: 'October talk',
        },
      }),
      item({ title: '  ' }),
    ],
    questions: [
      question({
        question: 'Why now?',
        preparedAnswer: lexicalFromParagraphs(['Because the team grew']),
        evidence: [{ ...win, impact: '' }],
      }),
      question({ question: 'What else?' }),
    ],
    actions: [
      action({ text: 'Draft the plan', owner: 'me', dueDate: '2027-01-15' }),
      action({ text: 'Review it', owner: 'them', status: 'done' }),
      action({ text: 'Meet again', owner: 'both', status: 'dropped' }),
    ],
  },
);

describe('an exported agenda, word for word', () => {
  it('my plain-text copy holds every part, in order', () => {
    expect(agendaPlainText(filled, 'mine')).toBe(
      [
        'Career check-in',
        '',
        'My copy (private)',
        '',
        'Kind: Career conversation',
        'When: Tuesday 1 December 2026, 09:30 to 10:15 (Europe/Paris)',
        'Duration: 45 minutes',
        'Where: Room 4',
        'With: Dana Ruiz (Engineering manager)',
        'Expected outcome: A first step toward team lead',
        '',
        'Agenda (25 of 45 minutes)',
        '',
        '1. Goal (10 min)',
        '   Lead the platform team',
        '   Mentor more',
        '   Questions to discuss:',
        '   - What does a lead do here?',
        '   - Who decides?',
        '   Evidence:',
        '   - Billing fix · 2026-10-02 · Refunds down 40%',
        '   - A journal entry that is no longer available',
        '   Private notes:',
        '   - Ask for the title',
        '   - not just the work',
        '',
        '2. Carried over: Send the packet (15 min)',
        '',
        '3. Untitled item',
        '',
        'Questions I expect',
        '',
        '1. Why now?',
        '   Because the team grew',
        '   Evidence:',
        '   - Billing fix · 2026-10-02',
        '',
        '2. What else?',
        '',
        'Action plan',
        '   - Draft the plan · owner: me · due 2027-01-15 · open',
        '   - Review it · owner: them · done',
        '   - Meet again · owner: both of us · dropped',
        '',
      ].join('\n'),
    );
  });

  it("the manager's plain-text copy has no copy label and none of the private parts", () => {
    expect(agendaPlainText(filled, 'manager')).toBe(
      [
        'Career check-in',
        '',
        'Kind: Career conversation',
        'When: Tuesday 1 December 2026, 09:30 to 10:15 (Europe/Paris)',
        'Duration: 45 minutes',
        'Where: Room 4',
        'With: Dana Ruiz (Engineering manager)',
        'Expected outcome: A first step toward team lead',
        '',
        'Agenda (25 of 45 minutes)',
        '',
        '1. Goal (10 min)',
        '   Lead the platform team',
        '   Mentor more',
        '   Questions to discuss:',
        '   - What does a lead do here?',
        '   - Who decides?',
        '',
        '2. Carried over: Send the packet (15 min)',
        '',
        '3. Untitled item',
        '',
      ].join('\n'),
    );
  });

  it('my Markdown copy holds every part, user text escaped', () => {
    expect(agendaMarkdown(filled, 'mine')).toBe(
      [
        '# Career check\\-in',
        '',
        '*My copy (private)*',
        '',
        '- **Kind:** Career conversation',
        '- **When:** Tuesday 1 December 2026, 09:30 to 10:15 \\(Europe/Paris\\)',
        '- **Duration:** 45 minutes',
        '- **Where:** Room 4',
        '- **With:** Dana Ruiz \\(Engineering manager\\)',
        '- **Expected outcome:** A first step toward team lead',
        '',
        '## Agenda (25 of 45 minutes)',
        '',
        '### 1\\. Goal (10 min)',
        '',
        'Lead the platform team',
        '',
        'Mentor more',
        '',
        '**Questions to discuss:**',
        '',
        '- What does a lead do here?',
        '- Who decides?',
        '',
        '**Evidence:**',
        '',
        '- Billing fix · 2026\\-10\\-02 · Refunds down 40%',
        '- A journal entry that is no longer available',
        '',
        '**Private notes:**',
        '',
        '- Ask for the title',
        '- not just the work',
        '',
        '### 2\\. Carried over: Send the packet (15 min)',
        '',
        '### 3\\. Untitled item',
        '',
        '## Questions I expect',
        '',
        '### 1\\. Why now?',
        '',
        'Because the team grew',
        '',
        '**Evidence:**',
        '',
        '- Billing fix · 2026\\-10\\-02',
        '',
        '### 2\\. What else?',
        '',
        '## Action plan',
        '',
        '- Draft the plan · owner: me · due 2027\\-01\\-15 · open',
        '- Review it · owner: them · done',
        '- Meet again · owner: both of us · dropped',
        '',
      ].join('\n'),
    );
  });

  it("the manager's Markdown copy says it is the one to share and leaves the private parts out", () => {
    const md = agendaMarkdown(filled, 'manager');
    expect(md.split('\n').slice(0, 4)).toEqual([
      '# Career check\\-in',
      '',
      '*Agenda to share*',
      '',
    ]);
    for (const secret of ['Private notes', 'Billing fix', 'Questions I expect', 'Action plan'])
      expect(md).not.toContain(secret);
    expect(md.endsWith('### 3\\. Untitled item\n')).toBe(true);
  });

  it('a conversation with nothing set yet prints its title and an empty agenda', () => {
    const empty = doc({ title: '', kind: 'mentoring' });
    expect(agendaPlainText(empty, 'manager')).toBe(
      'Untitled conversation\n\nKind: Mentoring conversation\n\nAgenda\nNo agenda items yet.\n',
    );
    expect(agendaMarkdown(empty, 'mine')).toBe(
      '# Untitled conversation\n\n*My copy (private)*\n\n- **Kind:** Mentoring conversation\n\n## Agenda\n\nNo agenda items yet.\n',
    );
  });
});

describe('the header of an agenda', () => {
  it('a meeting that runs past midnight ends at the right hour of the next day', () => {
    const late = doc({ startsAt: '2026-12-31T23:30', durationMin: 45 });
    expect(whenText(late)).toBe('Thursday 31 December 2026, 23:30 to 00:15');
    expect(whenText(doc({ startsAt: '2027-03-07T08:05', durationMin: 70 }))).toBe(
      'Sunday 7 March 2027, 08:05 to 09:15',
    );
    expect(whenText(doc({ startsAt: '2027-03-07T09:30', durationMin: 35 }))).toBe(
      'Sunday 7 March 2027, 09:30 to 10:05',
    );
  });

  it('a time with no duration shows only when it starts; no time shows no When line', () => {
    const noLength = doc({ startsAt: '2026-06-15T14:00', timeZone: 'Asia/Tokyo' });
    expect(whenText(noLength)).toBe('Monday 15 June 2026, 14:00 (Asia/Tokyo)');
    expect(agendaPlainText(noLength, 'manager')).not.toContain('Duration');
    expect(whenText(doc())).toBe('');
    expect(agendaPlainText(doc(), 'manager')).not.toContain('When');
  });

  it('names the person alone, or their role alone, without empty brackets', () => {
    const header = (c: Partial<ConversationDoc['conversation']>) =>
      agendaPlainText(doc(c), 'manager')
        .split('\n')
        .filter((l) => l.startsWith('With'));
    expect(header({ personName: 'Dana' })).toEqual(['With: Dana']);
    expect(header({ personRole: 'Mentor' })).toEqual(['With: Mentor']);
    expect(header({ personName: ' Dana\n Ruiz ', personRole: 'Lead' })).toEqual([
      'With: Dana Ruiz (Lead)',
    ]);
  });
});

describe('evidence and email', () => {
  it('a linked entry with no title is named as untitled', () => {
    const d = doc({}, { items: [item({ evidence: [{ ...win, title: ' ' }] })] });
    expect(agendaPlainText(d, 'mine')).toContain(
      '   - Untitled entry · 2026-10-02 · Refunds down 40%',
    );
  });

  it('an email link exactly at the length limit is still a link; one character more is not', () => {
    const withPlace = (n: number) => mailtoLink(doc({ place: 'x'.repeat(n) }));
    const lengthOf = (n: number) => {
      const r = withPlace(n);
      return r.tooLong ? Infinity : r.url.length;
    };
    // Each further letter of the place adds one character to the link.
    const n = 1 + MAILTO_MAX_LENGTH - lengthOf(1);
    expect(lengthOf(n)).toBe(MAILTO_MAX_LENGTH);
    expect(withPlace(n + 1).tooLong).toBe(true);
  });
});

describe('text pasted into an agenda', () => {
  it('control characters are dropped, line breaks and tabs kept, Windows line ends made plain', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\tf\r\ng\rh')).toBe('abcde\tf\ng\nh');
    expect(cleanText('Café 🚀 ok')).toBe('Café 🚀 ok');
  });

  it('a title spread over lines prints on one line', () => {
    const d = doc({ title: '  Plan\r\n  for   2027 \n' });
    expect(agendaPlainText(d, 'manager').split('\n')[0]).toBe('Plan for   2027');
  });

  it('a number at the start of user text cannot start a Markdown list; one later on is left alone', () => {
    expect(escapeMarkdown('2) then')).toBe('2\\) then');
    expect(escapeMarkdown('12. goals')).toBe('12\\. goals');
    expect(escapeMarkdown('Q3. goals 4. more')).toBe('Q3. goals 4. more');
  });
});
