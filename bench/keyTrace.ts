// Main-thread CPU of a page while it runs `work`, from Chromium's trace (thread time, not wall time):
// on a busy machine the wall time of a keystroke swings with the other processes, its CPU much less.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Milliseconds of CPU the page's main thread spent in tasks while `work` ran. */
export async function mainThreadCpu(
  cdp: CDPSession,
  work: () => Promise<unknown>,
): Promise<number> {
  const events: TraceEvent[] = [];
  // The protocol types a trace event as a bare object: these are the fields read here.
  const collect = (e: { value: object[] }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  try {
    await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  // The trace covers every process of the browser: the page's main thread is the renderer main
  // thread that dispatched the key events.
  const keys = new Map<string, number>();
  for (const e of events)
    if (e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
      keys.set(`${e.pid}:${e.tid}`, (keys.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      (keys.get(`${e.pid}:${e.tid}`) ?? 0) > 0,
  );
  if (!main) throw new Error('no renderer main thread with key events in the trace');
  let micros = 0;
  for (const e of events)
    if (e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask')
      micros += e.tdur ?? e.dur ?? 0;
  return micros / 1000;
}
