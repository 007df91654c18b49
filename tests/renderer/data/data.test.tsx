// @vitest-environment jsdom
// The data feature against the real main side: import tab (files, zip, report) and the backup commands.
import { call, calls, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strToU8, zipSync } from 'fflate';
import { ImportPane } from '../../../src-renderer/src/features/data/ImportPane';
import {
  executeCommand,
  getCommand,
  getEditor,
} from '../../../src-renderer/src/workbench/registry';
import { settleQuickPick, useWorkbench } from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/data/data.contribution';
import { zipBomb } from './zipBuilder';

const INPUT = { type: 'data.import', id: 'import' };

beforeEach(() => {
  useRealStore();
  // An import's reading starts a worker thread (core/data/dataJobs.ts): more than the default second
  // on a busy machine.
  configure({ asyncUtilTimeout: 15_000 });
});

function notifications(): string[] {
  return useWorkbench.getState().notifications.map((n) => n.message);
}

describe('data contribution', () => {
  it('registers the four commands and the import tab', () => {
    expect(getCommand('data.exportEverything')?.title).toBe('Ladder: Export Everything...');
    expect(getCommand('data.import')?.title).toBe('Ladder: Import...');
    expect(getCommand('backup.now')?.title).toBe('Ladder: Back Up Now');
    expect(getCommand('backup.restore')?.title).toBe('Ladder: Restore from Backup...');
    expect(getEditor('data.import')).toBeTruthy();
  });
});

describe('import tab', () => {
  it('imports Markdown files and shows what came in and what was left out', async () => {
    const user = userEvent.setup();
    renderReal(<ImportPane input={INPUT} active reveal={null} />);
    const note = new File(
      ['---\ntitle: Mentoring notes\ntags: [growth]\n---\nAsk about **stretch** work.'],
      'mentoring.md',
      { type: 'text/markdown' },
    );
    const broken = new File(['---\ntitle: [oops\n---\n'], 'broken.md', { type: 'text/markdown' });
    await user.upload(screen.getByLabelText('Choose an export file…'), [note, broken]);
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByText('2 journal entries')).toBeTruthy();
    // Its front matter is kept as text, and the report says so.
    expect(
      within(report).getByText(
        /broken\.md: Its front matter is not valid YAML, so it is kept as text/,
      ),
    ).toBeTruthy();
    const list = await call('journal.list', {});
    expect(list.map((e) => e.title).sort()).toEqual(['Mentoring notes', 'broken']);
  });

  it('says how many notes were already there when the same notes are imported again', async () => {
    const user = userEvent.setup();
    renderReal(<ImportPane input={INPUT} active reveal={null} />);
    const notes = () => [new File(['One'], 'one.md'), new File(['Two'], 'two.md')];
    await user.upload(screen.getByLabelText('Choose an export file…'), notes());
    expect(
      within(await screen.findByRole('region', { name: 'Import report' })).getByText(
        '2 journal entries',
      ),
    ).toBeTruthy();
    await user.upload(screen.getByLabelText('Choose an export file…'), [
      ...notes(),
      new File(['Three'], 'three.md'),
    ]);
    await screen.findByText(
      '2 journal entries were already in your journal, so they were not added again.',
    );
    expect(
      within(screen.getByRole('region', { name: 'Import report' })).getByText('1 journal entry'),
    ).toBeTruthy();
    expect((await call('journal.list', {})).length).toBe(3);
  });

  it('opens a Ladder export zip and restores from its JSON document', async () => {
    const user = userEvent.setup();
    await call('journal.create', { kind: 'lesson', title: 'Ask earlier' });
    const exported = await call('data.export', {});
    useRealStore();
    renderReal(<ImportPane input={INPUT} active reveal={null} />);
    const zip = Uint8Array.from(atob(exported.zipBase64), (c) => c.charCodeAt(0));
    await user.upload(
      screen.getByLabelText('Choose an export file…'),
      new File([zip], exported.fileName, { type: 'application/zip' }),
    );
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByText('1 journal entry')).toBeTruthy();
    expect((await call('journal.list', {})).map((e) => e.title)).toEqual(['Ask earlier']);
  });

  it('says so when a zip holds nothing to import', async () => {
    const user = userEvent.setup();
    renderReal(<ImportPane input={INPUT} active reveal={null} />);
    const zip = zipSync({ 'photo.txt.png': strToU8('x') });
    await user.upload(
      screen.getByLabelText('Choose an export file…'),
      new File([zip], 'stuff.zip'),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/nothing Ladder can import/);
  });

  it('refuses a zip bomb with its figures and sends nothing', async () => {
    const user = userEvent.setup();
    renderReal(<ImportPane input={INPUT} active reveal={null} />);
    calls.length = 0;
    await user.upload(
      screen.getByLabelText('Choose an export file…'),
      new File([zipBomb()], 'vault.zip', { type: 'application/zip' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was imported: vault.zip: This zip would expand to 4.0 GB; Ladder imports at most 512 MB (one file at most 64 MB).',
    );
    expect(calls).not.toContain('data.import');
  });
});

describe('backup commands', () => {
  it('backs up now and tells the file name and size', async () => {
    await executeCommand('backup.now');
    await waitFor(() =>
      expect(
        notifications().some((m) =>
          /^Backup saved: ladder-.*\.db(\.gz)? \(\d+(\.\d)? (KB|bytes|MB)\)\.$/.test(m),
        ),
      ).toBe(true),
    );
  });

  it('restores a chosen backup only after the confirmation, at the next start', async () => {
    const user = userEvent.setup();
    const backup = await call('backup.now', {});
    const running = executeCommand('backup.restore');
    await waitFor(() =>
      expect(useWorkbench.getState().quickPick?.items.map((i) => i.value)).toEqual([backup.name]),
    );
    settleQuickPick(backup.name);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(/kept aside first/);
    expect(dialog.textContent).toMatch(/when Ladder restarts/);
    await user.click(within(dialog).getByRole('button', { name: 'Restore at Next Start' }));
    await running;
    expect(calls).toContain('backup.restore');
    expect(notifications().some((m) => m.includes('Restart Ladder to finish'))).toBe(true);
  });

  it('changes nothing when the confirmation is cancelled', async () => {
    const user = userEvent.setup();
    const backup = await call('backup.now', {});
    const running = executeCommand('backup.restore');
    await waitFor(() => expect(useWorkbench.getState().quickPick).not.toBeNull());
    settleQuickPick(backup.name);
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await running;
    expect(calls).not.toContain('backup.restore');
  });
});
