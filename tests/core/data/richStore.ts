// A store holding every kind of record the export must carry, built through the API.
import { seededStore } from '../fuzz/seed';
import { body, type TestStore } from '../helpers';

/** The start of a WebM file (its EBML header): the container a voice answer is checked to be. */
export const WEBM_SOUND = Buffer.from([
  0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01,
]);

export const ODD_TITLE = 'مراجعة الأداء 👩🏽‍💻 Ame\u0301lie — נעמי ✨';

export async function richStore(): Promise<{
  t: TestStore;
  ids: Awaited<ReturnType<typeof seededStore>>['ids'];
}> {
  const { t, ids } = await seededStore();
  const odd = await t.call('journal.create', {
    kind: 'praise',
    title: ODD_TITLE,
    body: body('שלום עולם', 'e\u0301\u0301 👍🏿'),
    tags: ['rtl', 'émoji'],
  });
  await t.call('journal.save', {
    id: odd.id,
    title: ODD_TITLE,
    date: '2026-03-01',
    fields: { from: 'نور', quote: '“Great” 🎉' },
    body: odd.body,
    tags: ['rtl', 'émoji'],
  });
  const values = await t.call('profile.get', { page: 'values' });
  await t.call('journal.save', {
    id: values.id,
    title: values.title,
    date: values.date,
    fields: {},
    body: body('Honesty first.'),
    tags: [],
  });
  await t.call('skills.rate', { id: ids.skill, rating: 3, note: 'getting there' });
  await t.call('skills.rate', { id: ids.skill, rating: 4 });
  await t.call('settings.set', { theme: 'dark', welcomeSeen: true });
  await t.call('templates.saveFromConversation', {
    conversationId: ids.conversation,
    name: 'My check-in',
  });
  const question = ids.sessionQuestions[0] ?? '';
  await t.call('questions.update', { id: question, tip: 'Name one concrete example.' });
  await t.call('questions.tag', { id: question, tags: ['tough'] });
  await t.call('questions.hide', { id: ids.userQuestion });
  const now = t.clock.now();
  await t.call('rehearsal.record', {
    sessionId: ids.session,
    position: 0,
    questionId: question,
    answer: 'By June I lead it.',
    startedAt: now,
    endedAt: now + 1000,
    timeMs: 1000,
    timedOut: false,
    revealed: false,
    followUp: null,
    grade: 'good',
  });
  await t.call('rehearsal.saveAudio', {
    sessionId: ids.session,
    position: 0,
    mime: 'audio/webm',
    durationMs: 1800,
    data: WEBM_SOUND.toString('base64'),
  });
  await t.call('practice.grade', { questionId: question, grade: 'hard' });
  const next = await t.call('conversations.create', {
    templateId: 'grow',
    personName: 'Dana',
    title: 'Follow-up',
  });
  await t.call('conversations.markHeld', { id: ids.conversation });
  await t.call('actions.add', { conversationId: next.conversation.id, text: 'Book the training' });
  return { t, ids };
}
