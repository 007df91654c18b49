// One question being answered: the question large, the time box, the answer box and its keys.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { MAX_FIELD } from '../../../../src-main/shared/limits';
import type { RehearsalQuestion } from '../../../../src-main/shared/rehearsal/rehearsal';
import type { TimerView } from '../../../../src-main/shared/rehearsal/rehearsalEngine';
import { AnswerLimit, pasteOverflows } from './answerLimit';
import { Countdown } from './Countdown';
import { KeyLegend } from './KeyLegend';
import { RehearsalExtras } from '../../workbench/rehearsalExtras';
import { MARK_FIRST_QUESTION } from './request';
import { ProbeTurnHeader, type ProbeTurnInfo } from './ProbeTurn';

export interface AskScreenProps {
  sessionId: string;
  question: RehearsalQuestion;
  position: number;
  total: number;
  draft: string;
  timer: TimerView;
  peeked: boolean;
  onType: (text: string) => void;
  onTogglePause: () => void;
  onPeek: () => void;
  onAnswer: () => void;
  onLeave: () => void;
  /** The question heading: Escape from the answer box lands here, where Space, R and Escape act. */
  stageRef: React.RefObject<HTMLHeadingElement | null>;
  /** Set when this turn is a follow-up probe: `question` then carries the probe's words. */
  probe?: ProbeTurnInfo;
  /** Where this turn's recording is kept (the question's place unless a probe). */
  audioPlace?: number;
}

const ASK_KEYS: [string, string][] = [
  ['Ctrl+Enter', 'End the answer'],
  ['Escape', 'Leave the answer box (then Escape again leaves the rehearsal)'],
  ['Space', 'Pause or resume, outside the answer box'],
  ['R', 'Peek at the prepared answer, outside the answer box'],
];

export function AskScreen(props: AskScreenProps) {
  const box = useRef<HTMLTextAreaElement>(null);
  const { question, position, probe } = props;
  useLayoutEffect(() => {
    if (position === 0 && !probe) performance.mark(MARK_FIRST_QUESTION);
  }, [position, probe]);
  // Each new question starts with the caret in the answer box: typing can begin at once.
  useEffect(() => box.current?.focus(), [position]);
  const turnKey = probe ? `${position}-probe` : `${position}`;
  const questionId = `rehearsal-question-${turnKey}`;
  const limitId = `rehearsal-answer-limit-${turnKey}`;
  // The box keeps what fits; a paste cut at the limit is said so, until the next keystroke.
  const [pasteCut, setPasteCut] = useState(false);
  useEffect(() => setPasteCut(false), [position]);
  // The button turns disabled once used, which would drop the focus on the page: the answer goes on
  // in the box, with the prepared answer shown above it.
  const peek = () => {
    props.onPeek();
    box.current?.focus();
  };
  return (
    <section className="rehearsal-ask" aria-labelledby={questionId}>
      {probe ? (
        <>
          <ProbeTurnHeader info={probe} showWhy={false} />
          {!props.timer.running && <p className="rehearsal-progress">Paused</p>}
        </>
      ) : (
        <p className="rehearsal-progress">
          Question {position + 1} of {props.total}
          {props.timer.running ? '' : ' · paused'}
        </p>
      )}
      <h2
        id={questionId}
        ref={props.stageRef}
        tabIndex={-1}
        className="rehearsal-question"
        data-rehearsal-question=""
      >
        {question.text}
      </h2>
      <Countdown timer={props.timer} />
      {props.peeked && (
        <aside className="rehearsal-peek" aria-label="Prepared answer">
          <h3>Prepared answer</h3>
          <p className="rehearsal-pre">
            {question.preparedAnswer || 'There is no prepared answer for this question yet.'}
          </p>
          {question.tip && <p className="rehearsal-muted">Tip: {question.tip}</p>}
        </aside>
      )}
      <textarea
        ref={box}
        className="rehearsal-answer ladder-input"
        aria-label={probe ? 'Your answer to the follow-up' : 'Your answer'}
        aria-describedby={`${questionId} ${limitId}`}
        value={props.draft}
        maxLength={MAX_FIELD}
        onPaste={(e) =>
          setPasteCut(pasteOverflows(e.currentTarget, e.clipboardData.getData('text/plain')))
        }
        onKeyDown={() => setPasteCut(false)}
        onChange={(e) => props.onType(e.target.value)}
        rows={8}
        spellCheck
      />
      <AnswerLimit id={limitId} length={props.draft.length} pasteCut={pasteCut} />
      <RehearsalExtras
        slot="answer-input"
        sessionId={props.sessionId}
        questionId={question.id}
        position={props.audioPlace ?? position}
        phase="asking"
      />
      <div className="rehearsal-actions">
        <button type="button" className="ladder-button" onClick={props.onLeave}>
          Leave rehearsal
        </button>
        <button
          type="button"
          className="ladder-button"
          onClick={props.onTogglePause}
          aria-keyshortcuts="Space"
        >
          {props.timer.running ? 'Pause' : 'Resume'}
        </button>
        <button
          type="button"
          className="ladder-button"
          onClick={peek}
          disabled={props.peeked}
          aria-keyshortcuts="R"
        >
          Peek at prepared answer
        </button>
        <button
          type="button"
          className="ladder-button ladder-button--primary"
          onClick={props.onAnswer}
          aria-keyshortcuts="Control+Enter"
        >
          End answer
        </button>
      </div>
      <KeyLegend keys={ASK_KEYS} />
    </section>
  );
}
