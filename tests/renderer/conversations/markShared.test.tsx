// @vitest-environment jsdom
// Handing the manager copy over completes the checklist step "agenda shared"; my copy never does,
// and neither does an output the user backed out of.
import { fake, makeDoc, makeItem, resetFake } from './printFakeApi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { bridge } from '../../../src-renderer/src/api/client';
import { PAGE_SESSION } from '../../../src-renderer/src/api/pageSession';
import {
  copyMarkdown,
  emailAgenda,
  exportMarkdown,
  exportPdf,
  printNow,
} from '../../../src-renderer/src/features/conversations/print/agendaActions';
import { AgendaPrintPane } from '../../../src-renderer/src/features/conversations/print/AgendaPrintPane';
import {
  setPrintOptions,
  usePrintOptions,
} from '../../../src-renderer/src/features/conversations/print/printOptions';
import {
  openEditor,
  settleQuickPick,
  useWorkbench,
} from '../../../src-renderer/src/workbench/store';
import { freshState, renderWithQuery } from '../journal/renderWithQuery';
import { queryClient } from '../../../src-renderer/src/api/query';
import type { ConversationDoc } from '../../../src-main/shared/conversations/conversations';

const sharedCalls = () =>
  fake.calls.filter((c) => c.channel === 'conversations.save').map((c) => c.args);
const sharedAt = () => fake.docs.get('c1')!.conversation.sharedAt;

beforeEach(() => {
  resetFake();
  freshState();
  usePrintOptions.setState({}, true);
  fake.docs.set(
    'c1',
    makeDoc('c1', { title: 'Growth talk', expectedOutcome: 'A path' }, [
      makeItem('i1', { title: 'Goal' }),
    ]),
  );
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async () => undefined },
  });
  URL.createObjectURL = () => 'blob:test/0';
  URL.revokeObjectURL = () => undefined;
  openEditor({ type: 'conversation', id: 'c1' });
});
afterEach(cleanup);

describe('the agenda counts as shared', () => {
  it('when the manager copy is copied, and the cached document says so at once', async () => {
    await queryClient.fetchQuery({
      queryKey: ['conversations.get', { id: 'c1' }],
      queryFn: () => structuredClone(fake.docs.get('c1')!),
    });
    await copyMarkdown();
    expect(sharedCalls()).toEqual([{ id: 'c1', shared: true, session: PAGE_SESSION }]);
    expect(sharedAt()).not.toBeNull();
    const cached = queryClient.getQueryData<ConversationDoc>(['conversations.get', { id: 'c1' }]);
    expect(cached?.conversation.sharedAt).toBe(sharedAt());
  });

  it('when the manager copy is printed from the preview, but not my copy', async () => {
    const printed: number[] = [];
    window.print = () => void printed.push(1);
    renderWithQuery(
      <AgendaPrintPane input={{ type: 'agenda-print', id: 'c1' }} active reveal={null} />,
    );
    setPrintOptions('c1', { variant: 'mine' });
    const print = await screen.findByRole('button', { name: 'Print...' });
    await waitFor(() => expect((print as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(print);
    expect(printed).toHaveLength(1);
    expect(sharedCalls()).toEqual([]);
    setPrintOptions('c1', { variant: 'manager' });
    printNow('c1');
    await waitFor(() =>
      expect(sharedCalls()).toEqual([{ id: 'c1', shared: true, session: PAGE_SESSION }]),
    );
  });

  it('when the manager copy is saved as PDF, not my copy', async () => {
    renderWithQuery(
      <AgendaPrintPane input={{ type: 'agenda-print', id: 'c1' }} active reveal={null} />,
    );
    setPrintOptions('c1', { variant: 'mine' });
    await exportPdf();
    expect(fake.pdfRequests).toHaveLength(1);
    expect(sharedCalls()).toEqual([]);
    setPrintOptions('c1', { variant: 'manager' });
    await exportPdf();
    expect(sharedCalls()).toEqual([{ id: 'c1', shared: true, session: PAGE_SESSION }]);
  });

  it('when the manager copy is exported as Markdown, not my copy', async () => {
    let done = exportMarkdown();
    await waitFor(() => expect(useWorkbench.getState().quickPick).not.toBeNull());
    settleQuickPick('mine');
    await done;
    expect(sharedCalls()).toEqual([]);
    done = exportMarkdown();
    await waitFor(() => expect(useWorkbench.getState().quickPick).not.toBeNull());
    settleQuickPick('manager');
    await done;
    expect(sharedCalls()).toEqual([{ id: 'c1', shared: true, session: PAGE_SESSION }]);
  });

  it('when the email is confirmed, not when it is cancelled', async () => {
    const desktop = bridge.printToPdf;
    delete (bridge as { printToPdf?: unknown }).printToPdf;
    try {
      let done = emailAgenda();
      let dialog = await screen.findByRole('alertdialog', { name: 'Email the agenda' });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await done;
      expect(sharedCalls()).toEqual([]);
      done = emailAgenda();
      dialog = await screen.findByRole('alertdialog', { name: 'Email the agenda' });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Open mail app' }));
      await done;
      expect(sharedCalls()).toEqual([{ id: 'c1', shared: true, session: PAGE_SESSION }]);
    } finally {
      bridge.printToPdf = desktop;
    }
  });
});
