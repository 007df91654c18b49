// @vitest-environment jsdom
// The start screens on a real store host: the unlock screen of a protected journal and the account
// of a damaged one, with the ways out they offer.
import {
  call,
  calls,
  damage,
  hostState,
  keptUntouched,
  restartHost,
  useRealHost,
} from './realHost';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { StartScreen } from '../../../src-renderer/src/features/lock/StartScreen';

const PASS = 'seven quiet harbours at dawn';

beforeEach(() => {
  useRealHost();
});

async function lockedJournal() {
  await call('journal.create', {
    kind: 'lesson',
    title: 'Private lesson',
    body: lexicalFromParagraphs(['Only for me.']),
  });
  await call('lock.protect', { passphrase: PASS });
  restartHost();
  return call('app.state', {});
}

/** A journal with one backup whose file is then overwritten with garbage, as found at the next start. */
async function damagedJournal(withBackup: boolean) {
  await call('journal.create', {
    kind: 'accomplishment',
    title: 'Shipped it',
    body: lexicalFromParagraphs(['On time.']),
  });
  if (withBackup) await call('backup.now', {});
  const { dataDir } = restartHost((_dir, dbPath) => damage(dbPath));
  return { state: await call('app.state', {}), dataDir };
}

describe('unlock screen', () => {
  it('shows only a labelled passphrase field with the focus in it, and none of the journal', async () => {
    const state = await lockedJournal();
    expect(state.state).toBe('locked');
    render(<StartScreen state={state} />);
    expect(screen.getByRole('heading', { name: 'Ladder is locked' })).toBeTruthy();
    const field = screen.getByLabelText('Passphrase');
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('type')).toBe('password');
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('Private lesson');
  });

  it('a wrong passphrase says so, empties the field, keeps the focus there and leaves the journal locked', async () => {
    const user = userEvent.setup();
    render(<StartScreen state={await lockedJournal()} />);
    const field = screen.getByLabelText('Passphrase');
    await user.type(field, 'not the passphrase{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Wrong passphrase. Try again.');
    expect(document.activeElement).toBe(field);
    expect((field as HTMLInputElement).value).toBe('');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
    expect(hostState()).toBe('locked');
  });

  it('the right passphrase opens the journal', async () => {
    const user = userEvent.setup();
    render(<StartScreen state={await lockedJournal()} />);
    await user.type(screen.getByLabelText('Passphrase'), `${PASS}{Enter}`);
    await waitFor(() => expect(hostState()).toBe('open'));
    expect((await call('journal.list', {})).map((e) => e.title)).toEqual(['Private lesson']);
  });

  it('an empty field sends nothing', async () => {
    const user = userEvent.setup();
    render(<StartScreen state={await lockedJournal()} />);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(calls).not.toContain('lock.unlock');
  });
});

describe('damaged journal screen', () => {
  it('names the file kept aside, offers the newest backup with the focus on it, and restoring brings the entries back', async () => {
    const user = userEvent.setup();
    const { state } = await damagedJournal(true);
    expect(state.state).toBe('damaged');
    const keptAs = state.damaged?.keptAs ?? '';
    render(<StartScreen state={state} />);
    expect(screen.getByRole('heading', { name: 'Your journal file is damaged' })).toBeTruthy();
    expect(screen.getByText(keptAs)).toBeTruthy();
    expect(document.body.textContent).toContain('The newest sound backup is from');
    const restore = screen.getByRole('button', { name: /^Restore the backup from / });
    expect(document.activeElement).toBe(restore);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(hostState()).toBe('open'));
    expect((await call('journal.list', {})).map((e) => e.title)).toEqual(['Shipped it']);
  });

  it('a protected journal found damaged at unlock reaches this screen with the right passphrase, and its backup restores', async () => {
    const user = userEvent.setup();
    await call('journal.create', {
      kind: 'lesson',
      title: 'Private lesson',
      body: lexicalFromParagraphs(['Only for me.']),
    });
    await call('lock.protect', { passphrase: PASS });
    await call('backup.now', {});
    const { dataDir } = restartHost((_dir, dbPath) => damage(dbPath));
    const { unmount } = render(<StartScreen state={await call('app.state', {})} />);
    await user.type(screen.getByLabelText('Passphrase'), `${PASS}{Enter}`);
    await waitFor(() => expect(hostState()).toBe('damaged'));
    expect(screen.queryByRole('alert')).toBeNull();
    // The app reloads after an unlock and shows the screen for the state it then finds.
    unmount();
    const state = await call('app.state', {});
    render(<StartScreen state={state} />);
    expect(screen.getByRole('heading', { name: 'Your journal file is damaged' })).toBeTruthy();
    expect(keptUntouched(dataDir, state.damaged?.keptAs ?? '')).toBe(true);
    await user.click(screen.getByRole('button', { name: /^Restore the backup from / }));
    await waitFor(() => expect(hostState()).toBe('open'));
    expect((await call('journal.list', {})).map((e) => e.title)).toEqual(['Private lesson']);
  });

  it('without a backup it says so and offers only an empty journal, keeping the damaged file', async () => {
    const user = userEvent.setup();
    const { state, dataDir } = await damagedJournal(false);
    render(<StartScreen state={state} />);
    expect(document.body.textContent).toContain('There is no sound backup to restore.');
    expect(screen.queryByRole('button', { name: /^Restore/ })).toBeNull();
    const empty = screen.getByRole('button', { name: 'Start with an empty journal' });
    expect(document.activeElement).toBe(empty);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(hostState()).toBe('open'));
    expect(await call('journal.list', {})).toEqual([]);
    expect(keptUntouched(dataDir, state.damaged?.keptAs ?? '')).toBe(true);
  });
});

describe('damaged journal screen, backups passed over', () => {
  it('lists why each newer backup was passed over, beside the one it offers', async () => {
    const user = userEvent.setup();
    await call('journal.create', { kind: 'praise', title: 'In the older backup' });
    await call('backup.now', {});
    const { state } = await damagedJournal(false);
    const passedOver = [
      'The backup from 2026-11-22 cannot be read without a passphrase: it is encrypted, or it is damaged.',
    ];
    render(
      <StartScreen
        state={{
          ...state,
          damaged: {
            keptAs: state.damaged?.keptAs ?? '',
            newestBackup: state.damaged?.newestBackup ?? null,
            passedOver,
          },
        }}
      />,
    );
    expect(screen.getByText('A newer backup was passed over:')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe(passedOver[0]);
    await user.click(screen.getByRole('button', { name: /^Restore the backup from / }));
    await waitFor(() => expect(hostState()).toBe('open'));
  });

  it('says nothing of passed-over backups when there are none', async () => {
    const { state } = await damagedJournal(true);
    render(<StartScreen state={state} />);
    expect(state.damaged?.passedOver).toEqual([]);
    expect(screen.queryByText(/passed over/)).toBeNull();
  });
});
