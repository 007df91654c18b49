// The data worker's priority rule (dataWorkerNice.ts): on Linux, five nice steps below the app's
// thread and never past 19 (the lowest); elsewhere the call would lower the whole app, so none.
// dataWorker.test.ts sees the worker take it; this checks the rule itself, at any nice value the
// tests themselves run at.
import { describe, expect, it } from 'vitest';
import { workerNice } from '../../../src-main/core/data/dataWorkerNice';

describe("the data worker's nice value", () => {
  it('is five steps below the app on Linux', () => {
    expect(workerNice(0, 'linux')).toBe(5);
    expect(workerNice(-4, 'linux')).toBe(1);
    expect(workerNice(14, 'linux')).toBe(19);
  });

  it('stops at 19, the lowest priority', () => {
    expect(workerNice(15, 'linux')).toBe(19);
    expect(workerNice(19, 'linux')).toBe(19);
  });

  it('is left alone where a thread cannot have its own', () => {
    expect(workerNice(0, 'darwin')).toBeNull();
    expect(workerNice(0, 'win32')).toBeNull();
  });
});
