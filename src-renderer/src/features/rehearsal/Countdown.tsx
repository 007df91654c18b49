// The time box: a visible bar and the time left. Announcements go through the play-through's live region.
import type { TimerView } from '../../../../src-main/shared/rehearsal/rehearsalEngine';
import { clockText, spokenDuration } from './format';

export function Countdown({ timer }: { timer: TimerView }) {
  const percent = Math.round(Math.min(1, timer.fraction) * 100);
  const low = timer.remainingMs <= 15_000;
  return (
    <div className={`rehearsal-countdown${low ? ' rehearsal-countdown--low' : ''}`}>
      <div
        className="rehearsal-countdown__bar"
        role="progressbar"
        aria-label="Time used"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${spokenDuration(timer.remainingMs)} left`}
      >
        <div className="rehearsal-countdown__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="rehearsal-countdown__time" aria-hidden="true">
        {clockText(timer.remainingMs, true)}
        {timer.running ? '' : ' · paused'}
      </span>
    </div>
  );
}
