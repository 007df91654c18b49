// An import's reading (dataJobRun.ts) sends what it found in batches, each acknowledged once the app
// has written it, and never runs more than WINDOW batches ahead of the writing: a large import holds
// a few batches in memory, not the whole journal converted. Driven here through the job's own port,
// answering as the app's thread does.
import { describe, expect, it } from 'vitest';
import { runDataJob, type JobPort } from '../../../src-main/core/data/dataJobRun';
import {
  ACK,
  EVENTS_PER_BATCH,
  WINDOW,
  type WorkerMessage,
} from '../../../src-main/core/data/dataJobMessages';
import { EXPORT_JSON_NAME } from '../../../src-main/shared/data/exportFormat';
import { testStore } from '../helpers';
import { exportDoc, syntheticEntries } from './dataHelpers';

/** The app's end of the line: what the job posted, and a way to acknowledge a batch. */
function appEnd() {
  const posted: WorkerMessage[] = [];
  let listener: ((message: unknown) => void) | null = null;
  const port: JobPort = {
    postMessage: (message) => posted.push(message),
    on: (_event, l) => (listener = l),
    removeAllListeners: () => (listener = null),
  };
  return { port, posted, ack: () => listener?.(ACK), listening: () => listener !== null };
}

const batches = (posted: WorkerMessage[]) =>
  posted.flatMap((m) => (m.kind === 'events' ? [m.events] : []));
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("an import's reading", () => {
  it('sends full batches, at most WINDOW ahead of the writing, then says it has read all', async () => {
    const t = testStore();
    const { doc } = await exportDoc(t);
    // With the document's own event, exactly five full batches.
    doc.entries = syntheticEntries(5 * EVENTS_PER_BATCH - 1, 40, t.clock.now());
    const app = appEnd();
    const reading = runDataJob(
      {
        kind: 'read-import',
        now: t.clock.now(),
        files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }],
      },
      app.port,
    );
    await settle();
    // Nothing written yet: the reading waits after WINDOW batches.
    expect(batches(app.posted)).toHaveLength(WINDOW);
    let acked = 0;
    while (app.posted.at(-1)?.kind !== 'read') {
      app.ack();
      acked += 1;
      await settle();
      expect(batches(app.posted).length - acked).toBeLessThanOrEqual(WINDOW);
      expect(acked).toBeLessThanOrEqual(5);
    }
    await reading;
    const sent = batches(app.posted);
    expect(sent.map((b) => b.length)).toEqual(Array(5).fill(EVENTS_PER_BATCH));
    const entryIds = sent.flat().flatMap((e) => (e.kind === 'entry' ? [e.entry.entry.id] : []));
    expect(entryIds).toEqual(doc.entries.map((e) => e.id));
    expect(sent.flat().at(-1)?.kind).toBe('doc');
    // Nothing more will come: the job stops listening, so a worker ends by itself.
    expect(app.listening()).toBe(false);
  });
});
