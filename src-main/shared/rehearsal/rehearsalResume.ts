// Taking a saved rehearsal up again: which turn it waits at, and what goes back in the answer box.
import {
  restore,
  snapshot,
  startRehearsal,
  type AnswerRecord,
  type EngineClock,
  type EngineQuestion,
  type EngineSettings,
  type EngineState,
  type ProbeRecord,
  type Turn,
} from './rehearsalEngine';

/**
 * The engine for a session taken up again from its saved answers: graded questions (and graded
 * follow-ups) stay done, and it waits, paused, at the first turn without a grade: a question, or the
 * follow-up of a graded question. That turn's saved answer goes back in the box while time is left
 * (in review when its time ran out).
 * With nothing saved it is a new start, running on the first question.
 */
export function resumeRehearsal(
  questions: EngineQuestion[],
  settings: EngineSettings,
  saved: AnswerRecord[],
  clock: EngineClock,
  savedProbes: ProbeRecord[] = [],
): EngineState {
  const fresh = startRehearsal(questions, settings, clock);
  if (saved.length === 0) return fresh;
  const byPosition = new Map(saved.map((a) => [a.position, a]));
  const probeAt = new Map(savedProbes.map((p) => [p.position, p]));
  const done = (position: number): boolean => {
    const answer = byPosition.get(position);
    if (!answer?.grade) return false;
    return !answer.followUp || probeAt.get(position)?.grade != null;
  };
  let index = 0;
  while (index < questions.length && done(index)) index += 1;
  const answers = saved.filter((a) => a.position <= index).sort((a, b) => a.position - b.position);
  const probes = savedProbes
    .filter((p) => p.position <= index)
    .sort((a, b) => a.position - b.position);
  if (index >= questions.length)
    return { ...fresh, phase: 'finished', running: false, runningSince: null, answers, probes };
  const turn: Turn = byPosition.get(index)?.grade ? 'probe' : 'question';
  // An answer saved without a grade and with time left (the window closed mid-answer, or the person
  // left before grading) goes back into the answer box to be typed on, with its time already used;
  // a question's answer typed on again draws its follow-up afresh when it ends.
  const draft = turn === 'probe' ? probes.find((p) => p.position === index) : byPosition.get(index);
  if (draft && !draft.grade && !draft.timedOut && draft.elapsedMs < settings.timeBoxMs) {
    const waiting = restore(
      {
        ...snapshot(fresh, clock.now()),
        index,
        turn,
        answers: turn === 'probe' ? answers : answers.filter((a) => a.position < index),
        probes: probes.filter((p) => p.position < index),
        phase: 'left',
        elapsedBeforeMs: draft.elapsedMs,
      },
      clock,
    );
    return { ...waiting, draft: draft.answer, startedAtWall: draft.startedAtWall };
  }
  return restore(
    {
      ...snapshot(fresh, clock.now()),
      index,
      turn,
      answers,
      probes,
      phase: 'left',
      elapsedBeforeMs: 0,
    },
    clock,
  );
}
