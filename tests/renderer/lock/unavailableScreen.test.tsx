// @vitest-environment jsdom
// The start screens for a journal that cannot be opened right now (here: a folder where the file
// should be) and for an empty journal file beside its backups, on a real store host.
import {
  call,
  emptyFile,
  folderInstead,
  hostState,
  removeFolder,
  restartHost,
  useRealHost,
} from './realHost';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { StartScreen } from '../../../src-renderer/src/features/lock/StartScreen';

beforeEach(() => {
  useRealHost();
});

describe("can't open right now", () => {
  it('says why with the code and the path, keeps the file, and Try again opens the journal once the cause is gone', async () => {
    const user = userEvent.setup();
    let dbPath = '';
    restartHost((_dir, file) => {
      dbPath = file;
      folderInstead(file);
    });
    const state = await call('app.state', {});
    expect(state.state).toBe('unavailable');
    render(<StartScreen state={state} />);
    expect(
      screen.getByRole('heading', { name: 'Ladder can’t open your journal right now' }),
    ).toBeTruthy();
    expect(document.body.textContent).toContain(
      'Something that is not a file (for example a folder) is where the journal file should be.',
    );
    expect(document.body.textContent).toContain('was not changed, moved or renamed');
    expect(screen.getByText('EISDIR')).toBeTruthy();
    expect(screen.getByText(dbPath)).toBeTruthy();
    // None of the workbench, and no way to a new journal from here.
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Try again']);
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(document.activeElement).toBe(retry);

    // The cause is still there: the screen says so and stays.
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Still not possible (EISDIR). Nothing was changed.',
    );
    expect(hostState()).toBe('unavailable');
    expect(document.activeElement).toBe(retry);

    removeFolder(dbPath);
    await user.click(retry);
    await waitFor(() => expect(hostState()).toBe('open'));
  });
});

describe('an empty journal file beside its backups', () => {
  it('says the file is empty and left as it is, offers the newest backup first, and restoring brings the entry back', async () => {
    const user = userEvent.setup();
    await call('journal.create', {
      kind: 'accomplishment',
      title: 'Shipped it',
      body: lexicalFromParagraphs(['On time.']),
    });
    await call('backup.now', {});
    restartHost((_dir, dbPath) => emptyFile(dbPath));
    const state = await call('app.state', {});
    render(<StartScreen state={state} />);
    expect(screen.getByRole('heading', { name: 'Your journal file is empty' })).toBeTruthy();
    expect(document.body.textContent).toContain('left the empty file as it is');
    const restore = screen.getByRole('button', { name: /^Restore the backup from / });
    expect(document.activeElement).toBe(restore);
    expect(screen.getByRole('button', { name: 'Start with an empty journal' })).toBeTruthy();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(hostState()).toBe('open'));
    expect((await call('journal.list', {})).map((e) => e.title)).toEqual(['Shipped it']);
  });
});
