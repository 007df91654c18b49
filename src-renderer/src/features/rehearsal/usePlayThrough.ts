// Drives the rehearsal engine with a real clock: ticks while an answer runs, saves every answer
// the moment it ends (and again when graded), finishes or leaves the session on the main side.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  finishSession,
  leaveSession,
  recordAnswerWrite,
  recordProbeWrite,
  ungradeWrite,
} from './rehearsalQueries';
import type { Grade } from '../../../../src-main/shared/questions/questionBank';
import type {
  RehearsalSession,
  SessionAnswer,
} from '../../../../src-main/shared/rehearsal/rehearsal';
import {
  draftRecord,
  probeDraftRecord,
  reduce,
  type AnswerRecord,
  type EngineEvent,
  type EngineState,
  type ProbeRecord,
} from '../../../../src-main/shared/rehearsal/rehearsalEngine';
import { resumeRehearsal } from '../../../../src-main/shared/rehearsal/rehearsalResume';
import { sessionRecords } from '../../../../src-main/shared/rehearsal/sessionRecords';
import { registerFlush } from '../../workbench/store';
import { errorClause, errorCode } from '../../ui/errorMessage';
import { PAGE_SESSION } from '../../api/pageSession';
import { capAnswer } from './answerLimit';
import type { Clock } from './clock';

/** How often a manager pushes with a follow-up when follow-ups are on. */
const FOLLOW_UP_CHANCE = 0.5;
const TICK_MS = 250;

export interface PlayThrough {
  state: EngineState;
  now: number;
  /** The prepared answer was looked at while answering (recorded as revealed). */
  peeked: boolean;
  saved: Record<number, SessionAnswer>;
  error: string | null;
  /**
   * Another tab or window answered or graded this place of the rehearsal (or ended it) first: the
   * answer typed here, kept for the person, until they continue from what was saved.
   */
  conflict: { answer: string } | null;
  send: (event: EngineEvent) => void;
  peek: () => void;
  grade: (grade: Grade) => void;
  /** Takes the grade just given back, on the main side too (the card is as before it). */
  undoGrade: () => void;
  /** After a grade: the next question, or the end. */
  next: () => void;
  retry: () => void;
  /** Ends the session as left (the current draft, if any, is kept as its answer). */
  leave: () => Promise<void>;
}

export function usePlayThrough(
  session: RehearsalSession,
  clock: Clock,
  onFinished: (s: RehearsalSession) => void,
): PlayThrough {
  // A new session starts at its first question; one taken up again, where it stopped.
  const [state, setState] = useState<EngineState>(() => {
    const records = sessionRecords(session.answers);
    return resumeRehearsal(
      session.questions.map((q) => ({ id: q.id, text: q.text, probes: q.probes })),
      {
        timeBoxMs: session.settings.timeBoxSec * 1000,
        followUps: session.settings.followUps,
        followUpChance: FOLLOW_UP_CHANCE,
        seed: session.settings.seed,
      },
      records.answers,
      clock,
      records.probes,
    );
  });
  const ref = useRef(state);
  const [now, setNow] = useState(() => clock.now());
  const [peeked, setPeeked] = useState(false);
  const peekedRef = useRef(false);
  const [saved, setSaved] = useState<Record<number, SessionAnswer>>(() =>
    Object.fromEntries(session.answers.map((a) => [a.position, a])),
  );
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ answer: string } | null>(null);
  // The version of each saved answer this page knows: a record names the one it was based on.
  const savedRef = useRef<Record<number, SessionAnswer>>(
    Object.fromEntries(session.answers.map((a) => [a.position, a])),
  );
  const queue = useRef<Promise<void>>(Promise.resolve());
  const failed = useRef<(() => Promise<void>) | null>(null);
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;

  // Saves run one after another, so a grade never overtakes the answer it grades.
  const enqueue = useCallback((task: () => Promise<void>) => {
    queue.current = queue.current.then(async () => {
      try {
        await task();
        setError(null);
      } catch (e) {
        failed.current = task;
        setError(errorClause(e));
        if (errorCode(e) === 'conflict') setConflict((c) => c ?? { answer: draftText.current });
      }
    });
    return queue.current;
  }, []);

  const draftText = useRef('');
  const recordAnswer = useCallback(
    (record: AnswerRecord) => {
      draftText.current = record.answer;
      return recordAnswerWrite({
        sessionId: session.id,
        position: record.position,
        questionId: record.questionId,
        // The box stops at the limit; a longer draft (from before it) is cut rather than refused with its grade.
        answer: capAnswer(record.answer),
        startedAt: record.startedAtWall,
        endedAt: Math.max(record.startedAtWall, record.endedAtWall),
        timeMs: Math.round(record.elapsedMs),
        timedOut: record.timedOut,
        revealed: record.revealed,
        followUp: record.followUp,
        followUpReason: record.followUpReason ?? null,
        grade: record.grade,
        baseVersion: savedRef.current[record.position]?.version ?? 0,
        session: PAGE_SESSION,
      }).then((answer) => {
        savedRef.current = { ...savedRef.current, [answer.position]: answer };
        return answer;
      });
    },
    [session.id],
  );

  // A follow-up's answer is saved under the question it follows, with the version this page saw.
  const recordProbe = useCallback(
    (record: ProbeRecord) => {
      draftText.current = record.answer;
      return recordProbeWrite({
        sessionId: session.id,
        position: record.position,
        answer: capAnswer(record.answer),
        startedAt: record.startedAtWall,
        endedAt: Math.max(record.startedAtWall, record.endedAtWall),
        timeMs: Math.round(record.elapsedMs),
        timedOut: record.timedOut,
        revealed: record.revealed,
        grade: record.grade,
        baseVersion: savedRef.current[record.position]?.probe?.version ?? 0,
        session: PAGE_SESSION,
      }).then((probe) => {
        const parent = savedRef.current[probe.position];
        const answer = parent ? { ...parent, probe } : undefined;
        if (answer) savedRef.current = { ...savedRef.current, [probe.position]: answer };
        return answer;
      });
    },
    [session.id],
  );

  const saveProbe = useCallback(
    (record: ProbeRecord) =>
      enqueue(async () => {
        const answer = await recordProbe(record);
        if (answer) setSaved((s) => ({ ...s, [answer.position]: answer }));
      }),
    [enqueue, recordProbe],
  );

  const save = useCallback(
    (record: AnswerRecord) =>
      enqueue(async () => {
        const answer = await recordAnswer(record);
        setSaved((s) => ({ ...s, [answer.position]: answer }));
      }),
    [enqueue, recordAnswer],
  );

  // The window closing, the page hiding or the journal locking mid-answer: what was typed so far is
  // recorded as this question's answer (ungraded), so it is in the history even if nothing else runs.
  // Sent at once rather than queued: earlier saves are for other positions, and the page may be going.
  const flushedDraft = useRef('');
  useEffect(
    () =>
      registerFlush(`rehearsal:${session.id}`, async () => {
        const draft = draftRecord(ref.current, clock);
        const probeDraft = probeDraftRecord(ref.current, clock);
        const turn = draft ?? probeDraft;
        const key = turn ? `${turn.position}:${draft ? 'q' : 'p'}:${turn.answer}` : '';
        if (!turn || key === flushedDraft.current) return;
        flushedDraft.current = key;
        try {
          if (draft) await recordAnswer({ ...draft, revealed: peekedRef.current });
          else if (probeDraft) await recordProbe({ ...probeDraft, revealed: peekedRef.current });
        } catch (e) {
          flushedDraft.current = '';
          throw e;
        }
      }),
    [clock, recordAnswer, recordProbe, session.id],
  );

  const send = useCallback(
    (event: EngineEvent) => {
      const prev = ref.current;
      let next = reduce(prev, event, clock);
      const ended = next.answers.length > prev.answers.length;
      const probeEnded = next.probes.length > prev.probes.length;
      if ((ended || probeEnded) && peekedRef.current)
        next = reduce(next, { type: 'reveal' }, clock);
      if (next === prev) return;
      ref.current = next;
      setState(next);
      setNow(clock.now());
      const last = next.answers.at(-1);
      // An undone grade is taken back by its own write (undoGrade), not saved as an answer.
      if (event.type !== 'ungrade') {
        if (last && (ended || last.grade !== prev.answers.at(-1)?.grade)) void save(last);
        const probe = next.probes.at(-1);
        if (probe && (probeEnded || probe.grade !== prev.probes.at(-1)?.grade))
          void saveProbe(probe);
      }
      if (
        next.phase === 'asking' &&
        (prev.phase !== 'asking' || next.index !== prev.index || next.turn !== prev.turn)
      ) {
        peekedRef.current = false;
        setPeeked(false);
      }
      if (next.phase === 'finished' && prev.phase !== 'finished') {
        void enqueue(async () => finishedRef.current(await finishSession({ id: session.id })));
      }
    },
    [clock, enqueue, save, saveProbe, session.id],
  );

  const asking = state.phase === 'asking' && state.running;
  useEffect(() => {
    if (!asking) return;
    const timer = setInterval(() => {
      setNow(clock.now());
      send({ type: 'tick' });
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [asking, clock, send]);

  const peek = useCallback(() => {
    if (ref.current.phase !== 'asking') return;
    peekedRef.current = true;
    setPeeked(true);
  }, []);

  const grade = useCallback((g: Grade) => send({ type: 'grade', grade: g }), [send]);
  const next = useCallback(() => send({ type: 'next' }), [send]);

  const undoGrade = useCallback(() => {
    const current = ref.current;
    const probe = current.turn === 'probe';
    const last = probe ? current.probes.at(-1) : current.answers.at(-1);
    if (current.phase !== 'graded' || !last) return;
    send({ type: 'ungrade' });
    // Queued after the grade's own save, so the grade is on the main side before it is taken back.
    void enqueue(async () => {
      const known = savedRef.current[last.position];
      const answer = await ungradeWrite({
        sessionId: session.id,
        position: last.position,
        ...(probe ? { probe: true } : {}),
        baseVersion: (probe ? known?.probe?.version : known?.version) ?? 0,
        session: PAGE_SESSION,
      });
      savedRef.current = { ...savedRef.current, [answer.position]: answer };
      setSaved((s) => ({ ...s, [answer.position]: answer }));
    });
  }, [enqueue, send, session.id]);

  const retry = useCallback(() => {
    const task = failed.current;
    failed.current = null;
    if (task) void enqueue(task);
  }, [enqueue]);

  const leave = useCallback(async () => {
    if (ref.current.phase === 'asking' && ref.current.draft.trim() !== '') send({ type: 'answer' });
    send({ type: 'leave' });
    await queue.current;
    await leaveSession({ id: session.id });
  }, [send, session.id]);

  return {
    state,
    now,
    peeked,
    saved,
    error,
    conflict,
    send,
    peek,
    grade,
    undoGrade,
    next,
    retry,
    leave,
  };
}
