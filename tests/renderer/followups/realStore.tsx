// Component tests against the real main side: a SQLite store in a temp dir behind window.ladder,
// exactly as the desktop preload exposes it. Import this module FIRST (the client reads window.ladder).
import { afterEach } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import type { Args, Channel, LadderApi, Result } from '../../../src-main/shared/contract';
import { CHANNELS } from '../../../src-main/shared/contract';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { gate, type Gate } from '../callGate';

// The store is Node code outside this (DOM) project's types: loaded by address, typed by what we use.
interface TestStore {
  store: {
    handle: (
      channel: string,
      args: unknown,
    ) => Promise<
      { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } }
    >;
  };
  call: <C extends Channel>(channel: C, args: Args<C>) => Promise<Result<C>>;
  clock: { now: () => number; advance: (ms: number) => void };
}
const helpersUrl: string = '../../core/helpers.ts';
const { testStore } = (await import(/* @vite-ignore */ helpersUrl)) as {
  testStore: () => TestStore;
};

class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

let current: TestStore | null = null;

/** Every channel name the renderer called, in order (arguments left out: they may hold text). */
export const calls: string[] = [];

const gates = new Map<string, Promise<void>>();

/** The next call to the channel waits until the returned function runs (to act while it is on its way). */
export function holdNextCall(channel: Channel): () => void {
  return holdNextCallGate(channel).open;
}

/** The same, with the choice to make that call fail instead. */
export function holdNextCallGate(channel: Channel): Gate {
  const held = gate();
  gates.set(channel, held.promise);
  return held;
}

const api = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    async (args: unknown) => {
      if (!current) throw new Error('no store: call useRealStore() first');
      calls.push(channel);
      const gate = gates.get(channel);
      gates.delete(channel);
      if (gate) await gate;
      const answer = await current.store.handle(channel, args);
      // As the preload does: a plain error shape, rebuilt into a LadderError by the client.
      if (!answer.ok) throw answer.error;
      return structuredClone(answer.result);
    },
  ]),
) as unknown as LadderApi;

window.ladder = { api, onDidRequestFlush: () => () => undefined };

const { queryClient } = await import('../../../src-renderer/src/api/query');
const { resetWorkbench } = await import('../../../src-renderer/src/workbench/store');

/** A fresh store (its clock at 2026-11-21 10:00 UTC) and an empty cache and workbench. */
export function useRealStore(): TestStore {
  current = testStore();
  calls.length = 0;
  gates.clear();
  queryClient.clear();
  resetWorkbench();
  return current;
}

export function call<C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> {
  if (!current) throw new Error('no store');
  return current.call(channel, args);
}

function WithQuery({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** Renders inside the app's query client; `rerender` keeps it. */
export function renderReal(ui: ReactElement) {
  return render(ui, { wrapper: WithQuery });
}

export const body = (...paragraphs: string[]) => lexicalFromParagraphs(paragraphs);

/** A conversation with Dana, from the blank template, with the given action items. */
export async function conversationWithActions(
  actions: { text: string; dueDate?: string | null; owner?: 'me' | 'them' | 'both' }[],
  fields: Partial<Args<'conversations.create'>> = {},
) {
  let doc = await call('conversations.create', {
    templateId: 'blank',
    title: 'Career talk',
    personName: 'Dana',
    ...fields,
  });
  for (const a of actions)
    doc = await call('actions.add', { conversationId: doc.conversation.id, ...a });
  return doc;
}

afterEach(() => {
  cleanup();
  queryClient.clear();
});

export { queryClient };
