// app.start: the settings and the restored tabs' entries in one answer, each entry exactly as its
// own journal.get would answer it, or null where that call fails (the pane then asks it itself).
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../src-main/shared/domain';
import { body, expectCode, testStore } from './helpers';
import { closeHost, PASS, testHost } from './lock/hostHelpers';

function layoutWith(openTabs: Layout['openTabs']): Layout {
  return {
    sideBarVisible: true,
    sideBarWidth: 22,
    activeView: 'journal',
    openTabs,
    activeTab: null,
  };
}

describe('the start read', () => {
  it('answers the settings and each restored entry as journal.get does, missing ones as null', async () => {
    const t = testStore();
    const kept = await t.call('journal.create', { kind: 'praise', title: 'Kept', body: body('k') });
    const trashed = await t.call('journal.create', { kind: 'praise', title: 'Gone' });
    const other = await t.call('journal.create', { kind: 'praise', title: 'Not open' });
    await t.call('journal.trash', { id: trashed.id });
    const layout = layoutWith([
      { type: 'entry', id: kept.id },
      { type: 'history', id: kept.id },
      { type: 'conversation', id: other.id },
      { type: 'entry', id: 'no-such-entry' },
      { type: 'entry', id: trashed.id },
    ]);
    await t.call('settings.set', { layout, welcomeSeen: true });

    const start = await t.call('app.start', {});
    expect(start.settings).toEqual(await t.call('settings.get', {}));
    // Each entry once, in tab order; a conversation tab reads no entry.
    expect(start.entries.map((e) => e.id)).toEqual([kept.id, 'no-such-entry', trashed.id]);
    for (const { id, entry } of start.entries) {
      const alone = await t.call('journal.get', { id }).catch(() => null);
      expect(entry).toEqual(alone);
    }
    expect(start.entries[0]?.entry?.title).toBe('Kept');
    expect(start.entries[1]?.entry).toBeNull();
  });

  it('reads the entry of a history tab open without its editor', async () => {
    const t = testStore();
    const entry = await t.call('journal.create', { kind: 'praise', title: 'Only its history' });
    await t.call('settings.set', { layout: layoutWith([{ type: 'history', id: entry.id }]) });
    const start = await t.call('app.start', {});
    expect(start.entries).toEqual([
      { id: entry.id, entry: await t.call('journal.get', { id: entry.id }) },
    ]);
  });

  it('reads no entry without a remembered layout', async () => {
    const t = testStore();
    await t.call('journal.create', { kind: 'praise', title: 'Alone' });
    expect((await t.call('app.start', {})).entries).toEqual([]);
  });

  it('is refused while a protected journal is locked, as every read before unlock', async () => {
    const t = testHost();
    const entry = await t.call('journal.create', { kind: 'praise', title: 'Private' });
    await t.call('settings.set', { layout: layoutWith([{ type: 'entry', id: entry.id }]) });
    await t.call('lock.protect', { passphrase: PASS });
    closeHost(t);
    const again = testHost(t.dataDir);
    await expectCode(again.call('app.start', {}), 'locked');
    await again.call('lock.unlock', { passphrase: PASS });
    const start = await again.call('app.start', {});
    expect(start.entries[0]?.entry?.title).toBe('Private');
  });
});
