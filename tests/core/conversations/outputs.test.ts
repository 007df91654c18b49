import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  agendaIcs,
  escapeIcsText,
  foldLine,
} from '../../../src-main/shared/conversations/agendaIcs';
import {
  agendaMarkdown,
  agendaPlainText,
  escapeMarkdown,
  mailtoLink,
  MAILTO_MAX_LENGTH,
} from '../../../src-main/shared/conversations/agendaText';
import { body, expectCode, testStore, type TestStore } from '../helpers';

const MARKERS = {
  privateNote: 'PRIVNOTE7781',
  answer: 'ANSWER4410',
  evidence: 'EVIDENCE9023',
  anticipated: 'ANTICIPATED3306',
  action: 'ACTION5127',
};

/** A GROW conversation with something private in every place the manager must not see. */
async function filled(
  t: TestStore,
  extra: { title?: string; startsAt?: string; timeZone?: string | null } = {},
) {
  const doc = await t.call('conversations.create', {
    templateId: 'grow',
    personName: 'Dana Ruiz',
    personRole: 'Engineering manager',
    title: extra.title ?? 'Career check-in',
    startsAt: extra.startsAt ?? '2026-12-01T09:30',
    timeZone: extra.timeZone === undefined ? 'Europe/Paris' : extra.timeZone,
    durationMin: 45,
    place: 'Room 4; second floor, east',
    expectedOutcome: 'Agree on the first step toward team lead',
  });
  const id = doc.conversation.id;
  const [goal, reality] = doc.items;
  if (!goal || !reality) throw new Error('template items missing');
  const win = await t.call('journal.create', {
    kind: 'accomplishment',
    title: `Billing fix ${MARKERS.evidence}`,
    fields: { impact: 'Refunds down 40%' },
  });
  await t.call('agenda.updateItem', {
    id: goal.id,
    talkingPoints: body('Lead the platform team within a year', 'Grow as a mentor'),
    questions: 'What does a lead do here?\nWho decides?',
    privateNotes: MARKERS.privateNote,
  });
  await t.call('agenda.linkEvidence', { itemId: reality.id, entryId: win.id });
  const q = await t.call('anticipated.add', {
    conversationId: id,
    question: MARKERS.anticipated,
    preparedAnswer: body(MARKERS.answer),
  });
  await t.call('anticipated.linkEvidence', {
    questionId: q.questions.at(-1)?.id ?? '',
    entryId: win.id,
  });
  await t.call('actions.add', { conversationId: id, text: MARKERS.action, dueDate: '2027-01-15' });
  return t.call('conversations.get', { id });
}

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

function parseEvent(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  const vtz = root.getFirstSubcomponent('vtimezone');
  if (vtz) ICAL.TimezoneService.register(vtz);
  const vevent = root.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { root, event: new ICAL.Event(vevent), vevent };
}

describe('agenda outputs', () => {
  it('the manager copy leaves out private notes, answers, anticipated questions, evidence and actions; mine has them', async () => {
    const t = testStore();
    const doc = await filled(t);
    const id = doc.conversation.id;
    const manager = [
      await t.call('conversations.exportMarkdown', { id, variant: 'manager' }),
      await t.call('conversations.exportText', { id, variant: 'manager' }),
      await t.call('conversations.exportIcs', { id }),
      decodeURIComponent(JSON.stringify(mailtoLink(doc))),
    ];
    for (const out of manager) {
      for (const marker of Object.values(MARKERS)) expect(out).not.toContain(marker);
      expect(out.replace(/\r\n /g, '')).toContain('Agree on the first step toward team lead');
    }
    const mineMd = await t.call('conversations.exportMarkdown', { id, variant: 'mine' });
    const mineText = await t.call('conversations.exportText', { id, variant: 'mine' });
    for (const out of [mineMd, mineText])
      for (const marker of Object.values(MARKERS)) expect(out).toContain(marker);
    expect(mineText).toContain('Refunds down 40%');
  });

  it('renders the manager copy as readable plain text', async () => {
    const t = testStore();
    const text = agendaPlainText(await filled(t), 'manager');
    expect(text).toContain('Career check-in\n');
    expect(text).toContain('When: Tuesday 1 December 2026, 09:30 to 10:15 (Europe/Paris)');
    expect(text).toContain('With: Dana Ruiz (Engineering manager)');
    expect(text).toContain('Agenda (50 of 45 minutes)');
    expect(text).toContain(
      '1. Goal (10 min)\n   Lead the platform team within a year\n   Grow as a mentor\n   Questions to discuss:\n   - What does a lead do here?\n   - Who decides?',
    );
  });

  it('an empty conversation still renders sensibly', async () => {
    const t = testStore();
    const created = await t.call('conversations.create', { templateId: 'blank' });
    const doc = await t.call('conversations.save', { id: created.conversation.id, title: '   ' });
    const md = agendaMarkdown(doc, 'manager');
    expect(md).toContain('# Untitled conversation');
    expect(md).toContain('No agenda items yet.');
    expect(agendaPlainText(doc, 'mine')).toContain('No agenda items yet.');
    await expectCode(
      t.call('conversations.exportIcs', { id: doc.conversation.id }),
      'invalid-argument',
    );
  });

  it('escapes user text in Markdown so it cannot inject markup or links', async () => {
    const t = testStore();
    const hostile = '<script>alert(1)</script> **x** [a](javascript:x) ![i](http://e/x.png) `code`';
    const doc = await filled(t, { title: hostile });
    await t.call('agenda.addItem', {
      conversationId: doc.conversation.id,
      title: '1. # heading > quote',
    });
    const md = await t.call('conversations.exportMarkdown', {
      id: doc.conversation.id,
      variant: 'mine',
    });
    const title = md.split('\n')[0] ?? '';
    expect(title).toBe(
      '# \\<script\\>alert\\(1\\)\\</script\\> \\*\\*x\\*\\* \\[a\\]\\(javascript:x\\) \\!\\[i\\]\\(http://e/x.png\\) \\`code\\`',
    );
    // No unescaped markup character survives anywhere in user text.
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).not.toMatch(/(?<!\\)\[a(?<!\\)\]/);
    expect(md).toContain('### 5\\. 1. \\# heading \\> quote');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('a & b = c')).toBe('a \\& b \\= c');
  });

  it('mailto carries the subject and the manager copy, or hands back the text when too long', async () => {
    const t = testStore();
    const doc = await t.call('conversations.create', {
      templateId: 'blank',
      title: 'Quick sync & plan',
    });
    const short = mailtoLink(doc);
    if (short.tooLong) throw new Error('expected a link');
    const url = new URL(short.url);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe('Agenda: Quick sync & plan');
    expect(url.searchParams.get('body')).toBe(
      agendaPlainText(doc, 'manager').replace(/\n/g, '\r\n'),
    );

    let long = await filled(t);
    for (let i = 0; i < 20; i++)
      long = await t.call('agenda.addItem', {
        conversationId: long.conversation.id,
        title: `Topic number ${i} with a few words`,
      });
    const result = mailtoLink(long);
    expect(result.tooLong).toBe(true);
    if (result.tooLong) {
      expect(result.text).toBe(agendaPlainText(long, 'manager'));
      expect(encodeURIComponent(result.text).length).toBeGreaterThan(MAILTO_MAX_LENGTH - 100);
    }
  });
});

describe('iCalendar output', () => {
  it('escapes TEXT values and folds at 75 octets without splitting a character', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const line = `DESCRIPTION:${'é'.repeat(40)}${'🙂'.repeat(30)}${'x'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const [i, p] of parts.entries()) {
      expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(p.startsWith(' ')).toBe(true);
      expect(p).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    }
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes an event a real parser reads back, with CRLF lines of at most 75 octets', async () => {
    const t = testStore();
    const doc = await filled(t, {
      title:
        'Café ☕ review; plan, next 🚀 steps — with a title long enough to need folding somewhere',
    });
    const ics = await t.call('conversations.exportIcs', { id: doc.conversation.id });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const l of ics.split('\r\n')) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    const lines = unfold(ics);
    expect(lines).toContain(`UID:${doc.conversation.id}@ladder.invalid`);
    expect(lines).toContain('DTSTAMP:20261121T100000Z');
    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20261201T093000');
    expect(lines).toContain('DURATION:PT45M');

    const { event } = parseEvent(ics);
    expect(event.summary).toBe(doc.conversation.title);
    expect(event.location).toBe('Room 4; second floor, east');
    expect(event.description).toBe(agendaPlainText(doc, 'manager').trimEnd());
    expect(event.duration.toSeconds()).toBe(45 * 60);
    expect(event.startDate.toUnixTime()).toBe(Date.UTC(2026, 11, 1, 8, 30) / 1000);
  });

  it('keeps the wall-clock time across daylight-saving changes (Europe/Paris)', async () => {
    const t = testStore();
    // 28 March 2027: Paris moves from +01:00 to +02:00 at 02:00; 31 October 2027 back at 03:00.
    const spring = await filled(t, { startsAt: '2027-03-28T09:30' });
    const autumn = await filled(t, { startsAt: '2027-10-31T09:30' });
    const springIcs = agendaIcs(spring, t.clock.now());
    const autumnIcs = agendaIcs(autumn, t.clock.now());
    expect(unfold(springIcs)).toContain('DTSTART;TZID=Europe/Paris:20270328T093000');
    expect(unfold(autumnIcs)).toContain('DTSTART;TZID=Europe/Paris:20271031T093000');
    const s = parseEvent(springIcs).event.startDate;
    const a = parseEvent(autumnIcs).event.startDate;
    expect([s.hour, s.minute, a.hour, a.minute]).toEqual([9, 30, 9, 30]);
    expect(s.toUnixTime()).toBe(Date.UTC(2027, 2, 28, 7, 30) / 1000);
    expect(a.toUnixTime()).toBe(Date.UTC(2027, 9, 31, 8, 30) / 1000);
  });

  it('writes a floating time when no zone is set, and a zone without daylight saving', async () => {
    const t = testStore();
    const floating = agendaIcs(await filled(t, { timeZone: null }), t.clock.now());
    expect(unfold(floating)).toContain('DTSTART:20261201T093000');
    expect(floating).not.toContain('VTIMEZONE');
    expect(parseEvent(floating).event.startDate.isDate).toBe(false);
    const tokyo = agendaIcs(await filled(t, { timeZone: 'Asia/Tokyo' }), t.clock.now());
    expect(parseEvent(tokyo).event.startDate.toUnixTime()).toBe(
      Date.UTC(2026, 11, 1, 0, 30) / 1000,
    );
  });
});

describe('iCalendar output, exactly', () => {
  it('fills each line up to 75 octets, counting 1 to 4 octets by character', () => {
    // Code points at each UTF-8 width boundary: U+7F..U+80, U+7FF..U+800, U+FFFF..U+10000.
    for (const cp of [0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000]) {
      const ch = String.fromCodePoint(cp);
      const k = Buffer.byteLength(ch, 'utf8');
      const fits = `${'a'.repeat(75 - k)}${ch}`;
      expect(foldLine(fits)).toBe(fits);
      const over = `${'a'.repeat(76 - k)}${ch}`;
      expect(foldLine(over)).toBe(`${'a'.repeat(76 - k)}\r\n ${ch}`);
    }
  });

  it('describes the zone with its real changes: wall-clock starts, signed offsets, daylight vs standard', async () => {
    const t = testStore();
    const doc = await filled(t, { startsAt: '2027-03-28T09:30', timeZone: 'America/New_York' });
    const lines = unfold(agendaIcs(doc, t.clock.now()));
    expect(lines.slice(0, 4)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Ladder//Meeting scripts//EN',
      'CALSCALE:GREGORIAN',
    ]);
    const tz = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    const block = (type: string, start: string, from: string, to: string) => [
      `BEGIN:${type}`,
      `DTSTART:${start}`,
      `TZOFFSETFROM:${from}`,
      `TZOFFSETTO:${to}`,
      `END:${type}`,
    ];
    expect(tz).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      ...block('STANDARD', '20251231T190000', '-0500', '-0500'),
      ...block('DAYLIGHT', '20260308T020000', '-0500', '-0400'),
      ...block('STANDARD', '20261101T020000', '-0400', '-0500'),
      ...block('DAYLIGHT', '20270314T020000', '-0500', '-0400'),
      ...block('STANDARD', '20271107T020000', '-0400', '-0500'),
      ...block('DAYLIGHT', '20280312T020000', '-0500', '-0400'),
      ...block('STANDARD', '20281105T020000', '-0400', '-0500'),
      'END:VTIMEZONE',
    ]);
    const utc = unfold(
      agendaIcs({ ...doc, conversation: { ...doc.conversation, timeZone: 'UTC' } }, 0),
    );
    expect(utc).toContain('TZOFFSETTO:+0000');
    expect(utc).not.toContain('TZOFFSETTO:-0000');
  });

  it('writes the place trimmed, and no LOCATION when the place is blank', async () => {
    const t = testStore();
    const doc = await filled(t);
    const withPlace = (place: string) =>
      unfold(agendaIcs({ ...doc, conversation: { ...doc.conversation, place } }, 0));
    expect(withPlace('  Room 4  ')).toContain('LOCATION:Room 4');
    expect(withPlace('   ').some((l) => l.startsWith('LOCATION'))).toBe(false);
    const blank = withPlace('');
    // The event goes straight from its summary to its description: no location line of any kind.
    const summary = blank.findIndex((l) => l.startsWith('SUMMARY:'));
    expect(blank[summary + 1]).toMatch(/^DESCRIPTION:/);
  });

  it('refuses a conversation without a date, saying what to do', async () => {
    const t = testStore();
    const doc = await filled(t);
    expect(() =>
      agendaIcs({ ...doc, conversation: { ...doc.conversation, startsAt: null } }, 0),
    ).toThrow('Set a date and time for the conversation before adding it to a calendar.');
  });
});
