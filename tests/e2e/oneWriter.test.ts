// One journal, one writer, with real processes: a second browser-mode server on a data folder in use
// exits at once naming the first, and a first one killed outright leaves no false lock behind.
import { describe, expect, it } from 'vitest';
import { callApi, removeDir, runWebEntry, startApp, tempDir, type RunningApp } from './harness';

interface Entry {
  id: string;
  title: string;
}

describe('a second Ladder on the same data folder', () => {
  it('is refused naming the first, and after the first is killed (SIGKILL) a new start opens the journal', async () => {
    const dataDir = tempDir('ladder-one-writer-');
    const running: RunningApp[] = [];
    try {
      const first = await startApp({ dataDir });
      running.push(first);
      const entry = await callApi<Entry>(first, 'journal.create', {
        kind: 'praise',
        title: 'Written by the first',
      });

      const second = await runWebEntry(['--data', dataDir, '--port', '0']);
      expect(second.code).not.toBe(0);
      expect(second.stdout).not.toContain('Ladder is running');
      expect(second.stderr).toContain(
        `Another Ladder is using this folder: ${dataDir} (process ${first.child.pid}, browser mode, since `,
      );
      expect(second.stderr).toContain('Close it first, or use --data for another folder.');
      // The refused start changed nothing for the first.
      expect((await callApi<Entry>(first, 'journal.get', { id: entry.id })).title).toBe(
        'Written by the first',
      );

      const killed = new Promise((resolve) => first.child.once('exit', resolve));
      first.child.kill('SIGKILL');
      await killed;

      const next = await startApp({ dataDir });
      running.push(next);
      expect((await callApi<Entry>(next, 'journal.get', { id: entry.id })).title).toBe(
        'Written by the first',
      );
    } finally {
      for (const app of running) await app.stop();
      removeDir(dataDir);
    }
  });
});
