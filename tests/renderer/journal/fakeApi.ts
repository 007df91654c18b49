// An in-memory stand-in for the main side, installed on window.ladder before the client loads.
// Import this module FIRST in a test file (ES modules evaluate in import order).
import type { Args, Channel, LadderApi, Result } from '../../../src-main/shared/contract';
import type { Entry, Goal, SearchHit, Skill } from '../../../src-main/shared/domain';
import {
  ENTRY_KINDS,
  isEntryKind,
  type EntryKind,
} from '../../../src-main/shared/journal/entryKinds';
import { LadderError } from '../../../src-main/shared/errors';
import { gate, type Gate } from '../callGate';
import { countWords, plainTextFromLexical } from '../../../src-main/shared/journal/plainText';

export interface FakeStore {
  entries: Entry[];
  skills: Skill[];
  goals: Goal[];
  calls: { channel: string; args: unknown }[];
  searchHits: SearchHit[];
  /** Makes the next N calls to a channel fail with this error. */
  failures: Map<string, { count: number; error: LadderError }>;
  /** When set, journal.save waits on this before answering (to observe calls in flight). */
  saveGate: Gate | null;
  /** The same for journal.create (to type while a new entry is on its way). */
  createGate: Gate | null;
}

export const store: FakeStore = {
  entries: [],
  skills: [],
  goals: [],
  calls: [],
  searchHits: [],
  failures: new Map(),
  saveGate: null,
  createGate: null,
};

let nextId = 1;

export function makeEntry(partial: Partial<Entry> & { kind: Entry['kind'] }): Entry {
  const id = partial.id ?? `e${nextId++}`;
  return {
    id,
    title: '',
    date: '2026-11-21',
    tags: [],
    wordCount: 0,
    updatedAt: 1,
    fields: {},
    body: '',
    text: '',
    createdAt: 1,
    deletedAt: null,
    version: 1,
    ...partial,
  };
}

export function resetStore(): void {
  store.entries = [];
  store.skills = [];
  store.goals = [];
  store.calls = [];
  store.searchHits = [];
  store.failures.clear();
  store.saveGate = null;
  store.createGate = null;
}

export function gateSaves(): void {
  store.saveGate = gate();
}

export function gateCreates(): Gate {
  return (store.createGate = gate());
}

const summary = ({ id, kind, title, date, tags, wordCount, updatedAt }: Entry) => ({
  id,
  kind,
  title,
  date,
  tags,
  wordCount,
  updatedAt,
});

function find(id: string): Entry {
  const entry = store.entries.find((e) => e.id === id);
  if (!entry) throw new LadderError('not-found', 'No such entry');
  return entry;
}

const live = () => store.entries.filter((e) => e.deletedAt === null && isEntryKind(e.kind));

/** Live entries a list filter keeps, in the list's order: newest date, then the newest written. */
function listed(q: { kinds?: readonly EntryKind[]; tag?: string }): Entry[] {
  const order = new Map(store.entries.map((e, i) => [e.id, i]));
  return live()
    .filter((e) => !q.kinds || q.kinds.includes(e.kind as EntryKind))
    .filter((e) => !q.tag || e.tags.includes(q.tag))
    .sort((a, b) => b.date.localeCompare(a.date) || order.get(b.id)! - order.get(a.id)!);
}

const handlers: { [C in Channel]?: (args: Args<C>) => Result<C> | Promise<Result<C>> } = {
  'journal.list': (q) => listed(q).map(summary),
  'journal.page': (q) =>
    listed(q)
      .slice(q.offset, q.offset + q.limit)
      .map(summary),
  'journal.months': (q) => {
    const months = new Map<string, number>();
    for (const e of listed(q))
      months.set(e.date.slice(0, 7), (months.get(e.date.slice(0, 7)) ?? 0) + 1);
    return [...months].map(([month, count]) => ({ month, count }));
  },
  'journal.get': ({ id }) => find(id),
  'journal.create': async (a) => {
    if (store.createGate) await store.createGate.promise;
    const entry = makeEntry({ kind: a.kind, title: a.title ?? '' });
    store.entries.push(entry);
    return entry;
  },
  'journal.save': async (a) => {
    if (store.saveGate) await store.saveGate.promise;
    const entry = find(a.id);
    const text = plainTextFromLexical(a.body);
    Object.assign(entry, {
      title: a.title,
      date: a.date,
      fields: a.fields,
      body: a.body,
      tags: a.tags,
      text,
      wordCount: countWords(text),
      version: entry.version + 1,
      updatedAt: entry.updatedAt + 1,
    });
    return { ...entry };
  },
  'journal.counts': () =>
    Object.fromEntries(
      ENTRY_KINDS.map((k) => [k, live().filter((e) => e.kind === k).length]),
    ) as Record<EntryKind, number>,
  'journal.tags': () => {
    const counts = new Map<string, number>();
    for (const e of live()) for (const t of e.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].map(([tag, count]) => ({ tag, count }));
  },
  'journal.history': () => [],
  'journal.trash': ({ id }) => {
    find(id).deletedAt = 5;
    return null;
  },
  'journal.restore': ({ id }) => {
    const entry = find(id);
    entry.deletedAt = null;
    return entry;
  },
  'journal.listTrash': () => store.entries.filter((e) => e.deletedAt !== null).map(summary),
  'journal.emptyTrash': () => {
    const before = store.entries.length;
    store.entries = store.entries.filter((e) => e.deletedAt === null);
    return { removed: before - store.entries.length };
  },
  'journal.deleteForever': ({ id }) => {
    store.entries = store.entries.filter((e) => e.id !== id);
    return null;
  },
  'profile.get': ({ page }) => {
    let entry = store.entries.find((e) => e.kind === page);
    if (!entry) {
      entry = makeEntry({ kind: page });
      store.entries.push(entry);
    }
    return entry;
  },
  'skills.list': () => store.skills.map((s) => ({ ...s, history: [...s.history] })),
  'skills.add': ({ name }) => {
    const skill: Skill = {
      id: `s${nextId++}`,
      name,
      rating: null,
      colleaguesView: '',
      history: [],
      version: 1,
    };
    store.skills.push(skill);
    return skill;
  },
  'skills.rate': ({ id, rating, note }) => {
    const skill = store.skills.find((s) => s.id === id)!;
    skill.rating = rating;
    skill.history.push({ rating, note: note ?? '', ratedAt: 1_000 + skill.history.length });
    return skill;
  },
  'skills.setColleaguesView': ({ id, text }) => {
    const skill = store.skills.find((s) => s.id === id)!;
    skill.colleaguesView = text;
    return skill;
  },
  'goals.list': () => store.goals,
  'search.query': () => store.searchHits,
};

const api = new Proxy({} as LadderApi, {
  get: (_target, channel: string) => async (args: unknown) => {
    store.calls.push({ channel, args });
    const failure = store.failures.get(channel);
    if (failure && failure.count > 0) {
      failure.count -= 1;
      throw failure.error;
    }
    const handler = handlers[channel as Channel] as ((a: unknown) => unknown) | undefined;
    if (!handler) throw new LadderError('unknown-channel', `fake has no ${channel}`);
    return structuredClone(await handler(args));
  },
});

window.ladder = { api, onDidRequestFlush: () => () => undefined };

export function callsTo(channel: string): unknown[] {
  return store.calls.filter((c) => c.channel === channel).map((c) => c.args);
}
