// Importing the records of a Ladder export other than entries (loadRepository.ts, loadAttempt.ts):
// what each kind counts, which records are left out and named in the report, and that a failure
// that is not a clash fails the whole import instead of passing for one.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EXPORT_JSON_NAME,
  type ExportDocument,
  type ImportReport,
} from '../../../src-main/shared/data/exportFormat';
import { MAX_AUDIO_BYTES } from '../../../src-main/shared/voice/answerAudio';
import { expectCode, fingerprint, testStore, type TestStore } from '../helpers';
import { exportDoc } from './dataHelpers';
import { WEBM_SOUND, richStore } from './richStore';

let rich: ExportDocument;

beforeAll(async () => {
  rich = (await exportDoc((await richStore()).t)).doc;
}, 120_000);

/** The rich store's export, to change freely: entries and settings left out unless a test wants them. */
function recordsOnly(): ExportDocument {
  return { ...structuredClone(rich), entries: [], settings: {} };
}

function importDoc(t: TestStore, doc: ExportDocument): Promise<ImportReport> {
  return t.call('data.import', { files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }] });
}

/** A WebM recording of exactly `bytes` bytes (the container header, then silence). */
function webm(bytes: number): string {
  const data = Buffer.alloc(bytes);
  WEBM_SOUND.copy(data);
  return data.toString('base64');
}

function session(doc: ExportDocument): ExportDocument['rehearsals'][number] {
  const s = doc.rehearsals[0];
  if (!s) throw new Error('the rich store has no rehearsal');
  return s;
}

describe('importing the records beside the entries', () => {
  it('counts each kind of record it writes, and leaves out and names each one already here', async () => {
    const doc = recordsOnly();
    const t = testStore();
    const first = await importDoc(t, doc);
    expect(first.skipped).toEqual([]);
    expect(first.imported).toEqual({
      entries: 0,
      conversations: doc.conversations.length,
      skills: doc.skills.length,
      goals: doc.goals.length,
      templates: doc.templates.length,
      questions: doc.questions.userQuestions.length + doc.questions.overlays.length,
      rehearsals: doc.rehearsals.length,
      recordings: 1,
      practiceCards: doc.practice.cards.length,
      settings: 0,
    });
    // Each kind is there at least once, so every count above was checked against a record.
    expect(doc.questions.userQuestions.length).toBeGreaterThan(0);
    expect(doc.questions.overlays.length).toBeGreaterThan(0);
    const { doc: written } = await exportDoc(t);

    const again = await importDoc(t, doc);
    expect(again.imported).toEqual({
      entries: 0,
      conversations: 0,
      skills: 0,
      goals: 0,
      templates: 0,
      questions: 0,
      rehearsals: 0,
      recordings: 0,
      practiceCards: 0,
      settings: 0,
    });
    const left = (item: string, reason: string) => ({ file: EXPORT_JSON_NAME, item, reason });
    // In the order they are written; a rehearsal left out brings none of its recordings along.
    expect(again.skipped).toEqual([
      ...doc.skills.map((s) =>
        left(`skill ${s.id}`, 'A skill with this id or name is already in your journal.'),
      ),
      ...doc.goals.map((g) =>
        left(`goal ${g.id}`, 'A goal with this id is already in your journal.'),
      ),
      ...doc.templates.map((x) =>
        left(`template ${x.id}`, 'A template with this id is already in Ladder.'),
      ),
      ...doc.conversations.map((c) =>
        left(
          `conversation ${c.id}`,
          'A conversation, or one of its parts, with this id is already in Ladder.',
        ),
      ),
      ...doc.questions.userQuestions.map((q) =>
        left(`question ${q.id}`, 'A question with this id is already in your question bank.'),
      ),
      ...doc.questions.overlays.map((o) =>
        left(
          `question ${o.questionId}`,
          'Your changes to this built-in question are already in Ladder.',
        ),
      ),
      ...doc.rehearsals.map((s) =>
        left(`rehearsal ${s.id}`, 'A rehearsal with this id is already in Ladder.'),
      ),
      ...doc.practice.cards.map((c) =>
        left(`practice card ${c.questionId}`, 'This question already has a practice schedule.'),
      ),
    ]);
    expect((await exportDoc(t)).doc).toEqual({ ...written, exportedAt: expect.any(String) });
  });

  it('fails the whole import when the disk fills while writing them, rather than calling it a clash', async () => {
    const doc = recordsOnly();
    const skill = doc.skills[0]!;
    // A skill whose ratings need more room than the disk has left.
    skill.ratings = Array.from({ length: 2000 }, (_, i) => ({
      rating: 3,
      note: `Rating ${i}: `.padEnd(1000, 'x'),
      ratedAt: skill.createdAt + i,
    }));
    const t = testStore();
    await t.call('journal.create', { kind: 'lesson', title: 'Already here' });
    await t.store.indexMerged();
    const before = fingerprint(t.store.dbPath);
    const pages = Number(t.store.db.pragma('page_count', { simple: true }));
    t.store.db.pragma(`max_page_count = ${pages + 20}`);
    await expectCode(importDoc(t, doc), 'storage-full');
    t.store.db.pragma('max_page_count = 1073741823');
    expect(fingerprint(t.store.dbPath)).toBe(before);
  });

  it('keeps a rehearsal whose follow-up has no answer to follow, and leaves that follow-up out', async () => {
    const doc = recordsOnly();
    const s = session(doc);
    const answered = s.answers[0]!;
    const probe = {
      position: answered.position,
      questionId: answered.questionId,
      text: 'Which number shows it?',
      reason: 'no-number' as const,
      askedAt: answered.endedAt,
      answer: '',
      startedAt: null,
      endedAt: null,
      timeMs: null,
      timedOut: false,
      revealed: false,
      grade: null,
      feedback: null,
    };
    const orphan = { ...probe, position: answered.position + 1, questionId: s.questionIds[1]! };
    expect(s.answers.some((a) => a.position === orphan.position)).toBe(false);
    s.probes = [probe, orphan];
    const t = testStore();
    const report = await importDoc(t, doc);
    expect(report.imported.rehearsals).toBe(1);
    expect(report.skipped).toEqual([
      {
        file: EXPORT_JSON_NAME,
        item: `follow-up ${s.id} #${orphan.position + 1}`,
        reason: 'The rehearsal has no answer it follows.',
      },
    ]);
    expect(session((await exportDoc(t)).doc).probes).toEqual([probe]);
  });

  it('keeps voice answers up to the size Ladder keeps, and names each one it leaves out', async () => {
    const doc = recordsOnly();
    const s = session(doc);
    const good = s.recordings![0]!;
    expect(s.questionIds.length).toBe(2);
    const atMost = { ...good, position: 1, data: webm(MAX_AUDIO_BYTES) };
    s.recordings = [
      good,
      { ...good, durationMs: 99 },
      // Decodes to no bytes at all.
      { ...atMost, data: '=' },
      { ...atMost, data: webm(MAX_AUDIO_BYTES + 1) },
      atMost,
    ];
    const t = testStore();
    const report = await importDoc(t, doc);
    expect(report.imported).toMatchObject({ rehearsals: 1, recordings: 2 });
    const left = (place: number, reason: string) => ({
      file: EXPORT_JSON_NAME,
      item: `recording ${s.id} #${place}`,
      reason,
    });
    expect(report.skipped).toEqual([
      left(1, 'This answer already has a recording.'),
      left(2, 'The recording is empty or larger than Ladder keeps.'),
      left(2, 'The recording is empty or larger than Ladder keeps.'),
    ]);
    const first = await t.call('rehearsal.audio', { sessionId: s.id, position: 0 });
    expect(first?.durationMs).toBe(good.durationMs);
    const second = await t.call('rehearsal.audio', { sessionId: s.id, position: 1 });
    expect(Buffer.from(second!.data, 'base64').length).toBe(MAX_AUDIO_BYTES);
  }, 60_000);

  it('keeps how a rehearsal was started, and its conversation only when that conversation is here', async () => {
    const doc = recordsOnly();
    const base = session(doc);
    const conversation = doc.conversations[0]!.id;
    doc.rehearsals = [
      { ...base, id: 'with-conversation', conversationId: conversation, mode: 'conversation' },
      { ...base, id: 'conversation-gone', conversationId: 'not-in-this-journal', mode: 'due' },
      { ...base, id: 'before-modes', conversationId: null, mode: undefined },
    ];
    const t = testStore();
    const report = await importDoc(t, doc);
    expect(report.skipped).toEqual([]);
    expect(report.imported.rehearsals).toBe(3);
    const back = (await exportDoc(t)).doc.rehearsals.map((r) => [r.id, r.conversationId, r.mode]);
    expect(back.sort()).toEqual(
      [
        ['with-conversation', conversation, 'conversation'],
        ['conversation-gone', null, 'due'],
        ['before-modes', null, null],
      ].sort(),
    );
  });

  it('keeps a built-in question’s own follow-ups, and a question only hidden stays unedited', async () => {
    const doc = recordsOnly();
    const [edited] = doc.questions.overlays;
    const other = session(doc).questionIds.find((id) => id !== edited?.questionId);
    if (!edited || !other) throw new Error('the rich store changed');
    edited.probes = ['Which one, exactly?'];
    doc.questions.overlays.push({
      questionId: other,
      text: null,
      tip: null,
      probes: null,
      hidden: true,
      updatedAt: edited.updatedAt,
    });
    const t = testStore();
    const report = await importDoc(t, doc);
    expect(report.skipped).toEqual([]);
    expect(await t.call('questions.get', { id: edited.questionId })).toMatchObject({
      probes: ['Which one, exactly?'],
      edited: true,
    });
    expect(await t.call('questions.get', { id: other })).toMatchObject({
      hidden: true,
      edited: false,
    });
  });
});
