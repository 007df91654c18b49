import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src-main/shared/contract';
import { createHandlers } from '../../src-main/core/host/handlers';
import { body, fingerprint, testStore } from './helpers';

const ID = 'x'.repeat(65);
const huge = 'a'.repeat(8_000_001);

/** Malformed arguments per channel; every one must be refused before a service runs. */
const BAD: Record<string, unknown[]> = {
  'app.info': [{ extra: 1 }, 'string', 42, []],
  'app.start': [{ extra: 1 }, 'string', 42, []],
  'app.state': [{ extra: 1 }, 'state'],
  'lock.unlock': [
    {},
    { passphrase: '' },
    { passphrase: 5 },
    { passphrase: 'x'.repeat(1025) },
    { passphrase: 'ok', extra: 1 },
  ],
  'lock.lock': [{ now: true }],
  'lock.protect': [
    {},
    { passphrase: 'short' },
    { passphrase: ['a'] },
    { passphrase: 'long enough', confirm: 'long enough' },
  ],
  'lock.changePassphrase': [
    {},
    { current: 'old one', next: 'short' },
    { current: '', next: 'long enough' },
    { next: 'long enough' },
  ],
  'lock.removeProtection': [{}, { passphrase: '' }, { passphrase: null }],
  'lock.settings': [{ all: true }],
  'lock.setAutoLock': [
    {},
    { minutes: 7 },
    { minutes: '15' },
    { minutes: -1 },
    { minutes: 15, extra: 1 },
  ],
  'app.restoreNewestBackup': [{ name: 'x' }],
  'app.startEmpty': [{ wipe: true }],
  'app.retryOpen': [{ now: true }],
  'journal.list': [
    { kinds: ['values'] },
    { kinds: 'praise' },
    { from: '2026-13-45' },
    { from: '2026-02-30' },
    { to: 'yesterday' },
    { limit: 0 },
    { limit: 1.5 },
    { tag: '#x' },
    { tag: 'a,b' },
  ],
  'journal.page': [
    {},
    { offset: 0 },
    { offset: 0, limit: 0 },
    { offset: 0, limit: 501 },
    { offset: -1, limit: 10 },
    { offset: 1.5, limit: 10 },
    { offset: 0, limit: 10, kinds: ['goals'] },
    { offset: 0, limit: 10, extra: 1 },
  ],
  'journal.find': [
    {},
    { text: 'a' },
    { text: 'a', limit: 0 },
    { text: 'a', limit: 201 },
    { text: 'x'.repeat(501), limit: 5 },
    { text: 'a', limit: 5, exclude: [''] },
    { text: 'a', limit: 5, extra: 1 },
  ],
  'journal.months': [{ kinds: ['values'] }, { tag: '#x' }, { to: 'yesterday' }, { limit: 5 }],
  'journal.get': [{}, { id: '' }, { id: ID }, { id: 5 }, null],
  'journal.create': [
    {},
    { kind: 'values' },
    { kind: 'praise', date: '2026-02-30x' },
    { kind: 'praise', date: '2026-02-30' },
    { kind: 'praise', date: '2025-02-29' },
    { kind: 'praise', date: '2026-04-31' },
    { kind: 'praise', tags: [' '] },
    { kind: 'praise', fields: { '': 'x' } },
    { kind: 'praise', body: huge },
    { kind: 'praise', title: 'x'.repeat(200_001) },
    { kind: 'praise', tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
  ],
  'journal.save': [
    { id: 'e' },
    { id: 'e', title: '', date: '2026-02-30', fields: {}, body: '', tags: [] },
    { id: 'e', title: '', date: '2026-01-01', fields: {}, body: '', tags: [], extra: true },
    { id: 'e', title: 1, date: '2026-01-01', fields: {}, body: '', tags: [] },
    { id: 'e', title: '', date: '2026-01-01', fields: { a: 5 }, body: '', tags: [] },
    { id: 'e', title: '', date: '2026-01-01', fields: {}, body: '', tags: [], session: '', seq: 1 },
    {
      id: 'e',
      title: '',
      date: '2026-01-01',
      fields: {},
      body: '',
      tags: [],
      session: 's',
      seq: -1,
    },
  ],
  'journal.counts': [{ a: 1 }],
  'journal.tags': [{ a: 1 }],
  'journal.history': [{ id: null }],
  'journal.revision': [
    { revisionId: 0 },
    { revisionId: -1 },
    { revisionId: '1' },
    { revisionId: 1.5 },
  ],
  'journal.restoreRevision': [{ id: 'e' }, { revisionId: 1 }],
  'journal.trash': [{}, { id: ['a'] }],
  'journal.restore': [{ id: '' }],
  'journal.listTrash': [{ all: true }],
  'journal.emptyTrash': [{ confirm: true }, 'yes'],
  'journal.deleteForever': [{ ids: ['a'] }],
  'profile.get': [{ page: 'praise' }, { page: '' }, {}],
  'skills.list': [{ x: 1 }],
  'skills.add': [{ name: '' }, { name: '   ' }, { name: 'x'.repeat(201) }],
  'skills.rename': [{ id: 'a', name: '' }, { name: 'b' }],
  'skills.rate': [
    { id: 'a', rating: 0 },
    { id: 'a', rating: 6 },
    { id: 'a', rating: 2.5 },
    { id: 'a' },
  ],
  'skills.setColleaguesView': [{ id: 'a' }, { id: 'a', text: 3 }],
  'skills.remove': [{}],
  'goals.list': [{ horizon: 'short' }],
  'goals.save': [
    { horizon: 'medium', text: 'x', targetDate: null, done: false },
    { horizon: 'short', text: ' ', targetDate: null, done: false },
    { horizon: 'short', text: 'x', done: false },
    { horizon: 'short', text: 'x', targetDate: 'soon', done: false },
  ],
  'goals.remove': [{ id: 7 }],
  'search.query': [
    {},
    { text: 5 },
    { text: 'x'.repeat(501) },
    { text: 'a', limit: 501 },
    { text: 'a', kinds: ['nope'] },
    { text: 'a', from: '1/1/2026' },
  ],
  'settings.get': [{ theme: 'dark' }],
  'settings.set': [
    { theme: 'purple' },
    { welcomeSeen: 'yes' },
    { layout: { sideBarVisible: true } },
    { unknown: 1 },
  ],
  'conversations.list': [{ person: 'x' }],
  'conversations.get': [{}, { id: ID }],
  'conversations.create': [
    {},
    { templateId: 'GROW!' },
    { templateId: 'grow', myRole: 'boss' },
    { templateId: 'grow', kind: 'review' },
    { templateId: 'grow', startsAt: '2026-11-21 09:30' },
    { templateId: 'grow', startsAt: '2026-02-30T09:30' },
    { templateId: 'grow', startsAt: '2026-11-21T24:00' },
    { templateId: 'grow', timeZone: 'Mars/Olympus' },
    { templateId: 'grow', durationMin: -5 },
    { templateId: 'grow', durationMin: 1441 },
    { templateId: 'grow', secret: 1 },
  ],
  'conversations.save': [
    {},
    { id: 'c', status: 'cancelled' },
    { id: 'c', followUpDate: 'next week' },
    { id: 'c', shared: 'yes' },
    { id: 'c', notes: huge },
    { id: 'c', heldOn: '2026-01-01' },
  ],
  'conversations.markHeld': [{}, { id: 'c', heldOn: '2026-1-1' }, { id: 'c', followUpDate: 5 }],
  'conversations.trash': [{ id: '' }],
  'conversations.restore': [{}],
  'conversations.sinceLastTime': [{ id: 3 }],
  'conversations.checklist': [{ id: null }],
  'conversations.exportMarkdown': [{ id: 'c' }, { id: 'c', variant: 'boss' }],
  'conversations.exportText': [{ id: 'c', variant: '' }],
  'conversations.exportIcs': [{ id: 'c', variant: 'mine' }],
  'agenda.addItem': [
    {},
    { conversationId: 'c', minutes: -1 },
    { conversationId: 'c', index: -1 },
    { conversationId: 'c', title: 7 },
  ],
  'agenda.updateItem': [
    { title: 'x' },
    { id: 'i', minutes: 2.5 },
    { id: 'i', talkingPoints: huge },
    { id: 'i', hints: ['x'] },
  ],
  'agenda.removeItem': [{ id: ID }],
  'agenda.moveItem': [{ id: 'i' }, { id: 'i', toIndex: -1 }, { id: 'i', toIndex: 'up' }],
  'agenda.linkEvidence': [{ itemId: 'i' }, { entryId: 'e' }, { itemId: 'i', entryId: '' }],
  'agenda.unlinkEvidence': [{ itemId: 'i', entryId: ID }],
  'anticipated.add': [
    { conversationId: 'c' },
    { conversationId: 'c', question: '   ' },
    { conversationId: 'c', question: 'q', preparedAnswer: huge },
  ],
  'anticipated.update': [{ id: 'q', question: '' }, { question: 'x' }],
  'anticipated.remove': [{}],
  'anticipated.move': [{ id: 'q', toIndex: 1.5 }],
  'anticipated.linkEvidence': [{ questionId: 'q' }],
  'anticipated.unlinkEvidence': [{ questionId: '', entryId: 'e' }],
  'actions.add': [
    { conversationId: 'c' },
    { conversationId: 'c', text: '' },
    { conversationId: 'c', text: ' \n\t ' },
    { conversationId: 'c', text: 'x', owner: 'boss' },
    { conversationId: 'c', text: 'x', dueDate: 'soon' },
  ],
  'actions.update': [{ id: 'a', status: 'closed' }, { id: 'a', text: ' ' }, { status: 'done' }],
  'actions.remove': [{ id: 1 }],
  'followups.list': [{ overdue: true }],
  'templates.list': [{ builtIn: true }],
  'templates.saveFromConversation': [
    { conversationId: 'c' },
    { conversationId: 'c', name: '  ' },
    { name: 'x' },
  ],
  'questions.list': [
    { framework: 'nope' },
    { direction: 'both' },
    { text: 'x'.repeat(501) },
    { includeHidden: 'yes' },
  ],
  'questions.get': [{}, { id: 'Bad Id' }],
  'questions.create': [
    {},
    { text: '  ' },
    { text: 'q', difficulty: 4 },
    { text: 'q', tags: ['#x'] },
    { text: 'q', framework: 'grow' },
  ],
  'questions.update': [
    { text: 'x' },
    { id: 'grow-goal-01', text: '' },
    { id: 'grow-goal-01', probes: 'why' },
  ],
  'questions.revert': [{ id: '' }],
  'questions.hide': [{ id: 5 }],
  'questions.unhide': [{}],
  'questions.tag': [{ id: 'grow-goal-01' }, { id: 'grow-goal-01', tags: ['a,b'] }],
  'rehearsal.plan': [
    { mode: 'conversation' },
    {
      mode: 'random',
      settings: {
        count: 3,
        timeBoxSec: 120,
        order: 'script',
        followUps: true,
        voice: false,
        seed: 1,
      },
    },
    {
      mode: 'due',
      settings: {
        ...{ count: 3, timeBoxSec: 120, order: 'script', followUps: true, voice: false, seed: 1 },
        count: 0,
      },
    },
    {
      mode: 'due',
      settings: {
        ...{ count: 3, timeBoxSec: 120, order: 'script', followUps: true, voice: false, seed: 1 },
        order: 'alpha',
      },
    },
    {
      mode: 'due',
      settings: {
        ...{ count: 3, timeBoxSec: 120, order: 'script', followUps: true, voice: false, seed: 1 },
        timeBoxSec: 5,
      },
    },
  ],
  'rehearsal.begin': [
    { mode: 'surprise' },
    {
      mode: 'filter',
      settings: {
        count: 3,
        timeBoxSec: 120,
        order: 'script',
        followUps: true,
        voice: false,
        seed: 1,
      },
      questionIds: ['grow-goal-01'],
    },
  ],
  'rehearsal.start': [
    {
      questionIds: [],
      settings: {
        count: 3,
        timeBoxSec: 120,
        order: 'script',
        followUps: true,
        voice: false,
        seed: 1,
      },
    },
    { questionIds: ['grow-goal-01'] },
    {
      questionIds: ['grow-goal-01'],
      settings: {
        count: 3,
        timeBoxSec: 120,
        order: 'script',
        followUps: true,
        voice: false,
        seed: 1,
      },
      extra: 1,
    },
  ],
  'rehearsal.recordProbe': [
    { sessionId: 's' },
    {
      sessionId: 's',
      position: 100,
      answer: '',
      startedAt: 0,
      endedAt: 0,
      timeMs: 0,
      timedOut: false,
      revealed: false,
    },
    {
      sessionId: 's',
      position: 0,
      answer: '',
      startedAt: 0,
      endedAt: 0,
      timeMs: 0,
      timedOut: false,
      revealed: false,
      grade: 'great',
    },
  ],
  'rehearsal.ungrade': [
    { sessionId: 's' },
    { sessionId: 's', position: 100 },
    { sessionId: 's', position: 0, grade: null },
    { sessionId: 's', position: 0, probe: 'yes' },
  ],
  'rehearsal.probePreview': [
    { sessionId: 's' },
    { sessionId: 's', position: -1 },
    { sessionId: 's', position: 0, grade: 'good' },
  ],
  'rehearsal.record': [
    { sessionId: 's' },
    {
      sessionId: 's',
      position: -1,
      questionId: 'q',
      answer: '',
      startedAt: 0,
      endedAt: 0,
      timeMs: 0,
      timedOut: false,
      revealed: false,
    },
    {
      sessionId: 's',
      position: 0,
      questionId: 'q',
      answer: '',
      startedAt: 0,
      endedAt: 0,
      timeMs: -5,
      timedOut: false,
      revealed: false,
    },
    {
      sessionId: 's',
      position: 0,
      questionId: 'q',
      answer: '',
      startedAt: 0,
      endedAt: 0,
      timeMs: 0,
      timedOut: false,
      revealed: false,
      grade: 'great',
    },
  ],
  'rehearsal.finish': [{}],
  'rehearsal.leave': [{ id: '' }],
  'rehearsal.resume': [{ id: '' }],
  'rehearsal.get': [{ id: ID }],
  'rehearsal.history': [
    {},
    { conversationId: 5 },
    { all: false },
    { all: true, conversationId: null },
  ],
  'rehearsal.delete': [{ ids: ['a'] }],
  'rehearsal.saveAudio': [
    { sessionId: 's', position: 0, mime: 'audio/webm', durationMs: 1 },
    { sessionId: 's', position: 0, mime: 'video/webm', durationMs: 1, data: 'GkXfow==' },
    { sessionId: 's', position: 0, mime: 'audio/webm', durationMs: -1, data: 'GkXfow==' },
    { sessionId: 's', position: 0, mime: 'audio/webm', durationMs: 1, data: 'not base64!' },
    { sessionId: 's', position: 0, mime: 'audio/webm', durationMs: 1, data: 'A'.repeat(5_600_000) },
  ],
  'rehearsal.audio': [{ sessionId: 's' }, { sessionId: 's', position: 200 }],
  'rehearsal.removeAudio': [{ sessionId: 's', position: -1 }, { position: 0 }],
  'practice.due': [{ limit: 0 }, { all: true }, { countOnly: 'yes' }],
  'practice.grade': [
    { questionId: 'grow-goal-01' },
    { questionId: 'grow-goal-01', grade: 'fine' },
    { grade: 'good' },
  ],
  'practice.preview': [{}, { questionId: '' }, { questionId: 'grow-goal-01', grade: 'good' }],
  'backup.now': [{ name: 'x' }, 'now'],
  'backup.list': [{ all: true }],
  'backup.restore': [
    {},
    { name: '' },
    { name: '../ladder.db' },
    { name: 'ladder-2026-11-21T10-00-00-000Z.db/../../x' },
    { name: 5 },
    { name: 'ladder-2026-11-21T10-00-00-000Z.db', now: true },
  ],
  'data.export': [{ all: true }, 'zip'],
  'data.import': [
    {},
    { files: [] },
    { files: [{ name: '', text: 'x' }] },
    { files: [{ name: 'a.md' }] },
    { files: [{ name: 'a.md', text: 5 }] },
    { files: 'a.md' },
    { files: [{ name: 'a.md', text: '', extra: 1 }] },
    { uploadId: 'not an id' },
    { uploadId: '0f8a2c3e-1b4d-4e5f-8a9b-0c1d2e3f4a5b', files: [{ name: 'a.md', text: '' }] },
  ],
  'data.importUpload': [
    {},
    { uploadId: '0f8a2c3e-1b4d-4e5f-8a9b-0c1d2e3f4a5b', pieces: [] },
    { uploadId: '../x', pieces: [{ file: 0, name: 'a.md', text: 'x' }] },
    {
      uploadId: '0f8a2c3e-1b4d-4e5f-8a9b-0c1d2e3f4a5b',
      pieces: [{ file: -1, name: 'a.md', text: 'x' }],
    },
    {
      uploadId: '0f8a2c3e-1b4d-4e5f-8a9b-0c1d2e3f4a5b',
      pieces: [{ file: 0, name: 'a.md', text: 'x'.repeat(2_000_001) }],
    },
  ],
};

describe('handlers', () => {
  it('has a malformed-argument case for every channel', () => {
    expect(Object.keys(BAD).sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses malformed arguments with a typed error and leaves the file unchanged', async () => {
    const t = testStore();
    const e = await t.call('journal.create', {
      kind: 'praise',
      title: 'Keep me',
      body: body('Secret words'),
    });
    await t.call('skills.add', { name: 'Negotiation' });
    const before = fingerprint(t.store.dbPath);
    for (const [channel, cases] of Object.entries(BAD)) {
      for (const args of cases) {
        const r = await t.store.handle(channel, args);
        expect(r.ok, `${channel} ${JSON.stringify(args)?.slice(0, 80)}`).toBe(false);
        if (!r.ok) {
          expect(r.error.code).toBe('invalid-argument');
          expect(r.error.message.length).toBeGreaterThan(0);
          expect(r.error.message).not.toContain('Secret');
        }
      }
    }
    expect(fingerprint(t.store.dbPath)).toBe(before);
    expect((await t.call('journal.get', { id: e.id })).title).toBe('Keep me');
  });

  it('refuses an action with blank text on a real conversation and adds nothing', async () => {
    const t = testStore();
    const conv = await t.call('conversations.create', { templateId: 'blank', personName: 'Dana' });
    const conversationId = conv.conversation.id;
    const before = fingerprint(t.store.dbPath);
    for (const text of ['', '   ', '\n\t\u00a0 ']) {
      const r = await t.store.handle('actions.add', { conversationId, text });
      expect(r, JSON.stringify(text)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(fingerprint(t.store.dbPath)).toBe(before);
    expect((await t.call('conversations.get', { id: conversationId })).actions).toEqual([]);
    // Text with words in it is kept, trimmed.
    const doc = await t.call('actions.add', { conversationId, text: '  Book the follow-up  ' });
    expect(doc.actions.map((a) => a.text)).toEqual(['Book the follow-up']);
  });

  it('does not echo submitted values in validation messages', async () => {
    const t = testStore();
    const r = await t.store.handle('journal.create', { kind: 'my private plan to resign' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(/^Invalid request: kind: /);
      expect(r.error.message).not.toContain('resign');
    }
  });

  it('answers unknown channels, including names inherited from Object', async () => {
    const t = testStore();
    expect(await t.store.handle('journal.drop', {})).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: expect.any(String) },
    });
    expect((await t.store.handle('__proto__', {})).ok).toBe(false);
    expect((await t.store.handle('toString', {})).ok).toBe(false);
  });

  it('turns unexpected failures into a generic internal error and logs no content', async () => {
    const lines: string[] = [];
    const t = testStore();
    const services = {
      ...t.store.services,
      journal: {
        ...t.store.services.journal,
        counts: () => {
          throw new Error('boom with Secret words');
        },
      },
    };
    const handle = createHandlers(services, { log: (line) => lines.push(line) });
    const r = await handle('journal.counts', {});
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    expect(JSON.stringify(r)).not.toContain('Secret');
    expect(lines).toEqual(['ladder: journal.counts failed: internal (Error)']);
  });

  it('treats missing arguments of argument-free channels as empty', async () => {
    const t = testStore();
    expect(await t.store.handle('journal.counts', undefined)).toMatchObject({ ok: true });
  });
});
