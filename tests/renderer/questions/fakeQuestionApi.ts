// An in-memory question bank, conversations and anticipated questions on window.ladder.
// Import this module FIRST in a test file (the API client reads window.ladder when it loads).
import type { Args, Channel, LadderApi, Result } from '../../../src-main/shared/contract';
import type { ConversationSummary } from '../../../src-main/shared/conversations/conversations';
import type { Question } from '../../../src-main/shared/questions/questionBank';
import { LadderError } from '../../../src-main/shared/errors';
import type { Gate } from '../callGate';

interface Overlay {
  text?: string;
  tip?: string;
  probes?: string[];
}

export interface FakeBank {
  builtIns: Question[];
  overlays: Map<string, Overlay>;
  mine: Question[];
  hidden: Set<string>;
  tags: Map<string, string[]>;
  conversations: ConversationSummary[];
  anticipated: { conversationId: string; question: string; questionBankId: string | null }[];
  calls: { channel: string; args: unknown }[];
  /** When set, questions.create waits on this before answering (or fails with it). */
  createGate: Gate | null;
}

export const bank: FakeBank = {
  builtIns: [],
  overlays: new Map(),
  mine: [],
  hidden: new Set(),
  tags: new Map(),
  conversations: [],
  anticipated: [],
  calls: [],
  createGate: null,
};

export function builtIn(partial: Partial<Question> & Pick<Question, 'id' | 'text'>): Question {
  return {
    direction: 'manager-asks',
    category: 'motivation',
    framework: 'grow',
    step: 'goal',
    difficulty: 1,
    probes: ['What evidence do you have?', 'What would that take?'],
    tip: 'Name one concrete example.',
    builtIn: true,
    edited: false,
    hidden: false,
    tags: [],
    due: null,
    lastGrade: null,
    version: 1,
    ...partial,
  };
}

export function conversation(id: string, title: string): ConversationSummary {
  return {
    id,
    title,
    personName: 'Dana',
    personRole: 'Manager',
    myRole: 'employee',
    kind: 'career',
    startsAt: '2026-12-01T10:00',
    timeZone: null,
    durationMin: 30,
    status: 'scheduled',
    openActions: 0,
    updatedAt: 1,
  } as ConversationSummary;
}

export function resetBank(): void {
  bank.builtIns = [];
  bank.overlays.clear();
  bank.mine = [];
  bank.hidden.clear();
  bank.tags.clear();
  bank.conversations = [];
  bank.anticipated = [];
  bank.calls = [];
  bank.createGate = null;
}

function view(q: Question): Question {
  const o = bank.overlays.get(q.id);
  return {
    ...q,
    text: o?.text ?? q.text,
    tip: o?.tip ?? q.tip,
    probes: o?.probes ?? q.probes,
    edited:
      q.builtIn &&
      Boolean(o && (o.text !== undefined || o.tip !== undefined || o.probes !== undefined)),
    hidden: bank.hidden.has(q.id),
    tags: bank.tags.get(q.id) ?? [],
  };
}

function all(): Question[] {
  return [...bank.builtIns, ...bank.mine].map(view);
}

function find(id: string): Question {
  const q = all().find((x) => x.id === id);
  if (!q) throw new LadderError('not-found', 'That question is not in the bank.');
  return q;
}

let nextId = 1;

const handlers: { [C in Channel]?: (args: Args<C>) => Result<C> } = {
  'questions.list': (a) => all().filter((q) => a.includeHidden || !q.hidden),
  'questions.get': ({ id }) => find(id),
  'questions.create': (a) => {
    const q = builtIn({
      id: `mine-${nextId++}`,
      text: a.text,
      builtIn: false,
      framework: 'mine',
      step: 'any',
      category: a.category ?? 'mine',
      probes: a.probes ?? [],
      tip: a.tip ?? '',
    });
    bank.mine.push(q);
    return view(q);
  },
  'questions.update': ({ id, baseVersion: _base, session: _page, ...patch }) => {
    void _base;
    void _page;
    const current = find(id);
    if (current.builtIn) {
      const o = { ...bank.overlays.get(id) };
      if (patch.text !== undefined) o.text = patch.text;
      if (patch.tip !== undefined) o.tip = patch.tip;
      if (patch.probes !== undefined) o.probes = patch.probes;
      bank.overlays.set(id, o);
    } else {
      const i = bank.mine.findIndex((q) => q.id === id);
      bank.mine[i] = {
        ...bank.mine[i]!,
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      };
    }
    return find(id);
  },
  'questions.revert': ({ id }) => {
    bank.overlays.delete(id);
    return find(id);
  },
  'questions.hide': ({ id }) => {
    bank.hidden.add(find(id).id);
    return find(id);
  },
  'questions.unhide': ({ id }) => {
    bank.hidden.delete(id);
    return find(id);
  },
  'questions.tag': ({ id, tags }) => {
    bank.tags.set(find(id).id, tags);
    return find(id);
  },
  'conversations.list': () => ({ upcoming: bank.conversations, past: [], people: [] }),
  'conversations.get': ({ id }) =>
    ({
      conversation: bank.conversations.find((c) => c.id === id),
      items: [],
      actions: [],
      carriedOver: [],
      totalMinutes: 0,
      questions: bank.anticipated
        .filter((a) => a.conversationId === id)
        .map((a, position) => ({
          id: `a${position}`,
          position,
          question: a.question,
          hint: '',
          preparedAnswer: '',
          questionBankId: a.questionBankId,
          evidence: [],
        })),
    }) as unknown as Result<'conversations.get'>,
  'anticipated.add': (a) => {
    bank.anticipated.push({
      conversationId: a.conversationId,
      question: a.question,
      questionBankId: a.questionBankId ?? null,
    });
    return handlers['conversations.get']!({ id: a.conversationId });
  },
};

const api = new Proxy({} as LadderApi, {
  get: (_target, channel: string) => async (args: unknown) => {
    bank.calls.push({ channel, args });
    if (channel === 'questions.create' && bank.createGate) await bank.createGate.promise;
    const handler = handlers[channel as Channel] as ((a: unknown) => unknown) | undefined;
    if (!handler) throw new LadderError('unknown-channel', `fake has no ${channel}`);
    return structuredClone(handler(args));
  },
});

window.ladder = { api, onDidRequestFlush: () => () => undefined };

export function callsTo(channel: string): unknown[] {
  return bank.calls.filter((c) => c.channel === channel).map((c) => c.args);
}
