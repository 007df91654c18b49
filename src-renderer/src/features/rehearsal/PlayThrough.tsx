// The play-through: routes keys, speaks questions, announces the time box, and asks before leaving.
//
// Keys: the answer box is for typing, so there Space and R type. Ctrl+Enter ends the answer from
// anywhere; Escape in the box steps out of it to the question, where Space pauses, R peeks and a
// second Escape leaves. After an answer, 1-4 grade it; then Enter goes on, and U or Ctrl+Z takes the
// grade back. With read aloud on, M mutes and Shift+R repeats the question (outside the answer box).
// The on-screen legend says the same.
import { sessionRead } from './rehearsalQueries';
import { SaveProblemNotice } from '../../ui/SaveProblemNotice';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { GRADES } from '../../../../src-main/shared/questions/questionBank';
import type { RehearsalSession } from '../../../../src-main/shared/rehearsal/rehearsal';
import { pendingProbe, timerView } from '../../../../src-main/shared/rehearsal/rehearsalEngine';
import { probeAudioPlace } from '../../../../src-main/shared/rehearsal/probeTurns';
import { confirmDialog } from '../../ui/confirm';
import { errorMessage } from '../../ui/errorMessage';
import { AskScreen } from './AskScreen';
import type { Clock } from './clock';
import { isTyping } from './focusTrap';
import { spokenDuration } from './format';
import { gradedKey } from './GradeStep';
import { ReadAloudControls, readAloudKey, useReadAloud } from './ReadAloudControls';
import { ReviewScreen } from './ReviewScreen';
import { speak, stopSpeaking } from './speech';
import { usePlayThrough } from './usePlayThrough';
import {
  probeAsAnswerRecord,
  probeAsQuestion,
  probeAsSaved,
  type ProbeTurnInfo,
} from './ProbeTurn';

export interface PlayThroughProps {
  session: RehearsalSession;
  clock: Clock;
  onFinished: (session: RehearsalSession) => void;
  onLeft: () => void;
  /** The session as stored now (another tab changed it): play on from there. */
  onReload?: (session: RehearsalSession) => void;
}

export function PlayThrough({ session, clock, onFinished, onLeft, onReload }: PlayThroughProps) {
  const play = usePlayThrough(session, clock, onFinished);
  const { state } = play;
  const stage = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef('');
  const [leaving, setLeaving] = useState(false);
  const [leaveError, setLeaveError] = useState<string | null>(null);
  const timer = timerView(state, play.now);
  const question = session.questions[state.index];
  // A follow-up turn asks the probe's words in the question's place, under a "Follow-up" label.
  const asked = state.turn === 'probe' ? pendingProbe(state) : null;
  const probe: ProbeTurnInfo | undefined =
    asked && question
      ? {
          parentText: question.text,
          reason: asked.reason,
          position: state.index,
          total: session.questions.length,
        }
      : undefined;
  const turnQuestion = asked && question ? probeAsQuestion(question, asked.text) : question;
  const probeRecord = probe ? state.probes.at(-1) : undefined;
  const audioPlace = probe ? probeAudioPlace(state.index) : undefined;
  // Repeat (Shift+R) says the turn being asked: the follow-up's words on a follow-up turn.
  const aloud = useReadAloud(session.settings.voice, turnQuestion?.text);
  const voice = aloud.speaking;

  const say = (text: string) => setAnnouncement(text);

  // Announce the half and the last 15 seconds once per question; a time-out once as it happens.
  useEffect(() => {
    if (state.phase !== 'asking' || !timer.announcement) return;
    const turn = `${state.index}${state.turn === 'probe' ? 'p' : ''}`;
    const key = `${turn}:${timer.announcement}`;
    if (
      announced.current === key ||
      (timer.announcement === 'half' && announced.current === `${turn}:last-15`)
    )
      return;
    announced.current = key;
    say(
      timer.announcement === 'half'
        ? `Half the time is gone. ${spokenDuration(timer.remainingMs)} left.`
        : `${spokenDuration(timer.remainingMs)} left.`,
    );
  }, [state.phase, state.index, state.turn, timer.announcement, timer.remainingMs]);

  const last = probe ? probeRecord && probeAsAnswerRecord(probeRecord) : state.answers.at(-1);
  const timedOutNow = state.phase === 'review' && last?.timedOut === true;
  useEffect(() => {
    if (timedOutNow) say('Time is up. Your answer is saved.');
  }, [timedOutNow, last?.position, state.turn]);

  // The other person speaks each turn once as it is asked: the question, then its follow-up. An undo,
  // a pause or unmuting does not say a turn again (Shift+R does, on request).
  const spoken = turnQuestion?.text;
  const spokenTurn = useRef('');
  useEffect(() => {
    if (!voice || state.phase !== 'asking' || !spoken) return;
    const turn = `${state.index}:${state.turn}`;
    if (spokenTurn.current === turn) return;
    spokenTurn.current = turn;
    speak(spoken);
  }, [voice, state.phase, state.index, state.turn, spoken]);
  useEffect(() => stopSpeaking, []);

  const togglePause = () => {
    if (state.phase !== 'asking') return;
    play.send({ type: state.running ? 'pause' : 'resume' });
    say(state.running ? 'Paused.' : 'Resumed.');
  };

  const leave = async () => {
    if (leaving) return;
    const wasRunning = state.phase === 'asking' && state.running;
    if (wasRunning) play.send({ type: 'pause' });
    setLeaving(true);
    const ok = await confirmDialog({
      title: 'Leave this rehearsal?',
      message:
        'The answers given so far stay in the history, and what you typed for this question is kept as its answer.',
      confirmLabel: 'Leave',
      cancelLabel: 'Keep rehearsing',
    });
    if (!ok) {
      setLeaving(false);
      if (wasRunning) play.send({ type: 'resume' });
      return;
    }
    try {
      stopSpeaking();
      await play.leave();
      onLeft();
    } catch (error) {
      setLeaving(false);
      setLeaveError(`Could not close the rehearsal: ${errorMessage(error)}`);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const typing = isTyping(e.target);
    const graded = state.phase === 'graded' && !typing ? gradedKey(e) : null;
    if (graded) {
      e.preventDefault();
      if (graded === 'undo') play.undoGrade();
      else play.next();
      return;
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (state.phase === 'asking') play.send({ type: 'answer' });
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      if (typing && state.phase === 'asking') stage.current?.focus();
      else void leave();
      return;
    }
    if (typing || e.ctrlKey || e.altKey || e.metaKey) return;
    const spoken = aloud.on ? readAloudKey(e) : null;
    if (spoken) {
      e.preventDefault();
      if (spoken === 'mute') aloud.toggleMute();
      else aloud.repeat();
      return;
    }
    if (e.key === ' ' && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      togglePause();
    } else if (e.key.toLowerCase() === 'r' && state.phase === 'asking') {
      e.preventDefault();
      play.peek();
    } else if (/^[1-4]$/.test(e.key) && state.phase === 'review') {
      e.preventDefault();
      play.grade(GRADES[Number(e.key) - 1] ?? 'good');
    }
  };

  return (
    <div className="rehearsal-play" onKeyDown={onKeyDown}>
      <div className="rehearsal-live" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <ReadAloudControls aloud={aloud} />
      {play.conflict && (
        <SaveProblemNotice
          problem={{ kind: 'conflict', what: 'This rehearsal', mine: play.conflict.answer }}
          keepTheirsLabel="Continue from what was saved"
          onKeepTheirs={() =>
            void sessionRead.fresh({ id: session.id }).then(
              (fresh) => (fresh.status === 'active' ? onReload?.(fresh) : onFinished(fresh)),
              () => undefined,
            )
          }
        />
      )}
      {!play.conflict && (play.error || leaveError) && (
        <div className="rehearsal-error" role="alert">
          {leaveError ?? `Your answer could not be saved yet: ${play.error}. It is still here.`}{' '}
          {play.error && (
            <button type="button" className="ladder-button" onClick={play.retry}>
              Try saving again
            </button>
          )}
        </div>
      )}
      {state.phase === 'asking' && turnQuestion && (
        <AskScreen
          key={`${state.index}:${state.turn}`}
          sessionId={session.id}
          question={turnQuestion}
          position={state.index}
          total={session.questions.length}
          draft={state.draft}
          timer={timer}
          peeked={play.peeked}
          onType={(text) => play.send({ type: 'type', text })}
          onTogglePause={togglePause}
          onPeek={play.peek}
          onAnswer={() => play.send({ type: 'answer' })}
          onLeave={() => void leave()}
          stageRef={stage}
          probe={probe}
          audioPlace={audioPlace}
        />
      )}
      {(state.phase === 'review' || state.phase === 'graded') && turnQuestion && last && (
        <ReviewScreen
          key={`${state.index}:${state.turn}`}
          sessionId={session.id}
          question={turnQuestion}
          record={last}
          saved={
            probe
              ? probeAsSaved(play.saved[last.position], play.saved[last.position]?.probe)
              : play.saved[last.position]
          }
          total={session.questions.length}
          timeBoxMs={session.settings.timeBoxSec * 1000}
          onGrade={play.grade}
          onUndoGrade={play.undoGrade}
          onNext={play.next}
          onLeave={() => void leave()}
          probe={probe}
          audioPlace={audioPlace}
        />
      )}
      {(state.phase === 'finished' || state.phase === 'left') && (
        <p className="rehearsal-busy" role="status">
          Saving the rehearsal…
        </p>
      )}
    </div>
  );
}
