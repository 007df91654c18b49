// An in-memory main side for the print tests, installed on window.ladder before the client loads
// (import this module FIRST). It plays the desktop shell too: printToPdf records its requests.
import type {
  Args,
  Channel,
  LadderApi,
  PrintToPdfOptions,
  Result,
} from '../../../src-main/shared/contract';
import type {
  AgendaItem,
  ConversationDoc,
} from '../../../src-main/shared/conversations/conversations';
import { agendaMarkdown, agendaPlainText } from '../../../src-main/shared/conversations/agendaText';
import { LadderError } from '../../../src-main/shared/errors';

export const fake = {
  docs: new Map<string, ConversationDoc>(),
  calls: [] as { channel: string; args: unknown }[],
  pdfRequests: [] as PrintToPdfOptions[],
};

export function makeDoc(
  id: string,
  change: Partial<ConversationDoc['conversation']> = {},
  items: AgendaItem[] = [],
): ConversationDoc {
  return {
    conversation: {
      id,
      title: '',
      personName: '',
      personRole: '',
      myRole: 'employee',
      kind: 'career',
      startsAt: null,
      timeZone: null,
      durationMin: 0,
      status: 'draft',
      openActions: 0,
      updatedAt: 1,
      place: '',
      expectedOutcome: '',
      templateId: null,
      notes: '',
      agreed: '',
      followUpDate: null,
      heldOn: null,
      sharedAt: null,
      createdAt: 1,
      deletedAt: null,
      version: 1,
      ...change,
    },
    items,
    questions: [],
    actions: [],
    carriedOver: [],
    totalMinutes: items.reduce((sum, i) => sum + i.minutes, 0),
  };
}

export function makeItem(id: string, change: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id,
    position: 0,
    title: '',
    minutes: 0,
    hints: [],
    talkingPoints: '',
    privateNotes: '',
    questions: '',
    evidence: [],
    carriedFrom: null,
    version: 1,
    ...change,
  };
}

function doc(id: string): ConversationDoc {
  const found = fake.docs.get(id);
  if (!found) throw new LadderError('not-found', 'No such conversation');
  return found;
}

const handlers: { [C in Channel]?: (args: Args<C>) => Result<C> } = {
  'conversations.get': ({ id }) => doc(id),
  'conversations.list': () => {
    const all = [...fake.docs.values()].map((d) => d.conversation);
    return { upcoming: all, past: [], people: [] };
  },
  'conversations.exportMarkdown': ({ id, variant }) => agendaMarkdown(doc(id), variant),
  'conversations.exportText': ({ id, variant }) => agendaPlainText(doc(id), variant),
  'conversations.save': ({ id, shared }) => {
    const found = doc(id);
    if (shared !== undefined) found.conversation.sharedAt = shared ? 1_700_000_000_000 : null;
    return found;
  },
  'conversations.exportIcs': ({ id }) =>
    `BEGIN:VCALENDAR\r\nSUMMARY:${doc(id).conversation.title}\r\nEND:VCALENDAR\r\n`,
};

const api = new Proxy({} as LadderApi, {
  get: (_target, channel: string) => async (args: unknown) => {
    fake.calls.push({ channel, args });
    const handler = handlers[channel as Channel] as ((a: unknown) => unknown) | undefined;
    if (!handler) throw new LadderError('unknown-channel', `fake has no ${channel}`);
    return structuredClone(handler(args));
  },
});

window.ladder = {
  api,
  onDidRequestFlush: () => () => undefined,
  printToPdf: async (options) => {
    fake.pdfRequests.push(options);
    return { saved: true, path: `/home/me/Documents/${options.suggestedName}` };
  },
};

export function resetFake(): void {
  fake.docs.clear();
  fake.calls = [];
  fake.pdfRequests = [];
}
