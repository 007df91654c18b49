import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../src-main/core/conversations/templates';
import { templateSchema } from '../../../src-main/shared/conversations/templateSchema';
import { expectCode, testStore } from '../helpers';

const DIR = join(__dirname, '../../../resources/templates');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('conversation templates', () => {
  it('every built-in file passes the template schema and is bundled', () => {
    expect(FILES.sort()).toEqual([
      'blank.json',
      'current-future-plan.json',
      'five-as.json',
      'grow.json',
      'preparation-checklist.json',
    ]);
    for (const file of FILES) {
      const parsed = templateSchema.safeParse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
      expect(parsed.success, file).toBe(true);
      if (parsed.success) expect(`${parsed.data.id}.json`).toBe(file);
    }
    expect(BUILT_IN_TEMPLATES.map((t) => t.id).sort()).toEqual(
      FILES.map((f) => f.replace('.json', '')).sort(),
    );
  });

  it('the schema refuses a malformed template', () => {
    expect(
      templateSchema.safeParse({
        id: 'x',
        name: '',
        description: '',
        myRole: 'employee',
        kind: 'career',
        sections: [],
        questions: [],
      }).success,
    ).toBe(false);
    expect(
      templateSchema.safeParse({
        id: 'Bad Id',
        name: 'n',
        description: '',
        myRole: 'employee',
        kind: 'career',
        sections: [],
        questions: [],
      }).success,
    ).toBe(false);
    expect(
      templateSchema.safeParse({
        id: 'x',
        name: 'n',
        description: '',
        myRole: 'boss',
        kind: 'career',
        sections: [],
        questions: [],
      }).success,
    ).toBe(false);
  });

  it('creates a conversation from each template: sections become items with hints kept apart from the text', async () => {
    const t = testStore();
    for (const template of BUILT_IN_TEMPLATES) {
      const doc = await t.call('conversations.create', { templateId: template.id });
      expect(
        doc.items.map((i) => i.title),
        template.id,
      ).toEqual(template.sections.map((s) => s.title));
      expect(doc.items.map((i) => i.minutes)).toEqual(template.sections.map((s) => s.minutes));
      expect(doc.items.map((i) => i.hints)).toEqual(template.sections.map((s) => s.hints));
      for (const item of doc.items) {
        expect(item.talkingPoints).toBe('');
        expect(item.questions).toBe('');
        expect(item.privateNotes).toBe('');
      }
      expect(doc.questions.map((q) => [q.question, q.hint, q.preparedAnswer])).toEqual(
        template.questions.map((q) => [q.question, q.hint, '']),
      );
      expect(doc.items.map((i) => i.position)).toEqual(doc.items.map((_, i) => i));
      expect(doc.conversation.templateId).toBe(template.id);
      const planned = template.sections.reduce((s, x) => s + x.minutes, 0);
      expect(doc.conversation.durationMin).toBe(planned > 0 ? planned : 30);
      expect(doc.totalMinutes).toBe(planned);
    }
    const grow = await t.call('conversations.create', {
      templateId: 'grow',
      personName: '  Dana  ',
    });
    expect(grow.conversation.title).toBe('Career conversation with Dana');
    expect(grow.conversation.personName).toBe('Dana');
    expect(grow.items.map((i) => i.title)).toEqual(['Goal', 'Reality', 'Options', 'Will']);
    const fiveAs = await t.call('conversations.create', { templateId: 'five-as' });
    expect(fiveAs.conversation.myRole).toBe('manager');
    await expectCode(
      t.call('conversations.create', { templateId: 'no-such-template' }),
      'not-found',
    );
  });

  it('lists built-ins and saves a conversation as a user template without its private content', async () => {
    const t = testStore();
    const doc = await t.call('conversations.create', { templateId: 'grow', personName: 'Dana' });
    const first = doc.items[0];
    if (!first) throw new Error('no item');
    await t.call('agenda.updateItem', {
      id: first.id,
      privateNotes: 'PRIVATE-MARKER',
      title: 'Where I am heading',
    });
    await t.call('agenda.addItem', {
      conversationId: doc.conversation.id,
      title: 'Salary',
      minutes: 5,
    });
    const saved = await t.call('templates.saveFromConversation', {
      conversationId: doc.conversation.id,
      name: 'My GROW',
    });
    expect(saved).toMatchObject({
      name: 'My GROW',
      builtIn: false,
      sections: 5,
      myRole: 'employee',
    });
    expect(saved.id.startsWith('user:')).toBe(true);

    const list = await t.call('templates.list', {});
    expect(list.filter((x) => x.builtIn).map((x) => x.id)).toEqual([
      'preparation-checklist',
      'grow',
      'current-future-plan',
      'five-as',
      'blank',
    ]);
    expect(list.at(-1)).toEqual(saved);
    expect(
      JSON.stringify(t.store.db.prepare('SELECT definition FROM user_templates').all()),
    ).not.toContain('PRIVATE-MARKER');

    const again = await t.call('conversations.create', { templateId: saved.id, personName: 'Lee' });
    expect(again.items.map((i) => i.title)).toEqual([
      'Where I am heading',
      'Reality',
      'Options',
      'Will',
      'Salary',
    ]);
    expect(again.items[0]?.privateNotes).toBe('');
    expect(again.items[1]?.hints.length).toBeGreaterThan(0);
  });
  it('saves a template from any agenda: long text cut to fit, blank titles named, carried actions left out', async () => {
    const t = testStore();
    const before = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Dana',
    });
    await t.call('actions.add', { conversationId: before.conversation.id, text: 'Send the plan' });
    const doc = await t.call('conversations.create', { templateId: 'blank', personName: 'Dana' });
    const id = doc.conversation.id;
    expect(doc.items.map((i) => i.title)).toEqual(['Send the plan']);
    await t.call('agenda.addItem', { conversationId: id, title: '  Salary  ' });
    await t.call('agenda.addItem', { conversationId: id, title: '   ' });
    await t.call('agenda.addItem', { conversationId: id, title: 'L'.repeat(600) });
    await t.call('anticipated.add', {
      conversationId: id,
      question: 'Q'.repeat(1500),
      hint: 'H'.repeat(1500),
    });
    const saved = await t.call('templates.saveFromConversation', {
      conversationId: id,
      name: 'Mine',
    });
    expect(saved.description).toBe('');
    const again = await t.call('conversations.create', { templateId: saved.id, personName: 'Lee' });
    expect(again.items.map((i) => i.title)).toEqual(['Salary', 'Untitled item', 'L'.repeat(500)]);
    expect(again.questions.map((q) => [q.question, q.hint])).toEqual([
      ['Q'.repeat(1000), 'H'.repeat(1000)],
    ]);
  });

  it('skips a user template whose stored definition this version cannot read, and names a missing one', async () => {
    const t = testStore();
    const doc = await t.call('conversations.create', { templateId: 'grow', personName: 'Dana' });
    const saved = await t.call('templates.saveFromConversation', {
      conversationId: doc.conversation.id,
      name: 'Broken',
    });
    // Valid JSON of a shape this version does not know (say, written by a newer one).
    t.store.db.prepare(`UPDATE user_templates SET definition = '{"name":"Broken"}'`).run();
    const list = await t.call('templates.list', {});
    expect(list.map((x) => x.id)).not.toContain(saved.id);
    expect(list.every((x) => x.builtIn)).toBe(true);
    const gone = await expectCode(
      t.call('conversations.create', { templateId: saved.id, personName: 'Lee' }),
      'not-found',
    );
    expect(gone.message).toBe('That template no longer exists.');
  });
});
