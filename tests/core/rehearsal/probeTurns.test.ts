// Follow-ups as turns: the order of turns, at most one probe per question, the probe the answer
// calls for before the bank's, grading a question together with its probe, and resuming at a probe.
import { describe, expect, it } from 'vitest';
import {
  audioPlaceLabel,
  audioPlaceOf,
  chooseProbe,
  combinedGrade,
  probeAudioPlace,
  probeWhy,
} from '../../../src-main/shared/rehearsal/probeTurns';
import {
  draftRecord,
  probeDraftRecord,
  reduce,
  startRehearsal,
  timerView,
  type EngineClock,
  type EngineEvent,
  type EngineQuestion,
  type EngineSettings,
  type EngineState,
} from '../../../src-main/shared/rehearsal/rehearsalEngine';
import { resumeRehearsal } from '../../../src-main/shared/rehearsal/rehearsalResume';

function clock(): EngineClock & { advance: (ms: number) => void } {
  let mono = 1_000;
  let wall = Date.UTC(2026, 10, 2, 9, 0, 0);
  return {
    now: () => mono,
    wall: () => wall,
    advance: (ms) => {
      mono += ms;
      wall += ms;
    },
  };
}

const QUESTIONS: EngineQuestion[] = [
  { id: 'q1', text: 'What are you proud of this year?', probes: ['Who noticed?'] },
  { id: 'q2', text: 'Where do you want to be in two years?', probes: [] },
];
const SETTINGS: EngineSettings = {
  timeBoxMs: 60_000,
  followUps: true,
  followUpChance: 1,
  seed: 3,
};
const NO_NUMBER =
  'For example, last quarter I rebuilt the release checklist with the support team and it worked well.';
const SOUND =
  'For example, last quarter I rebuilt the release checklist and cut failed releases from 9 to 2.';

function run(state: EngineState, c: EngineClock, ...events: EngineEvent[]): EngineState {
  return events.reduce((s, e) => reduce(s, e, c), state);
}
const where = (s: EngineState) => `${s.index}:${s.turn}:${s.phase}`;

describe('follow-up probes as turns', () => {
  it('asks the probe the answer calls for as its own timed turn, then the next question', () => {
    const c = clock();
    let s = startRehearsal(QUESTIONS, SETTINGS, c);
    c.advance(20_000);
    s = run(s, c, { type: 'type', text: NO_NUMBER }, { type: 'answer' });
    expect(s.answers[0]).toMatchObject({
      followUp: 'Can you put a number on that?',
      followUpReason: 'no-number',
      elapsedMs: 20_000,
    });
    expect(where(s)).toBe('0:question:review');
    s = run(s, c, { type: 'grade', grade: 'good' }, { type: 'next' });
    expect(where(s)).toBe('0:probe:asking');
    expect(s.draft).toBe('');
    // Its own clock: the question's 20 s are not carried over.
    c.advance(5_000);
    expect(timerView(s, c.now()).elapsedMs).toBe(5_000);
    s = run(s, c, { type: 'type', text: 'About 30 percent fewer.' });
    expect(draftRecord(s, c)).toBeNull();
    expect(probeDraftRecord(s, c)).toMatchObject({
      position: 0,
      answer: 'About 30 percent fewer.',
    });
    s = run(s, c, { type: 'answer' });
    expect(where(s)).toBe('0:probe:review');
    expect(s.probes).toEqual([
      expect.objectContaining({
        questionId: 'q1',
        position: 0,
        text: 'Can you put a number on that?',
        reason: 'no-number',
        answer: 'About 30 percent fewer.',
        elapsedMs: 5_000,
        grade: null,
      }),
    ]);
    s = run(s, c, { type: 'reveal' }, { type: 'grade', grade: 'hard' });
    expect(s.probes[0]).toMatchObject({ grade: 'hard', revealed: true });
    expect(s.answers[0]).toMatchObject({ grade: 'good', revealed: false });
    s = run(s, c, { type: 'next' });
    expect(where(s)).toBe('1:question:asking');
  });

  it('asks at most one probe per question, and none when follow-ups are off', () => {
    const c = clock();
    let s = startRehearsal(QUESTIONS, SETTINGS, c);
    s = run(s, c, { type: 'type', text: NO_NUMBER }, { type: 'answer' });
    s = run(s, c, { type: 'grade', grade: 'good' }, { type: 'next' });
    s = run(s, c, { type: 'type', text: 'Short.' }, { type: 'answer' });
    s = run(s, c, { type: 'grade', grade: 'good' }, { type: 'next' });
    expect(where(s)).toBe('1:question:asking');
    s = run(s, c, { type: 'type', text: NO_NUMBER }, { type: 'answer' });
    s = run(s, c, { type: 'grade', grade: 'good' }, { type: 'next' });
    expect(where(s)).toBe('1:probe:asking');
    s = run(s, c, { type: 'answer' }, { type: 'grade', grade: 'easy' }, { type: 'next' });
    expect(s.phase).toBe('finished');
    expect(s.probes.map((p) => p.position)).toEqual([0, 1]);

    const off = clock();
    let o = startRehearsal(QUESTIONS, { ...SETTINGS, followUps: false }, off);
    o = run(o, off, { type: 'type', text: NO_NUMBER }, { type: 'answer' });
    expect(o.answers[0]?.followUp).toBeNull();
    o = run(o, off, { type: 'grade', grade: 'good' }, { type: 'next' });
    expect(where(o)).toBe('1:question:asking');
  });

  it('times a probe out at the time box like a question', () => {
    const c = clock();
    let s = startRehearsal(QUESTIONS, SETTINGS, c);
    s = run(s, c, { type: 'type', text: NO_NUMBER }, { type: 'answer' });
    s = run(s, c, { type: 'grade', grade: 'good' }, { type: 'next' });
    s = run(s, c, { type: 'type', text: 'Well' });
    c.advance(61_000);
    s = run(s, c, { type: 'tick' });
    expect(where(s)).toBe('0:probe:review');
    expect(s.probes[0]).toMatchObject({ timedOut: true, elapsedMs: 60_000, answer: 'Well' });
  });

  it("chooses the answer's probe first, else the bank's by chance, moving the seed the same way", () => {
    expect(chooseProbe(NO_NUMBER, ['Who noticed?'], 0, 5).probe).toEqual({
      text: 'Can you put a number on that?',
      reason: 'no-number',
    });
    expect(chooseProbe(SOUND, ['Who noticed?'], 1, 5).probe).toEqual({
      text: 'Who noticed?',
      reason: 'bank',
    });
    expect(chooseProbe(SOUND, ['Who noticed?'], 0, 5).probe).toBeNull();
    expect(chooseProbe(SOUND, [], 1, 5).probe).toBeNull();
    const seeds = [chooseProbe(SOUND, [], 1, 5).rng, chooseProbe(NO_NUMBER, ['x'], 1, 5).rng];
    expect(seeds[0]).toBe(seeds[1]);
    expect(probeWhy('no-number')).toMatch(/no figure/);
    expect(probeWhy('bank')).toMatch(/by chance/);
  });

  it("asks each of a question's own follow-ups by chance, not always the first", () => {
    const bank = ['Who noticed?', 'What would you change?', 'How long did it take?'];
    const asked = new Set<string | undefined>();
    for (let seed = 1; seed <= 60; seed += 1)
      asked.add(chooseProbe(SOUND, bank, 1, seed).probe?.text);
    expect([...asked].sort()).toEqual([...bank].sort());
  });

  it('grades a question with its follow-up as the lower of the two', () => {
    expect(combinedGrade('easy', 'hard')).toBe('hard');
    expect(combinedGrade('again', 'easy')).toBe('again');
    expect(combinedGrade('good', 'good')).toBe('good');
    expect(combinedGrade('good', null)).toBe('good');
  });

  it('keeps a probe recording at its own place beside the question', () => {
    expect(probeAudioPlace(3)).toBe(103);
    expect(audioPlaceOf(103)).toEqual({ position: 3, probe: true });
    expect(audioPlaceOf(3)).toEqual({ position: 3, probe: false });
    // Labels count questions from 1, as the list shows them.
    expect(audioPlaceLabel(0)).toBe('question 1');
    expect(audioPlaceLabel(probeAudioPlace(2))).toBe('the follow-up to question 3');
  });

  it('resumes at the follow-up of a graded question, answered or not', () => {
    const c = clock();
    let s = startRehearsal(QUESTIONS, SETTINGS, c);
    s = run(s, c, { type: 'type', text: NO_NUMBER }, { type: 'answer' });
    s = run(s, c, { type: 'grade', grade: 'good' }, { type: 'next' });
    const parent = s.answers;

    const atProbe = resumeRehearsal(QUESTIONS, SETTINGS, parent, clock());
    expect(where(atProbe)).toBe('0:probe:asking');
    expect(atProbe.running).toBe(false);

    s = run(s, c, { type: 'type', text: 'Nine to two.' }, { type: 'answer' });
    // Answered with time left but not graded: back in the box to be typed on, its time used.
    const inBox = resumeRehearsal(QUESTIONS, SETTINGS, parent, clock(), s.probes);
    expect(where(inBox)).toBe('0:probe:asking');
    expect(inBox.draft).toBe('Nine to two.');
    expect(inBox.elapsedBeforeMs).toBe(s.probes[0]?.elapsedMs);
    expect(inBox.probes).toEqual([]);
    const timedOut = s.probes.map((p) => ({ ...p, timedOut: true }));
    const inReview = resumeRehearsal(QUESTIONS, SETTINGS, parent, clock(), timedOut);
    expect(where(inReview)).toBe('0:probe:review');
    expect(inReview.probes[0]?.answer).toBe('Nine to two.');

    s = run(s, c, { type: 'grade', grade: 'hard' });
    const next = resumeRehearsal(QUESTIONS, SETTINGS, parent, clock(), s.probes);
    expect(where(next)).toBe('1:question:asking');
    const again = run(next, c, { type: 'resume' }, { type: 'answer' });
    expect(again.probes).toHaveLength(1);
  });
});
