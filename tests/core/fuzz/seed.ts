// A store holding one of everything, so near-valid arguments reach real rows, and one valid
// argument per channel built from those rows (the base that mutations break one field of).
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { body, testStore, type TestStore } from '../helpers';

export interface Seeded {
  t: TestStore;
  ids: SeedIds;
}

export interface SeedIds {
  entry: string;
  trashed: string;
  revision: number;
  skill: string;
  goal: string;
  conversation: string;
  agendaItem: string;
  question: string;
  action: string;
  session: string;
  sessionQuestions: string[];
  userQuestion: string;
}

export const SETTINGS: RehearsalSettings = {
  count: 2,
  timeBoxSec: 120,
  order: 'script',
  followUps: true,
  voice: false,
  seed: 7,
};

export async function seededStore(): Promise<Seeded> {
  const t = testStore();
  const entry = await t.call('journal.create', {
    kind: 'accomplishment',
    title: 'Shipped audit',
    body: body('Cut review time by 30%.'),
    tags: ['audit'],
  });
  await t.call('journal.save', {
    id: entry.id,
    title: 'Shipped the audit',
    date: entry.date,
    fields: {},
    body: body('Cut review time by a third.'),
    tags: ['audit'],
    checkpoint: true,
  });
  const revision = (await t.call('journal.history', { id: entry.id }))[0]?.id ?? 1;
  const trashed = await t.call('journal.create', { kind: 'praise', title: 'Kind words' });
  await t.call('journal.trash', { id: trashed.id });
  const skill = await t.call('skills.add', { name: 'Facilitation' });
  const goal = await t.call('goals.save', {
    horizon: 'short',
    text: 'Lead the payments team',
    targetDate: null,
    done: false,
  });
  const doc = await t.call('conversations.create', {
    templateId: 'grow',
    personName: 'Dana',
    startsAt: '2026-11-25T09:30',
    timeZone: 'Europe/Paris',
  });
  const conversation = doc.conversation.id;
  const withQuestion = await t.call('anticipated.add', {
    conversationId: conversation,
    question: 'What would you like to grow into?',
  });
  const withAction = await t.call('actions.add', {
    conversationId: conversation,
    text: 'Send the audit summary',
  });
  await t.call('agenda.linkEvidence', { itemId: doc.items[0]?.id ?? '', entryId: entry.id });
  const plan = await t.call('rehearsal.plan', {
    mode: 'filter',
    filter: { framework: 'grow' },
    settings: SETTINGS,
  });
  const sessionQuestions = plan.questions.map((q) => q.id);
  const session = await t.call('rehearsal.start', {
    questionIds: sessionQuestions,
    settings: SETTINGS,
  });
  const userQuestion = await t.call('questions.create', {
    text: 'Why did the reorg skip our team?',
  });
  return {
    t,
    ids: {
      entry: entry.id,
      trashed: trashed.id,
      revision,
      skill: skill.id,
      goal: goal.id,
      conversation,
      agendaItem: doc.items[0]?.id ?? '',
      question: withQuestion.questions[0]?.id ?? '',
      action: withAction.actions[0]?.id ?? '',
      session: session.id,
      sessionQuestions,
      userQuestion: userQuestion.id,
    },
  };
}

/**
 * One accepted argument per channel. Plain records keyed by name rather than `Args<C>`, so channels that land
 * later still compile; the fuzz test checks at run time that each channel has one and that it parses.
 */
export function validArgs(
  ids: SeedIds,
  now: number,
): Partial<Record<string, Record<string, unknown>>> {
  const qid = ids.sessionQuestions[0] ?? 'grow-goal-01';
  return {
    'app.info': {},
    'app.start': {},
    // The start gate is answered by the store host; the plain store refuses it with a typed error.
    'app.state': {},
    'lock.unlock': { passphrase: 'correct horse' },
    'lock.lock': {},
    'lock.protect': { passphrase: 'correct horse' },
    'lock.changePassphrase': { current: 'correct horse', next: 'battery staple' },
    'lock.removeProtection': { passphrase: 'correct horse' },
    'lock.settings': {},
    'lock.setAutoLock': { minutes: 15 },
    'app.restoreNewestBackup': {},
    'app.startEmpty': {},
    'app.retryOpen': {},
    'journal.list': {
      kinds: ['accomplishment'],
      tag: 'audit',
      from: '2026-01-01',
      to: '2026-12-31',
      limit: 10,
    },
    'journal.page': {
      kinds: ['accomplishment'],
      tag: 'audit',
      from: '2026-01-01',
      to: '2026-12-31',
      offset: 0,
      limit: 10,
    },
    'journal.months': { kinds: ['accomplishment'], tag: 'audit', from: '2026-01-01' },
    'journal.find': { text: 'audit', limit: 10, exclude: [ids.entry] },
    'journal.get': { id: ids.entry },
    'journal.create': {
      kind: 'feedback',
      title: 'Notes',
      date: '2026-11-20',
      fields: {},
      body: body('Fine.'),
      tags: ['x'],
    },
    'journal.save': {
      id: ids.entry,
      title: 'T',
      date: '2026-11-20',
      fields: {},
      body: body('B'),
      tags: [],
      checkpoint: false,
      session: 's1',
      seq: 1,
    },
    'journal.counts': {},
    'journal.tags': {},
    'journal.history': { id: ids.entry },
    'journal.revision': { revisionId: ids.revision },
    'journal.restoreRevision': { id: ids.entry, revisionId: ids.revision },
    'journal.trash': { id: ids.entry },
    'journal.restore': { id: ids.trashed },
    'journal.listTrash': {},
    'journal.emptyTrash': {},
    'journal.deleteForever': { id: ids.trashed },
    'profile.get': { page: 'values' },
    'skills.list': {},
    'skills.add': { name: 'Writing' },
    'skills.rename': { id: ids.skill, name: 'Facilitating' },
    'skills.rate': { id: ids.skill, rating: 4, note: 'Ran the offsite' },
    'skills.setColleaguesView': { id: ids.skill, text: 'Calm in a room' },
    'skills.remove': { id: ids.skill },
    'goals.list': {},
    'goals.save': {
      id: ids.goal,
      horizon: 'long',
      text: 'Principal engineer',
      targetDate: '2028-01-01',
      done: false,
    },
    'goals.remove': { id: ids.goal },
    'search.query': {
      text: 'audit',
      kinds: ['accomplishment', 'values'],
      tag: 'audit',
      from: '2026-01-01',
      to: '2026-12-31',
      limit: 5,
    },
    'settings.get': {},
    'settings.set': {
      theme: 'dark',
      welcomeSeen: true,
      layout: {
        sideBarVisible: true,
        sideBarWidth: 20,
        activeView: 'journal',
        openTabs: [{ type: 'entry', id: ids.entry }],
        activeTab: null,
      },
    },
    'conversations.list': {},
    'conversations.get': { id: ids.conversation },
    'conversations.create': {
      templateId: 'blank',
      title: 'Check-in',
      personName: 'Lee',
      myRole: 'employee',
      kind: 'one-on-one',
      startsAt: '2026-12-01T10:00',
      timeZone: 'UTC',
      durationMin: 30,
    },
    'conversations.save': {
      id: ids.conversation,
      title: 'Growth',
      status: 'scheduled',
      notes: body('n'),
      agreed: 'a',
      followUpDate: null,
      shared: false,
    },
    'conversations.markHeld': { id: ids.conversation, heldOn: '2026-11-25', followUpDate: null },
    'conversations.trash': { id: ids.conversation },
    'conversations.restore': { id: ids.conversation },
    'conversations.sinceLastTime': { id: ids.conversation },
    'conversations.checklist': { id: ids.conversation },
    'conversations.exportMarkdown': { id: ids.conversation, variant: 'manager' },
    'conversations.exportText': { id: ids.conversation, variant: 'mine' },
    'conversations.exportIcs': { id: ids.conversation },
    'agenda.addItem': { conversationId: ids.conversation, title: 'Scope', minutes: 5, index: 0 },
    'agenda.updateItem': {
      id: ids.agendaItem,
      title: 'Goals',
      minutes: 10,
      talkingPoints: body('t'),
      privateNotes: 'p',
      questions: 'q',
    },
    'agenda.removeItem': { id: ids.agendaItem },
    'agenda.moveItem': { id: ids.agendaItem, toIndex: 1 },
    'agenda.linkEvidence': { itemId: ids.agendaItem, entryId: ids.entry },
    'agenda.unlinkEvidence': { itemId: ids.agendaItem, entryId: ids.entry },
    'anticipated.add': {
      conversationId: ids.conversation,
      question: 'Why now?',
      hint: 'h',
      preparedAnswer: body('a'),
    },
    'anticipated.update': {
      id: ids.question,
      question: 'Why this year?',
      preparedAnswer: body('b'),
    },
    'anticipated.remove': { id: ids.question },
    'anticipated.move': { id: ids.question, toIndex: 0 },
    'anticipated.linkEvidence': { questionId: ids.question, entryId: ids.entry },
    'anticipated.unlinkEvidence': { questionId: ids.question, entryId: ids.entry },
    'actions.add': {
      conversationId: ids.conversation,
      text: 'Book the room',
      owner: 'them',
      dueDate: '2026-12-02',
    },
    'actions.update': {
      id: ids.action,
      text: 'Send it',
      owner: 'both',
      dueDate: null,
      status: 'done',
    },
    'actions.remove': { id: ids.action },
    'followups.list': {},
    'templates.list': {},
    'templates.saveFromConversation': {
      conversationId: ids.conversation,
      name: 'My growth talk',
      description: 'd',
    },
    'questions.list': { framework: 'grow', text: 'goal', includeHidden: false },
    'questions.get': { id: qid },
    'questions.create': {
      text: 'What is next for me?',
      direction: 'employee-asks',
      category: 'growth',
      difficulty: 2,
      probes: ['Why?'],
      tip: 't',
      tags: ['mine'],
    },
    'questions.update': {
      id: ids.userQuestion,
      text: 'Why was our team skipped?',
      tip: 'Stay calm',
      difficulty: 3,
    },
    'questions.revert': { id: qid },
    'questions.hide': { id: qid },
    'questions.unhide': { id: qid },
    'questions.tag': { id: qid, tags: ['tough'] },
    'rehearsal.plan': { mode: 'filter', filter: { framework: 'grow' }, settings: SETTINGS },
    'rehearsal.start': { conversationId: null, questionIds: [qid], settings: SETTINGS },
    'rehearsal.begin': { mode: 'filter', filter: { framework: 'grow' }, settings: SETTINGS },
    'rehearsal.record': {
      sessionId: ids.session,
      position: 0,
      questionId: qid,
      answer: 'By June I lead it.',
      startedAt: now,
      endedAt: now + 1000,
      timeMs: 1000,
      timedOut: false,
      revealed: false,
      followUp: null,
      grade: 'good',
    },
    'rehearsal.recordProbe': {
      sessionId: ids.session,
      position: 0,
      answer: 'About a third.',
      startedAt: now,
      endedAt: now + 1000,
      timeMs: 1000,
      timedOut: false,
      revealed: false,
      grade: 'hard',
    },
    'rehearsal.ungrade': { sessionId: ids.session, position: 0 },
    'rehearsal.probePreview': { sessionId: ids.session, position: 0 },
    'rehearsal.finish': { id: ids.session },
    'rehearsal.leave': { id: ids.session },
    'rehearsal.resume': { id: ids.session },
    'rehearsal.get': { id: ids.session },
    'rehearsal.history': { conversationId: null },
    'rehearsal.delete': { id: ids.session },
    'rehearsal.saveAudio': {
      sessionId: ids.session,
      position: 0,
      mime: 'audio/webm;codecs=opus',
      durationMs: 1000,
      data: 'GkXfo0IChoEB',
    },
    'rehearsal.audio': { sessionId: ids.session, position: 0 },
    'rehearsal.removeAudio': { sessionId: ids.session, position: 0 },
    'practice.due': { limit: 5 },
    'practice.grade': { questionId: qid, grade: 'hard' },
    'practice.preview': { questionId: qid },
    'backup.now': {},
    'backup.list': {},
    'backup.restore': { name: 'ladder-2026-11-21T10-00-00-000Z.db' },
    'data.export': {},
    'data.importUpload': {
      uploadId: '0f8a2c3e-1b4d-4e5f-8a9b-0c1d2e3f4a5b',
      pieces: [{ file: 0, name: 'note.md', text: '# A note in pieces' }],
    },
    'data.import': {
      files: [{ name: 'note.md', text: '---\ntitle: A note\ntags: [work]\n---\nShipped **it**.' }],
    },
  };
}
