import { describe, expect, it } from 'vitest';
import { analyseAnswer } from '../../../src-main/shared/rehearsal/answerAnalysis';

const RAMBLING =
  "Um, so I guess I'd kind of like to maybe move into, like, a lead role at some point? I mean I basically " +
  "already do a lot of that, sort of, and honestly everyone says I'm the best at helping people. I just always " +
  'end up being the one who fixes things, actually, so yeah, maybe that would be a good thing to think about.';

const CRISP =
  'I want to lead the payments team within eighteen months. Since March 2026 I have run the on-call rota for six ' +
  'engineers, cut incident resolution time by 35% and saved $40k in cloud costs. Priya Sharma asked me to mentor ' +
  'two new hires, and the Checkout Migration shipped on 2026-09-14.';

describe('answer analysis', () => {
  it('flags hedges, fillers and boasting in a rambling answer, each with a reason', () => {
    const a = analyseAnswer({ text: RAMBLING, elapsedMs: 95_000, timeBoxMs: 120_000 });
    const terms = a.hedges.map((h) => h.term);
    for (const t of [
      'um',
      'i guess',
      'kind of',
      'sort of',
      'maybe',
      'basically',
      'actually',
      'just',
      'like',
    ])
      expect(terms).toContain(t);
    expect(a.hedges.find((h) => h.term === 'maybe')?.count).toBe(2);
    expect(a.absolutes.map((x) => x.term).sort()).toEqual(['always', 'everyone', 'the best']);
    expect(a.evidence.numbers).toEqual([]);
    expect(a.evidence.dates).toEqual([]);
    const kinds = a.notes.map((n) => `${n.kind}:${n.tone}`);
    expect(kinds).toContain('hedges:suggestion');
    expect(kinds).toContain('absolutes:suggestion');
    expect(kinds).toContain('evidence:suggestion');
    for (const n of a.notes) expect(n.reason.length).toBeGreaterThan(10);
    expect(a.wordsPerMinute).toBe(Math.round(a.words / (95 / 60)));
  });

  it('credits a crisp answer for numbers, money, a date and names', () => {
    const a = analyseAnswer({
      text: CRISP,
      elapsedMs: 80_000,
      timeBoxMs: 120_000,
      entryTitles: ['Checkout Migration', 'Unrelated'],
    });
    expect(a.hedges).toEqual([]);
    expect(a.absolutes).toEqual([]);
    expect(a.evidence.percentages).toEqual(['35%']);
    expect(a.evidence.money).toEqual(['$40k']);
    expect(a.evidence.dates).toEqual(expect.arrayContaining(['2026-09-14', 'March 2026']));
    expect(a.evidence.names).toEqual(
      expect.arrayContaining(['Priya', 'Sharma', 'Checkout', 'Migration']),
    );
    expect(a.evidence.names).not.toContain('March');
    expect(a.evidence.entries).toEqual(['Checkout Migration']);
    expect(a.notes.find((n) => n.kind === 'evidence')?.tone).toBe('strength');
    expect(a.notes.some((n) => n.tone === 'suggestion' && n.kind !== 'length')).toBe(false);
  });

  it('measures length against the time box', () => {
    expect(analyseAnswer({ text: '', elapsedMs: 120_000, timeBoxMs: 120_000 }).length).toBe(
      'empty',
    );
    expect(
      analyseAnswer({ text: 'Team lead.', elapsedMs: 3_000, timeBoxMs: 120_000 }),
    ).toMatchObject({ length: 'short', wordsPerMinute: null });
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const a = analyseAnswer({ text: long, elapsedMs: 120_000, timeBoxMs: 120_000 });
    expect(a.length).toBe('long');
    expect(a.notes[0]?.text).toContain('400 words');
  });

  it('tells about a single filler or hedge, and says nothing with none', () => {
    const base = 'I led the billing migration for 40k customers in Q3 2026';
    const none = analyseAnswer({ text: `${base}.`, elapsedMs: 20_000, timeBoxMs: 60_000 });
    expect(none.notes.map((n) => n.kind)).not.toContain('hedges');
    const um = analyseAnswer({
      text: 'Um, I cut release time by 40 percent last quarter.',
      elapsedMs: 20_000,
      timeBoxMs: 60_000,
    });
    expect(um.notes.find((n) => n.kind === 'hedges')).toMatchObject({
      tone: 'suggestion',
      text: '1 hedge or filler: "Um".',
    });
    for (const [hedge, shown] of [
      ['I think', 'I think'],
      ['kind of', 'kind of'],
      ['sort of', 'sort of'],
      ['just', 'just'],
      ['maybe', 'maybe'],
    ]) {
      const a = analyseAnswer({
        text: `${base}, and ${hedge} it went well.`,
        elapsedMs: 20_000,
        timeBoxMs: 60_000,
      });
      expect(a.notes.find((n) => n.kind === 'hedges')?.text, hedge).toBe(
        `1 hedge or filler: "${shown}".`,
      );
    }
    const three = analyseAnswer({
      text: `${base}, and it maybe went well, probably, basically.`,
      elapsedMs: 20_000,
      timeBoxMs: 60_000,
    });
    expect(three.notes.find((n) => n.kind === 'hedges')?.text).toBe(
      '3 hedges or fillers: "basically", "maybe", "probably".',
    );
  });

  it('reads "like" as a verb without calling it a filler', () => {
    const a = analyseAnswer({
      text: 'I would like to lead the data team by June 2027.',
      elapsedMs: 20_000,
      timeBoxMs: 120_000,
    });
    expect(a.hedges).toEqual([]);
  });

  it('quotes fillers as typed and makes the listed counts add up to the total', () => {
    const a = analyseAnswer({ text: RAMBLING, elapsedMs: 60_000, timeBoxMs: 120_000 });
    const note = a.notes.find((n) => n.kind === 'hedges')!;
    expect(note.text).toContain('"I guess"');
    expect(note.text).not.toContain('"i guess"');
    const total = Number(/^(\d+) hedges/.exec(note.text)![1]);
    const listed = [...note.text.matchAll(/"[^"]+"(?: ×(\d+))?/g)].reduce(
      (n, m) => n + Number(m[1] ?? 1),
      0,
    );
    const more = Number(/and (\d+) more/.exec(note.text)?.[1] ?? 0);
    expect(listed + more).toBe(total);
  });

  it('takes a figure with its scale or unit written on, such as 40k, 3x or 10h, for evidence', () => {
    const a = analyseAnswer({
      text: 'The billing migration moved 40k customers with zero downtime, made checkout 3x faster and took 10h of downtime off the quarter.',
      elapsedMs: 30_000,
      timeBoxMs: 120_000,
    });
    expect(a.evidence.numbers).toEqual(['40k', '3x', '10h']);
    expect(a.notes.find((n) => n.kind === 'evidence')?.tone).toBe('strength');
    // Digits inside a word are not a figure.
    expect(
      analyseAnswer({
        text: 'I moved the mp3 files and fixed the H2O page.',
        elapsedMs: 20_000,
        timeBoxMs: 120_000,
      }).evidence.numbers,
    ).toEqual([]);
  });

  it('does not take a number that labels a question for evidence', () => {
    const a = analyseAnswer({
      text: 'Answer 4 is the one I would give again, honestly.',
      elapsedMs: 20_000,
      timeBoxMs: 120_000,
    });
    expect(a.evidence.numbers).toEqual([]);
    expect(a.notes.find((n) => n.kind === 'evidence')?.tone).toBe('suggestion');
  });

  it('leaves the time out of the length note when the answer took a second or two', () => {
    const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const quick = analyseAnswer({ text, elapsedMs: 1_000, timeBoxMs: 60_000 });
    expect(quick.notes.find((n) => n.kind === 'length')?.text).toBe('60 words fit the time box.');
    const timed = analyseAnswer({ text, elapsedMs: 30_000, timeBoxMs: 60_000 });
    expect(timed.notes.find((n) => n.kind === 'length')?.text).toBe(
      '60 words in 30 s fit the time box.',
    );
  });

  it('gives no pace note on a typed answer, however fast it was typed', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const fast = analyseAnswer({ text: words(400), elapsedMs: 60_000, timeBoxMs: 240_000 });
    expect(fast.wordsPerMinute).toBe(400);
    expect(fast.notes.map((n) => n.kind)).not.toContain('pace');
  });
});

describe('answer analysis notes', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const lengthOf = (n: number) =>
    analyseAnswer({ text: words(n), elapsedMs: 60_000, timeBoxMs: 120_000 }).length;

  it('says only that nothing was typed for an empty answer', () => {
    const a = analyseAnswer({ text: '   ', elapsedMs: 60_000, timeBoxMs: 120_000 });
    expect(a.wordsPerMinute).toBeNull();
    expect(a.notes).toEqual([
      {
        kind: 'empty',
        tone: 'suggestion',
        text: 'Nothing typed, so there are no notes on the words.',
        reason:
          'Ladder does not turn speech into text: a spoken answer is measured from its recording. A line or two of notes gives the review words to compare.',
      },
    ]);
  });

  it('calls an answer short under a quarter of what fits the time box and long past a tenth over it', () => {
    // Two minutes at a calm 130 words a minute: 260 words fit.
    expect([lengthOf(64), lengthOf(65), lengthOf(286), lengthOf(287)]).toEqual([
      'short',
      'fits',
      'fits',
      'long',
    ]);
    const short = analyseAnswer({ text: 'Team lead.', elapsedMs: 3_000, timeBoxMs: 120_000 })
      .notes[0];
    expect(short).toMatchObject({
      text: 'At 2 words the answer is brief for the time box.',
      reason: 'About 260 words fit at a calm pace; add an example with its result.',
    });
    const long = analyseAnswer({ text: words(400), elapsedMs: 120_000, timeBoxMs: 120_000 })
      .notes[0];
    expect(long).toMatchObject({
      text: 'At 400 words the answer runs past the time box.',
      reason: 'About 260 words fit at a calm pace; lead with the point and cut the rest.',
    });
  });

  it('counts the pace and the time from five seconds on', () => {
    const a = analyseAnswer({ text: words(10), elapsedMs: 5_000, timeBoxMs: 5_000 });
    expect(a.wordsPerMinute).toBe(120);
    expect(a.notes.find((n) => n.kind === 'length')?.text).toBe(
      '10 words in 5 s fit the time box.',
    );
  });

  it('quotes the boasting words and the evidence it found', () => {
    const boast = analyseAnswer({ text: RAMBLING, elapsedMs: 95_000, timeBoxMs: 120_000 });
    expect(boast.notes.find((n) => n.kind === 'absolutes')?.text).toBe(
      'Absolute or boasting words: "always", "everyone", "the best".',
    );
    const crisp = analyseAnswer({ text: CRISP, elapsedMs: 80_000, timeBoxMs: 120_000 });
    // Digits inside a percentage, a sum or a date are not counted again as bare numbers; numbers
    // written as words are evidence too.
    expect(crisp.evidence.numbers).toEqual(['eighteen', 'six', 'two']);
    expect(crisp.notes.find((n) => n.kind === 'evidence')).toMatchObject({
      text: 'Cites evidence: 35%, $40k, eighteen, six, two.',
      reason: 'Specific figures, dates and names make the answer checkable.',
    });
    expect(
      analyseAnswer({ text: 'We shipped it.', elapsedMs: 20_000, timeBoxMs: 120_000 }).notes.find(
        (n) => n.kind === 'evidence',
      )?.text,
    ).toBe('No numbers, dates, names or journal entries cited.');
  });

  it('matches journal entries of three letters or more, ignoring spaces around the title', () => {
    const text = 'The API review and the QA sync went well.';
    const a = analyseAnswer({
      text,
      elapsedMs: 20_000,
      timeBoxMs: 120_000,
      entryTitles: ['QA', '  API review ', 'API'],
    });
    expect(a.evidence.entries).toEqual(['API review', 'API']);
  });

  it('takes a capitalised word opening a sentence for a name only when a name follows it', () => {
    const a = analyseAnswer({
      text: 'We shipped it. Marcus asked for a demo.',
      elapsedMs: 20_000,
      timeBoxMs: 120_000,
    });
    expect(a.evidence.names).toEqual([]);
  });

  it('takes "like," at the very start of an answer for a filler', () => {
    const a = analyseAnswer({
      text: 'Like, we shipped it in March 2026.',
      elapsedMs: 20_000,
      timeBoxMs: 120_000,
    });
    expect(a.hedges).toEqual([{ term: 'like', count: 1, shown: 'Like' }]);
  });
});
