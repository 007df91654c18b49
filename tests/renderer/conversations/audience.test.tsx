// @vitest-environment jsdom
// The audience rule over every output of an agenda: for each output and each part of the agenda,
// whether that output shows it. One table, so a copy that leaks a private part (or drops a shared
// one) fails the row naming that output and that part.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { agendaIcs } from '../../../src-main/shared/conversations/agendaIcs';
import {
  agendaMarkdown,
  agendaPlainText,
  mailtoLink,
} from '../../../src-main/shared/conversations/agendaText';
import type {
  ConversationDoc,
  EvidenceSummary,
} from '../../../src-main/shared/conversations/conversations';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { AgendaDocument } from '../../../src-renderer/src/features/conversations/print/AgendaDocument';

/** One marker per part; plain letters and digits, so no output's escaping changes them. */
const PARTS = {
  talkingPoints: 'TALKING1042',
  questionsToDiscuss: 'DISCUSS2290',
  expectedOutcome: 'OUTCOME3318',
  privateNotes: 'PRIVNOTE7781',
  itemEvidence: 'ITEMEVIDENCE9023',
  anticipatedQuestion: 'ANTICIPATED3306',
  preparedAnswer: 'ANSWER4410',
  questionEvidence: 'QEVIDENCE5562',
  actionPlan: 'ACTION5127',
} as const;
type Part = keyof typeof PARTS;

const SHARED_PARTS: Part[] = ['talkingPoints', 'questionsToDiscuss', 'expectedOutcome'];

function evidence(id: string, title: string): EvidenceSummary {
  return {
    id,
    missing: false,
    title,
    date: '2026-11-02',
    kind: 'accomplishment',
    impact: 'Refunds down 40%',
  };
}

/** A conversation with something in every part, each part holding its own marker. */
const DOC: ConversationDoc = {
  conversation: {
    id: 'c1',
    title: 'Career check-in',
    personName: 'Dana Ruiz',
    personRole: 'Engineering manager',
    myRole: 'employee',
    kind: 'career',
    startsAt: '2026-12-01T09:30',
    timeZone: 'Europe/Paris',
    durationMin: 45,
    status: 'scheduled',
    openActions: 1,
    updatedAt: 0,
    place: 'Room 4',
    expectedOutcome: `Agree on ${PARTS.expectedOutcome}`,
    templateId: null,
    notes: '',
    agreed: '',
    followUpDate: null,
    heldOn: null,
    sharedAt: null,
    createdAt: 0,
    deletedAt: null,
    version: 1,
  },
  items: [
    {
      id: 'i1',
      position: 0,
      title: 'Goal',
      minutes: 10,
      hints: [],
      talkingPoints: lexicalFromParagraphs([`Lead the team ${PARTS.talkingPoints}`]),
      privateNotes: `Keep calm ${PARTS.privateNotes}`,
      questions: `What does a lead do ${PARTS.questionsToDiscuss}`,
      evidence: [evidence('e1', `Billing fix ${PARTS.itemEvidence}`)],
      carriedFrom: null,
      version: 1,
    },
  ],
  questions: [
    {
      id: 'q1',
      position: 0,
      question: `Why now ${PARTS.anticipatedQuestion}`,
      hint: '',
      preparedAnswer: lexicalFromParagraphs([`Because ${PARTS.preparedAnswer}`]),
      questionBankId: null,
      evidence: [evidence('e2', `Launch ${PARTS.questionEvidence}`)],
      version: 1,
    },
  ],
  actions: [
    {
      id: 'a1',
      conversationId: 'c1',
      position: 0,
      text: `Send ${PARTS.actionPlan}`,
      owner: 'me',
      dueDate: '2027-01-15',
      status: 'open',
      carriedFrom: null,
      version: 1,
    },
  ],
  carriedOver: [],
  totalMinutes: 10,
};

function printed(variant: 'manager' | 'mine'): string {
  const { container, unmount } = render(<AgendaDocument doc={DOC} variant={variant} />);
  const text = container.textContent ?? '';
  unmount();
  return text;
}

function emailed(): string {
  const link = mailtoLink(DOC);
  return link.tooLong ? `${link.subject}\n${link.text}` : decodeURIComponent(link.url);
}

/** The .ics text unfolded and unescaped, as a calendar shows it. */
function calendar(): string {
  return agendaIcs(DOC, Date.UTC(2026, 10, 20))
    .replace(/\r\n /g, '')
    .replace(/\\n/g, '\n')
    .replace(/\\([\\;,])/g, '$1');
}

const OUTPUTS: Record<string, { text: () => string; privateShown: boolean }> = {
  'Markdown, manager copy': { text: () => agendaMarkdown(DOC, 'manager'), privateShown: false },
  'Markdown, my copy': { text: () => agendaMarkdown(DOC, 'mine'), privateShown: true },
  'plain text, manager copy': { text: () => agendaPlainText(DOC, 'manager'), privateShown: false },
  'plain text, my copy': { text: () => agendaPlainText(DOC, 'mine'), privateShown: true },
  email: { text: emailed, privateShown: false },
  '.ics': { text: calendar, privateShown: false },
  'print, manager copy': { text: () => printed('manager'), privateShown: false },
  'print, my copy': { text: () => printed('mine'), privateShown: true },
};

const ROWS = Object.entries(OUTPUTS).flatMap(([output, o]) =>
  (Object.keys(PARTS) as Part[]).map((part) => ({
    output,
    part,
    shown: SHARED_PARTS.includes(part) || o.privateShown,
    text: o.text,
  })),
);

describe('what each copy of an agenda shows', () => {
  it.each(ROWS.map((r) => [r.output, r.part, r.shown ? 'shown' : 'left out', r] as const))(
    '%s: %s is %s',
    (_o, part, _s, row) => {
      const text = row.text();
      if (row.shown) expect(text).toContain(PARTS[part]);
      else expect(text).not.toContain(PARTS[part]);
    },
  );
});
