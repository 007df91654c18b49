// One journal, one writer: a second host on a data folder another host holds is refused, by name.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderInUseError, HOLDER_FILE_NAME } from '../../../src-main/core/host/singleWriterLock';
import { body } from '../helpers';
import { closeHost, SECRET, testHost } from './hostHelpers';

describe('the data folder lock', () => {
  it('refuses a second host on the same folder, naming the first, and lets one open after it closes', async () => {
    const first = testHost();
    const entry = await first.call('journal.create', {
      kind: 'praise',
      title: 'Held',
      body: body(SECRET),
    });

    let refused: unknown;
    try {
      testHost(first.dataDir);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(FolderInUseError);
    const message = (refused as Error).message;
    expect(message).toContain(`Another Ladder is using this folder: ${first.dataDir}`);
    expect(message).toContain(`process ${process.pid}, browser mode, since`);
    expect(message).toContain('Close it first.');
    // The refused start touched nothing: the first host keeps working.
    expect((await first.call('journal.get', { id: entry.id })).title).toBe('Held');

    closeHost(first);
    expect(existsSync(join(first.dataDir, HOLDER_FILE_NAME))).toBe(false);
    const again = testHost(first.dataDir);
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('Held');
  });

  it('is held while the journal is locked or damaged too', async () => {
    const first = testHost();
    await first.call('lock.protect', { passphrase: 'correct horse battery staple' });
    await first.call('lock.lock', {});
    expect(() => testHost(first.dataDir)).toThrow(FolderInUseError);
  });
});
