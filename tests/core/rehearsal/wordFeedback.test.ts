// Feedback on words that people trust: numbers said as words are evidence, Title Case is not a
// list of names, and the STAR shape says what the answer holds and what it lacks.
import { describe, expect, it } from 'vitest';
import { analyseAnswer } from '../../../src-main/shared/rehearsal/answerAnalysis';

const analyse = (text: string) => analyseAnswer({ text, elapsedMs: 40_000, timeBoxMs: 120_000 });
const note = (text: string, kind: string) => analyse(text).notes.find((n) => n.kind === kind);

describe('word feedback', () => {
  it('counts numbers written as words as evidence', () => {
    const a = analyse('I brought in three new hires and cut churn by forty percent.');
    expect(a.evidence.numbers).toEqual(['three', 'forty percent']);
    expect(
      note('I brought in three new hires and cut churn by forty percent.', 'evidence'),
    ).toMatchObject({
      tone: 'strength',
      text: 'Cites evidence: three, forty percent.',
    });
  });

  it('reads no names into a sentence typed in Title Case, nor into common words', () => {
    const title = analyse('I Think My Work On The Team Went Well This Year.');
    expect(title.evidence.names).toEqual([]);
    expect(note('I Think My Work On The Team Went Well This Year.', 'evidence')?.text).toBe(
      'No numbers, dates, names or journal entries cited.',
    );
    expect(analyse('The review went well, and then My manager said Great.').evidence.names).toEqual(
      [],
    );
    expect(analyse('I paired with Priya on the Atlas launch.').evidence.names).toEqual([
      'Priya',
      'Atlas',
    ]);
  });

  it('credits a complete STAR answer with the words it found', () => {
    expect(
      note(
        'Last quarter our releases were slow. I automated the pipeline, and releases now take three days.',
        'star',
      ),
    ).toMatchObject({
      tone: 'strength',
      text: 'Names the situation, what you did and the result ("Last quarter", "I automated", "three days").',
    });
  });

  it('names the missing parts, and a story told only as "we"', () => {
    expect(note('I led the migration to the new database.', 'star')).toMatchObject({
      tone: 'suggestion',
      text: 'Missing the situation or task and the result.',
      reason: 'Found "I led"; situation, action and result make a complete example.',
    });
    expect(
      note('Last year we rebuilt the billing system and failed payments fell.', 'star'),
    ).toMatchObject({
      tone: 'suggestion',
      text: 'Missing what you did. It says what "we" did, never what "I" did.',
    });
    expect(analyse('').notes.some((n) => n.kind === 'star')).toBe(false);
  });

  it('judges a follow-up answer as the one point it answers, not as a whole story', () => {
    const line = 'About 30 percent fewer failed releases.';
    const asQuestion = analyse(line);
    expect(asQuestion.notes.map((n) => n.kind)).toEqual(['length', 'evidence', 'star']);
    expect(asQuestion.notes[0]).toMatchObject({ tone: 'suggestion' });
    const asFollowUp = analyseAnswer({
      text: line,
      elapsedMs: 8_000,
      timeBoxMs: 120_000,
      followUp: true,
    });
    expect(asFollowUp.star).toBeUndefined();
    expect(asFollowUp.notes).toMatchObject([
      {
        kind: 'length',
        tone: 'strength',
        text: '6 words: a follow-up is answered in a line or two.',
      },
      { kind: 'evidence', tone: 'strength' },
    ]);
    // Hedges and a long answer are still told, follow-up or not.
    const hedged = analyseAnswer({
      text: 'Um, maybe about 30 percent.',
      elapsedMs: 8_000,
      timeBoxMs: 120_000,
      followUp: true,
    });
    expect(hedged.notes.map((n) => n.kind)).toContain('hedges');
  });
});
