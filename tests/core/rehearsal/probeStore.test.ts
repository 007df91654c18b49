// Follow-up turns in the store: kept when chosen, answered with notes, graded together with the
// question for the schedule, resumed where they stopped, carried by export and import, and the
// store of the schema before them carried forward.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/connection';
import { MIGRATIONS, migrate } from '../../../src-main/core/db/migrate';
import { DB_FILE_NAME } from '../../../src-main/core/host/store';
import { EXPORT_JSON_NAME } from '../../../src-main/shared/data/exportFormat';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { resumeRehearsal } from '../../../src-main/shared/rehearsal/rehearsalResume';
import { sessionRecords } from '../../../src-main/shared/rehearsal/sessionRecords';
import { probeAudioPlace } from '../../../src-main/shared/rehearsal/probeTurns';
import { exportDoc } from '../data/dataHelpers';
import { expectCode, tempDir, testStore, type TestStore } from '../helpers';

const SETTINGS: RehearsalSettings = {
  count: 2,
  timeBoxSec: 60,
  order: 'script',
  followUps: true,
  voice: false,
  seed: 3,
};
const QUESTIONS = ['grow-reality-01', 'grow-goal-01'];
const NO_NUMBER =
  'For example, last quarter I rebuilt the release checklist with the support team.';

async function answerWithProbe(t: TestStore, grade: 'easy' | 'good' = 'easy') {
  const session = await t.call('rehearsal.start', { questionIds: QUESTIONS, settings: SETTINGS });
  const now = t.clock.now();
  const answer = {
    sessionId: session.id,
    position: 0,
    questionId: QUESTIONS[0]!,
    answer: NO_NUMBER,
    startedAt: now,
    endedAt: now + 20_000,
    timeMs: 20_000,
    timedOut: false,
    revealed: false,
    followUp: 'Can you put a number on that?',
    followUpReason: 'no-number' as const,
  };
  const first = await t.call('rehearsal.record', answer);
  const graded = await t.call('rehearsal.record', { ...answer, grade, baseVersion: first.version });
  return { session, first, graded };
}

function probeAnswer(sessionId: string, now: number, grade: 'again' | 'easy' | null = null) {
  return {
    sessionId,
    position: 0,
    answer: 'About 30 percent fewer failed releases.',
    startedAt: now,
    endedAt: now + 8_000,
    timeMs: 8_000,
    timedOut: false,
    revealed: false,
    grade,
  };
}

const lastGrade = async (t: TestStore) =>
  (await t.call('questions.get', { id: QUESTIONS[0]! })).lastGrade;

describe('follow-up turns in the store', () => {
  it('keeps the probe chosen after an answer, then its answer with notes and grade', async () => {
    const t = testStore();
    const { session, first } = await answerWithProbe(t);
    expect(first.probe).toMatchObject({
      position: 0,
      text: 'Can you put a number on that?',
      reason: 'no-number',
      why: expect.stringMatching(/no figure/),
      answer: '',
      timeMs: null,
      grade: null,
      feedback: null,
    });
    const saved = await t.call('rehearsal.recordProbe', probeAnswer(session.id, t.clock.now()));
    expect(saved).toMatchObject({
      answer: 'About 30 percent fewer failed releases.',
      timeMs: 8_000,
    });
    expect(saved.feedback?.evidence.percentages.length).toBeGreaterThan(0);
    // A one-line figure is what was asked: no "brief for the time box", no STAR shape wanted.
    expect(saved.feedback?.notes.map((n) => [n.kind, n.tone])).toEqual([
      ['length', 'strength'],
      ['evidence', 'strength'],
    ]);
    expect(saved.feedback?.star).toBeUndefined();
    const got = await t.call('rehearsal.get', { id: session.id });
    expect(got.answers[0]?.probe?.answer).toBe('About 30 percent fewer failed releases.');
    // Only a question that drew a probe has one to answer.
    await expectCode(
      t.call('rehearsal.recordProbe', { ...probeAnswer(session.id, t.clock.now()), position: 1 }),
      'invalid-argument',
    );
  });

  it('schedules the question with the lower of its two grades, and follows a regrade of either', async () => {
    const t = testStore();
    const { session } = await answerWithProbe(t, 'easy');
    expect(await lastGrade(t)).toBe('easy');
    const logBefore = t.store.db.prepare('SELECT count(*) AS n FROM practice_log').get();
    await t.call('rehearsal.recordProbe', probeAnswer(session.id, t.clock.now(), 'again'));
    expect(await lastGrade(t)).toBe('again');
    // One review of the question, replaced, never two.
    expect(t.store.db.prepare('SELECT count(*) AS n FROM practice_log').get()).toEqual(logBefore);
    await t.call('rehearsal.recordProbe', probeAnswer(session.id, t.clock.now(), 'easy'));
    expect(await lastGrade(t)).toBe('easy');
    // The question regraded lower: the pair's lower grade is now the question's.
    const now = t.clock.now();
    await t.call('rehearsal.record', {
      sessionId: session.id,
      position: 0,
      questionId: QUESTIONS[0]!,
      answer: NO_NUMBER,
      startedAt: now,
      endedAt: now,
      timeMs: 20_000,
      timedOut: false,
      revealed: false,
      grade: 'hard',
    });
    expect(await lastGrade(t)).toBe('hard');
    expect(t.store.db.prepare('SELECT count(*) AS n FROM practice_log').get()).toEqual(logBefore);
  });

  it('resumes a session left mid-probe at the probe, its answer back in the box once given', async () => {
    const t = testStore();
    const { session } = await answerWithProbe(t);
    await t.call('rehearsal.leave', { id: session.id });
    const back = await t.call('rehearsal.resume', { id: session.id });
    const clock = { now: () => 0, wall: () => t.clock.now() };
    const engine = (s: typeof back) => {
      const { answers, probes } = sessionRecords(s.answers);
      const qs = s.questions.map((q) => ({ id: q.id, text: q.text, probes: q.probes }));
      const settings = { timeBoxMs: 60_000, followUps: true, followUpChance: 0.5, seed: 3 };
      return resumeRehearsal(qs, settings, answers, clock, probes);
    };
    expect(engine(back)).toMatchObject({ index: 0, turn: 'probe', phase: 'asking' });
    await t.call('rehearsal.recordProbe', probeAnswer(session.id, t.clock.now()));
    const later = await t.call('rehearsal.get', { id: session.id });
    expect(engine(later)).toMatchObject({
      index: 0,
      turn: 'probe',
      phase: 'asking',
      draft: 'About 30 percent fewer failed releases.',
      elapsedBeforeMs: 8_000,
    });
  });

  it('lets an answer typed on again after a resume draw its follow-up afresh, until one is answered', async () => {
    const t = testStore();
    const session = await t.call('rehearsal.start', { questionIds: QUESTIONS, settings: SETTINGS });
    const now = t.clock.now();
    const base = {
      sessionId: session.id,
      position: 0,
      questionId: QUESTIONS[0]!,
      answer: NO_NUMBER,
      startedAt: now,
      endedAt: now + 20_000,
      timeMs: 20_000,
      timedOut: false,
      revealed: false,
    };
    const ended = await t.call('rehearsal.record', {
      ...base,
      followUp: 'Can you put a number on that?',
      followUpReason: 'no-number' as const,
    });
    // Resumed as a draft and typed on: saved mid-answer without a follow-up, the old one is gone.
    const typing = await t.call('rehearsal.record', {
      ...base,
      answer: `${NO_NUMBER} We cut`,
      followUp: null,
      baseVersion: ended.version,
    });
    expect(typing.probe).toBeNull();
    const again = await t.call('rehearsal.record', {
      ...base,
      answer: `${NO_NUMBER} We cut failures by 30 percent, which took months.`,
      followUp: 'In one sentence?',
      followUpReason: 'too-long' as const,
      baseVersion: typing.version,
    });
    expect(again.probe).toMatchObject({ text: 'In one sentence?', reason: 'too-long' });
    // Ended again with no draft saved between: the unanswered follow-up takes the new choice.
    const redrawn = await t.call('rehearsal.record', {
      ...base,
      followUp: 'Can you give me a specific example?',
      followUpReason: 'no-example' as const,
      baseVersion: again.version,
    });
    expect(redrawn.probe).toMatchObject({ text: 'Can you give me a specific example?' });
    // Once the follow-up is answered it stays, whatever the answer is saved with later.
    await t.call('rehearsal.recordProbe', probeAnswer(session.id, t.clock.now()));
    const later = await t.call('rehearsal.record', {
      ...base,
      followUp: 'Can you put a number on that?',
      followUpReason: 'no-number' as const,
      grade: 'good',
      baseVersion: redrawn.version,
    });
    expect(later.probe).toMatchObject({
      text: 'Can you give me a specific example?',
      answer: probeAnswer('', 0).answer,
    });
  });

  it('carries probe turns through export and import, and imports an export made before them', async () => {
    const t = testStore();
    const { session } = await answerWithProbe(t);
    await t.call('rehearsal.recordProbe', probeAnswer(session.id, t.clock.now(), 'again'));
    const { doc, text } = await exportDoc(t);
    expect(doc.rehearsals[0]?.probes).toEqual([
      expect.objectContaining({ position: 0, reason: 'no-number', grade: 'again', timeMs: 8_000 }),
    ]);
    const other = testStore();
    const report = await other.call('data.import', {
      files: [{ name: EXPORT_JSON_NAME, text }],
    });
    expect(report.skipped).toEqual([]);
    const restored = await other.call('rehearsal.get', { id: session.id });
    expect(restored.answers[0]?.probe).toMatchObject({
      text: 'Can you put a number on that?',
      answer: 'About 30 percent fewer failed releases.',
      grade: 'again',
    });
    expect((await exportDoc(other)).doc.rehearsals).toEqual(doc.rehearsals);

    // An export from before probe turns: no `probes` key at all.
    const old = JSON.parse(text) as { rehearsals: Record<string, unknown>[] };
    for (const r of old.rehearsals) delete r.probes;
    const third = testStore();
    const oldReport = await third.call('data.import', {
      files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(old) }],
    });
    expect(oldReport.imported.rehearsals).toBe(1);
    expect((await third.call('rehearsal.get', { id: session.id })).answers[0]?.probe).toBeNull();
  });

  it('carries a store of the schema before probe turns forward, its one-line follow-ups kept', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 12),
    );
    db.prepare(
      "INSERT INTO rehearsal_sessions (id, started_at, settings, question_ids, status) VALUES ('s1', 1, ?, ?, 'left')",
    ).run(JSON.stringify(SETTINGS), JSON.stringify(QUESTIONS));
    db.prepare(
      "INSERT INTO rehearsal_answers (session_id, position, question_id, answer, started_at, ended_at, time_ms, follow_up, grade) VALUES ('s1', 0, ?, 'Old answer', 1, 2, 1000, 'Who noticed?', 'good')",
    ).run(QUESTIONS[0]);
    db.close();
    const t = testStore(dir);
    const got = await t.call('rehearsal.get', { id: 's1' });
    expect(got.answers[0]).toMatchObject({
      answer: 'Old answer',
      followUp: 'Who noticed?',
      probe: null,
    });
    // The old one-line follow-up is not asked again as a turn: resume goes on to the next question.
    const { answers, probes } = sessionRecords(got.answers);
    const clock = { now: () => 0, wall: () => 0 };
    const qs = got.questions.map((q) => ({ id: q.id, text: q.text, probes: q.probes }));
    const settings = { timeBoxMs: 60_000, followUps: true, followUpChance: 1, seed: 3 };
    expect(resumeRehearsal(qs, settings, answers, clock, probes)).toMatchObject({
      index: 1,
      turn: 'question',
    });
    // Deleting the session takes its probe turns with it.
    const { session } = await answerWithProbe(t);
    await t.call('rehearsal.delete', { id: session.id });
    expect(t.store.db.prepare('SELECT count(*) AS n FROM rehearsal_probes').get()).toEqual({
      n: 0,
    });
  });

  it("keeps a follow-up's recording beside its question's, and carries it through export", async () => {
    const t = testStore();
    const { session } = await answerWithProbe(t);
    const webm = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]).toString(
      'base64',
    );
    const at = (position: number) => ({
      sessionId: session.id,
      position,
      mime: 'audio/webm',
      durationMs: 1_500,
      data: webm,
    });
    await t.call('rehearsal.saveAudio', at(0));
    await t.call('rehearsal.saveAudio', at(probeAudioPlace(0)));
    expect(
      (await t.call('rehearsal.audio', { sessionId: session.id, position: 0 }))?.position,
    ).toBe(0);
    expect(
      (await t.call('rehearsal.audio', { sessionId: session.id, position: probeAudioPlace(0) }))
        ?.position,
    ).toBe(probeAudioPlace(0));
    // The session has two questions: no follow-up place past them.
    await expectCode(t.call('rehearsal.saveAudio', at(probeAudioPlace(2))), 'invalid-argument');
    const { text } = await exportDoc(t);
    const other = testStore();
    const report = await other.call('data.import', { files: [{ name: EXPORT_JSON_NAME, text }] });
    expect(report.imported.recordings).toBe(2);
  });
});
