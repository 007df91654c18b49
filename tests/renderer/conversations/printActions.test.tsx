// @vitest-environment jsdom
// The sharing commands: which conversation they act on, what reaches the clipboard, the files and the
// desktop PDF request, and the messages when something cannot be done.
import { fake, makeDoc, makeItem, resetFake } from './printFakeApi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { mailtoLink } from '../../../src-main/shared/conversations/agendaText';
import { bridge } from '../../../src-renderer/src/api/client';
import {
  addToCalendar,
  copyMarkdown,
  copyPlainText,
  emailAgenda,
  exportMarkdown,
  exportPdf,
} from '../../../src-renderer/src/features/conversations/print/agendaActions';
import { AgendaPrintPane } from '../../../src-renderer/src/features/conversations/print/AgendaPrintPane';
import {
  setPrintOptions,
  usePrintOptions,
} from '../../../src-renderer/src/features/conversations/print/printOptions';
import {
  openEditor,
  registerFlush,
  settleQuickPick,
  useWorkbench,
} from '../../../src-renderer/src/workbench/store';
import { freshState, renderWithQuery } from '../journal/renderWithQuery';

const PRIVATE = 'Keep calm about the reorg';

function seed(
  items = [
    makeItem('i1', {
      title: 'Goal',
      minutes: 10,
      privateNotes: PRIVATE,
      talkingPoints: lexicalFromParagraphs(['Next spring']),
    }),
  ],
) {
  fake.docs.set(
    'c1',
    makeDoc(
      'c1',
      {
        title: 'Growth talk',
        expectedOutcome: 'A path to staff',
        startsAt: '2027-03-02T10:00',
        durationMin: 30,
      },
      items,
    ),
  );
}

let clipboard: string[] = [];
let clipboardFails = false;
let downloads: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  resetFake();
  freshState();
  usePrintOptions.setState({}, true);
  clipboard = [];
  clipboardFails = false;
  downloads = [];
  // jsdom has neither an async clipboard nor downloads: record what would reach them.
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (clipboardFails) throw new DOMException('Document is not focused.', 'NotAllowedError');
        clipboard.push(text);
      },
    },
  });
  blobs.clear();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  document.addEventListener('click', recordDownload);
});
afterEach(() => document.removeEventListener('click', recordDownload));

const blobs = new Map<string, Blob>();
function recordDownload(e: MouseEvent) {
  const a = e.target;
  if (a instanceof HTMLAnchorElement && a.download) {
    e.preventDefault();
    downloads.push({ name: a.download, blob: blobs.get(a.href)! });
  }
}
afterEach(cleanup);

const notices = () =>
  useWorkbench.getState().notifications.map((n) => `${n.severity}: ${n.message}`);

describe('agenda commands', () => {
  it('copy the manager copy of the active conversation as Markdown or plain text', async () => {
    seed();
    openEditor({ type: 'conversation', id: 'c1' });
    await copyMarkdown();
    expect(fake.calls.find((c) => c.channel === 'conversations.exportMarkdown')?.args).toEqual({
      id: 'c1',
      variant: 'manager',
    });
    expect(clipboard[0]).toContain('# Growth talk');
    expect(clipboard[0]).not.toContain(PRIVATE);
    await copyPlainText();
    expect(clipboard[1]?.startsWith('Growth talk\n')).toBe(true);
    expect(notices()).toContain('info: Copied the manager copy of the agenda as plain text.');
  });

  it('saves pending edits before reading the agenda', async () => {
    seed();
    openEditor({ type: 'conversation', id: 'c1' });
    // The flush lands in the same log as the API calls, so the order is observable.
    const unregister = registerFlush('conversation:c1', async () => {
      fake.calls.push({ channel: '(pending edits saved)', args: null });
    });
    const before = fake.calls.length;
    await copyMarkdown();
    unregister();
    expect(fake.calls.slice(before).map((c) => c.channel)).toEqual([
      '(pending edits saved)',
      'conversations.exportMarkdown',
      'conversations.save',
    ]);
  });

  it('says clearly when the clipboard refuses', async () => {
    seed();
    openEditor({ type: 'conversation', id: 'c1' });
    clipboardFails = true;
    await copyMarkdown();
    expect(clipboard).toEqual([]);
    expect(notices().some((n) => n.startsWith('error: Could not copy to the clipboard'))).toBe(
      true,
    );
  });

  it('asks which conversation when none is active', async () => {
    seed();
    const done = copyMarkdown();
    await waitFor(() =>
      expect(useWorkbench.getState().quickPick?.items.map((i) => i.label)).toEqual(['Growth talk']),
    );
    settleQuickPick('c1');
    await done;
    expect(clipboard[0]).toContain('# Growth talk');
  });

  it('puts an agenda too long for a mail link on the clipboard, with a note saying so', async () => {
    const long = Array.from({ length: 30 }, (_, i) =>
      makeItem(`i${i}`, { title: `Topic number ${i} with a fairly long title`, minutes: 5 }),
    );
    seed(long);
    expect(mailtoLink(fake.docs.get('c1')!).tooLong).toBe(true);
    openEditor({ type: 'agenda-print', id: 'c1' });
    const before = window.location.href;
    await emailAgenda();
    expect(clipboard).toHaveLength(1);
    expect(clipboard[0]).toContain('Agenda: Growth talk');
    expect(clipboard[0]).not.toContain(PRIVATE);
    expect(
      notices().some((n) => n.includes('too long for an email link') && n.includes('clipboard')),
    ).toBe(true);
    expect(window.location.href).toBe(before);
  });

  it('hands a short agenda to the desktop shell as a mail link, which confirms it itself', async () => {
    seed();
    openEditor({ type: 'conversation', id: 'c1' });
    const opened: string[] = [];
    const original = window.open;
    window.open = ((url?: string | URL) => {
      opened.push(String(url));
      return null;
    }) as typeof window.open;
    try {
      await emailAgenda();
    } finally {
      window.open = original;
    }
    expect(opened).toHaveLength(1);
    expect(opened[0]!.startsWith('mailto:?subject=Agenda%3A%20Growth%20talk&body=')).toBe(true);
    expect(decodeURIComponent(opened[0]!)).not.toContain(PRIVATE);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks first in browser mode, and a cancel leaves the page alone', async () => {
    seed();
    openEditor({ type: 'conversation', id: 'c1' });
    const desktop = bridge.printToPdf;
    delete (bridge as { printToPdf?: unknown }).printToPdf;
    try {
      const before = window.location.href;
      const done = emailAgenda();
      const dialog = await screen.findByRole('alertdialog', { name: 'Email the agenda' });
      expect(dialog.textContent).toContain('Open your mail app with the manager copy?');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await done;
      expect(window.location.href).toBe(before);
    } finally {
      bridge.printToPdf = desktop;
    }
  });

  it('saves the chosen copy as a Markdown file named after the title', async () => {
    seed();
    openEditor({ type: 'conversation', id: 'c1' });
    const done = exportMarkdown();
    await waitFor(() =>
      expect(useWorkbench.getState().quickPick?.placeholder).toBe('Which copy of the agenda?'),
    );
    settleQuickPick('mine');
    await done;
    expect(downloads.map((d) => d.name)).toEqual(['Growth talk (my copy).md']);
    expect(await downloads[0]!.blob.text()).toContain(PRIVATE);
    expect(downloads[0]!.blob.type).toBe('text/markdown;charset=utf-8');
  });

  it('saves the calendar event as an .ics file, and explains a failure', async () => {
    seed();
    openEditor({ type: 'conversation', id: 'c1' });
    await addToCalendar();
    expect(downloads.map((d) => d.name)).toEqual(['Growth talk.ics']);
    expect(downloads[0]!.blob.type).toBe('text/calendar;charset=utf-8');
    expect(await downloads[0]!.blob.text()).toContain('BEGIN:VCALENDAR');

    fake.docs.delete('c1');
    await addToCalendar();
    expect(notices().some((n) => n.startsWith('error: Could not open the conversation'))).toBe(
      true,
    );
  });

  it('exports the previewed copy as PDF through the desktop shell, on the chosen paper', async () => {
    seed();
    openEditor({ type: 'conversation', id: 'c1' });
    setPrintOptions('c1', { paper: 'a4' });
    renderWithQuery(
      <AgendaPrintPane input={{ type: 'agenda-print', id: 'c1' }} active reveal={null} />,
    );
    await act(() => exportPdf());
    expect(useWorkbench.getState().activeTab).toBe('agenda-print:c1');
    expect(fake.pdfRequests).toEqual([{ pageSize: 'A4', suggestedName: 'Growth talk.pdf' }]);
    expect(notices()).toContain(
      'info: Saved the agenda as a PDF: /home/me/Documents/Growth talk.pdf',
    );
  });

  it('in browser mode, opens the browser’s print dialog on the preview and says to choose Save as PDF', async () => {
    seed();
    openEditor({ type: 'conversation', id: 'c1' });
    renderWithQuery(
      <AgendaPrintPane input={{ type: 'agenda-print', id: 'c1' }} active reveal={null} />,
    );
    const desktop = bridge.printToPdf;
    delete (bridge as { printToPdf?: unknown }).printToPdf;
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      await act(() => exportPdf());
      expect(useWorkbench.getState().activeTab).toBe('agenda-print:c1');
      expect(printed).toBe(1);
      expect(notices()).toContain(
        'info: In the print dialog, choose "Save as PDF" as the destination to keep the agenda as a PDF file.',
      );
      expect(fake.pdfRequests).toEqual([]);
    } finally {
      window.print = original;
      bridge.printToPdf = desktop;
    }
  });
});
