// The other person's next question depends on the answer: no figure, no example, too long, only "we".
import { describe, expect, it } from 'vitest';
import {
  answerProbes,
  LONG_ANSWER_WORDS,
  nextProbe,
} from '../../../src-main/shared/rehearsal/answerProbes';

const reasons = (answer: string) => answerProbes(answer).map((p) => p.reason);

describe('follow-up probes from the answer', () => {
  it('asks for a number when the answer has none, in figures or in words', () => {
    expect(
      reasons('Last quarter I rebuilt the onboarding flow and new users finished it much faster.'),
    ).toEqual(['no-number']);
    expect(
      nextProbe('Last quarter I rebuilt the onboarding flow and new users finished it much faster.')
        ?.text,
    ).toBe('Can you put a number on that?');
    expect(
      reasons('Last quarter I rebuilt the onboarding flow and new users finished it 30% faster.'),
    ).toEqual([]);
    expect(
      reasons(
        'Last quarter I rebuilt the onboarding flow and new users finished it forty percent faster.',
      ),
    ).toEqual([]);
  });

  it('asks for a specific example when the answer stays general', () => {
    expect(
      reasons(
        'I am good at getting teams to agree, and I have cut meeting time by 20% on my projects.',
      ),
    ).toEqual(['no-example']);
    expect(
      nextProbe(
        'I am good at getting teams to agree, and I have cut meeting time by 20% on my projects.',
      )?.text,
    ).toBe('Can you give me a specific example?');
    expect(
      reasons(
        'For example, in March I got two teams to agree on one API and cut meeting time by 20%.',
      ),
    ).toEqual([]);
  });

  it('asks for one sentence when the answer runs long, before anything else', () => {
    const long = `In March I led the move to the new platform. ${'We planned each step with care and checked it with 3 teams. '.repeat(20)}`;
    expect(long.split(/\s+/).length).toBeGreaterThan(LONG_ANSWER_WORDS);
    expect(nextProbe(long)).toMatchObject({
      reason: 'too-long',
      text: 'If you had to say that in one sentence?',
    });
  });

  it('asks what I did when the answer only says "we"', () => {
    expect(
      nextProbe('Last year we rebuilt the billing system and we cut failed payments by 12%.'),
    ).toMatchObject({
      reason: 'only-we',
      text: 'What was your part in that, specifically?',
    });
    expect(
      reasons(
        'Last year we rebuilt the billing system; I designed the retry logic and we cut failed payments by 12%.',
      ),
    ).toEqual([]);
  });

  it('says why each probe was asked', () => {
    for (const probe of answerProbes(
      'We did a lot of good work together and everyone was very happy with it.',
    )) {
      expect(probe.why.length).toBeGreaterThan(10);
    }
    expect(
      reasons('We did a lot of good work together and everyone was very happy with it.'),
    ).toEqual(['only-we', 'no-example', 'no-number']);
  });

  it('does not probe an answer too short to judge', () => {
    expect(answerProbes('')).toEqual([]);
    expect(answerProbes('Yes, I would.')).toEqual([]);
  });

  it('probes from eight words on, and calls an answer long only past the limit', () => {
    const eight = 'For example, I rebuilt the checklist for support.';
    expect(eight.split(/\s+/)).toHaveLength(8);
    expect(reasons(eight)).toEqual(['no-number']);
    const opening = 'For example, in March I cut failed releases by 30 percent';
    const words = (n: number) =>
      `${opening} ${'again '.repeat(n - opening.split(/\s+/).length)}`.trim();
    expect(words(LONG_ANSWER_WORDS).split(/\s+/)).toHaveLength(LONG_ANSWER_WORDS);
    expect(reasons(words(LONG_ANSWER_WORDS))).toEqual([]);
    expect(reasons(words(LONG_ANSWER_WORDS + 1))).toEqual(['too-long']);
  });

  it('takes a scene set without example words as an example', () => {
    expect(
      reasons('The goal was to onboard 5 clients, so I rebuilt the sign-up checklist myself.'),
    ).toEqual([]);
  });
});
