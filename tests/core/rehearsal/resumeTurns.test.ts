// Taking a saved rehearsal up again with follow-ups in it: the turn it waits at, which answers and
// follow-ups it carries (only those before that turn, in order), and when a saved answer goes back
// into the box rather than into review.
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../../src-main/shared/questions/questionBank';
import type {
  AnswerRecord,
  EngineClock,
  EngineQuestion,
  EngineSettings,
  ProbeRecord,
} from '../../../src-main/shared/rehearsal/rehearsalEngine';
import { resumeRehearsal } from '../../../src-main/shared/rehearsal/rehearsalResume';
import { analyseAnswer } from '../../../src-main/shared/rehearsal/answerAnalysis';
import { sessionRecords } from '../../../src-main/shared/rehearsal/sessionRecords';
import type { SessionAnswer } from '../../../src-main/shared/rehearsal/rehearsal';

const QUESTIONS: EngineQuestion[] = [
  { id: 'q1', text: 'What are you proud of?', probes: [] },
  { id: 'q2', text: 'Where do you want to be?', probes: [] },
  { id: 'q3', text: 'What would you change?', probes: [] },
];
const SETTINGS: EngineSettings = { timeBoxMs: 60_000, followUps: true, followUpChance: 0, seed: 3 };
const clock = (): EngineClock => ({ now: () => 5_000, wall: () => 1_000_000 });

function answer(position: number, grade: Grade | null, more: Partial<AnswerRecord> = {}) {
  return {
    questionId: QUESTIONS[position]?.id ?? '',
    position,
    answer: `Answer ${position}`,
    elapsedMs: 20_000,
    timedOut: false,
    revealed: false,
    followUp: 'Can you put a number on that?',
    followUpReason: 'no-number',
    grade,
    startedAtWall: 0,
    endedAtWall: 20_000,
    ...more,
  } satisfies AnswerRecord;
}

function probe(position: number, grade: Grade | null, more: Partial<ProbeRecord> = {}) {
  return {
    questionId: QUESTIONS[position]?.id ?? '',
    position,
    text: 'Can you put a number on that?',
    reason: 'no-number',
    answer: `Figure ${position}`,
    elapsedMs: 8_000,
    timedOut: false,
    revealed: false,
    grade,
    startedAtWall: 30_000,
    endedAtWall: 38_000,
    ...more,
  } satisfies ProbeRecord;
}

const positions = (records: { position: number }[]) => records.map((r) => r.position);

describe('resuming a rehearsal with follow-ups', () => {
  it('waits at the first ungraded answer, carrying nothing saved after it', () => {
    // Question 1's grade was undone in another tab after question 2 and its follow-up were graded.
    const s = resumeRehearsal(
      QUESTIONS,
      SETTINGS,
      [answer(1, 'good'), answer(0, null, { timedOut: true })],
      clock(),
      [probe(1, 'hard')],
    );
    expect(s).toMatchObject({ index: 0, turn: 'question', phase: 'review' });
    expect(positions(s.answers)).toEqual([0]);
    expect(s.probes).toEqual([]);
  });

  it('keeps the graded follow-ups before it in order, and is finished (not running) when all are graded', () => {
    const answers = [answer(2, 'good', { followUp: null }), answer(1, 'easy'), answer(0, 'good')];
    const probes = [probe(1, 'again'), probe(0, 'hard')];
    const finished = resumeRehearsal(QUESTIONS, SETTINGS, answers, clock(), probes);
    expect(finished).toMatchObject({ phase: 'finished', running: false });
    expect(positions(finished.answers)).toEqual([0, 1, 2]);
    expect(positions(finished.probes)).toEqual([0, 1]);
  });

  it("puts a follow-up's answer back in the box with the question's answer and earlier follow-ups kept", () => {
    const s = resumeRehearsal(
      QUESTIONS,
      SETTINGS,
      [answer(0, 'good'), answer(1, 'good')],
      clock(),
      [probe(0, 'hard'), probe(1, null)],
    );
    expect(s).toMatchObject({
      index: 1,
      turn: 'probe',
      phase: 'asking',
      draft: 'Figure 1',
      elapsedBeforeMs: 8_000,
    });
    expect(positions(s.answers)).toEqual([0, 1]);
    expect(positions(s.probes)).toEqual([0]);
  });

  it("puts a question's answer back in the box with the earlier follow-ups kept", () => {
    const s = resumeRehearsal(QUESTIONS, SETTINGS, [answer(0, 'good'), answer(1, null)], clock(), [
      probe(0, 'easy'),
    ]);
    expect(s).toMatchObject({ index: 1, turn: 'question', phase: 'asking', draft: 'Answer 1' });
    expect(positions(s.answers)).toEqual([0]);
    expect(positions(s.probes)).toEqual([0]);
  });

  it('sends an answer whose time box is used up to review, even when not marked timed out', () => {
    const s = resumeRehearsal(
      QUESTIONS,
      SETTINGS,
      [answer(0, null, { elapsedMs: SETTINGS.timeBoxMs })],
      clock(),
    );
    expect(s).toMatchObject({ index: 0, phase: 'review', draft: '' });
    expect(s.answers[0]?.answer).toBe('Answer 0');
  });

  it("takes a stored answer's follow-up, and why it was asked, into the resumed records", () => {
    const stored: SessionAnswer = {
      position: 0,
      questionId: 'q1',
      answer: 'Answer 0',
      startedAt: 0,
      endedAt: 20_000,
      timeMs: 20_000,
      timedOut: false,
      revealed: false,
      followUp: 'Can you put a number on that?',
      grade: 'good',
      feedback: analyseAnswer({ text: 'Answer 0', elapsedMs: 20_000, timeBoxMs: 60_000 }),
      version: 2,
      probe: {
        position: 0,
        questionId: 'q1',
        text: 'Can you put a number on that?',
        reason: 'no-number',
        why: '',
        answer: '',
        startedAt: null,
        endedAt: null,
        timeMs: null,
        timedOut: false,
        revealed: false,
        grade: null,
        feedback: null,
        version: 1,
      },
    };
    const { answers, probes } = sessionRecords([stored, { ...stored, position: 1, probe: null }]);
    expect(answers.map((a) => [a.followUp, a.followUpReason])).toEqual([
      ['Can you put a number on that?', 'no-number'],
      [null, null],
    ]);
    expect(probes).toEqual([]);
  });
});
