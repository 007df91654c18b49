// Rehearsals over time (a conversation's, one kind's, or all of them): bars for the share of answers graded Good or Easy, a line
// for the average time per answer. Drawn by hand in SVG; the same numbers are in a table below it.
import type { SessionSummary } from '../../../../src-main/shared/rehearsal/rehearsal';
import { clockText, dateTimeText } from './format';

const W = 480;
const H = 160;
const PAD = { left: 36, right: 36, top: 12, bottom: 24 };
/** More labels than this under the bars would run into each other. */
const MAX_LABELS = 8;

let dayFormat: Intl.DateTimeFormat | null = null;
let timeFormat: Intl.DateTimeFormat | null = null;

/** Under each bar: its day, or its time where the bar before it was the same day. */
export function axisLabels(startedAt: readonly number[]): string[] {
  dayFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  timeFormat ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
  const days = startedAt.map((t) => dayFormat!.format(t));
  const every = Math.ceil(startedAt.length / MAX_LABELS);
  return startedAt.map((t, i) => {
    if (i % every !== 0) return '';
    return i > 0 && days[i] === days[i - every] ? timeFormat!.format(t) : (days[i] ?? '');
  });
}

export function describeTrend(sessions: SessionSummary[]): string {
  const done = sessions.filter((s) => s.answered > 0);
  if (done.length === 0) return 'No answered rehearsals yet.';
  const first = done[0] as SessionSummary;
  const last = done.at(-1) as SessionSummary;
  const share = (s: SessionSummary) => Math.round((s.goodOrEasy / s.answered) * 100);
  if (done.length === 1)
    return `One rehearsal so far: ${share(first)}% of answers graded Good or Easy.`;
  return `${done.length} rehearsals: answers graded Good or Easy went from ${share(first)}% to ${share(last)}%; average time from ${clockText(first.averageTimeMs ?? 0)} to ${clockText(last.averageTimeMs ?? 0)}.`;
}

export function ProgressChart({
  sessions,
  caption = 'This conversation’s rehearsals over time',
}: {
  /** Oldest first. */
  sessions: SessionSummary[];
  caption?: string;
}) {
  const points = sessions.filter((s) => s.answered > 0).slice(-20);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const maxTime = Math.max(1, ...points.map((p) => p.averageTimeMs ?? 0));
  const step = innerW / Math.max(1, points.length);
  const x = (i: number) => PAD.left + step * i + step / 2;
  const yShare = (p: SessionSummary) => PAD.top + innerH * (1 - p.goodOrEasy / p.answered);
  const yTime = (p: SessionSummary) => PAD.top + innerH * (1 - (p.averageTimeMs ?? 0) / maxTime);
  const line = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${yTime(p).toFixed(1)}`)
    .join(' ');
  const labels = axisLabels(points.map((p) => p.startedAt));
  return (
    <figure className="rehearsal-chart">
      <figcaption>{caption}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={describeTrend(sessions)}
        className="rehearsal-chart__svg"
      >
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={PAD.top + innerH}
          y2={PAD.top + innerH}
          className="rehearsal-chart__axis"
        />
        <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end" className="rehearsal-chart__label">
          100%
        </text>
        <text
          x={PAD.left - 4}
          y={PAD.top + innerH}
          textAnchor="end"
          className="rehearsal-chart__label"
        >
          0%
        </text>
        <text x={W - PAD.right + 4} y={PAD.top + 8} className="rehearsal-chart__label">
          {clockText(maxTime)}
        </text>
        {points.map((p, i) => (
          <rect
            key={p.id}
            x={x(i) - step * 0.3}
            width={step * 0.6}
            y={yShare(p)}
            height={PAD.top + innerH - yShare(p)}
            className="rehearsal-chart__bar"
          >
            <title>{`${dateTimeText(p.startedAt)}: ${Math.round((p.goodOrEasy / p.answered) * 100)}% Good or Easy, ${p.averageTimeMs === null ? 'no time' : clockText(p.averageTimeMs)} per answer`}</title>
          </rect>
        ))}
        {labels.map((label, i) =>
          label ? (
            <text
              key={`${points[i]!.id}-x`}
              x={x(i)}
              y={H - 8}
              textAnchor="middle"
              className="rehearsal-chart__label"
            >
              {label}
            </text>
          ) : null,
        )}
        {points.length > 1 && <path d={line} className="rehearsal-chart__line" />}
        {points.map((p, i) => (
          <circle
            key={`${p.id}-t`}
            cx={x(i)}
            cy={yTime(p)}
            r={3}
            className="rehearsal-chart__dot"
          />
        ))}
      </svg>
      <p className="rehearsal-chart__key">
        <span className="rehearsal-chart__swatch rehearsal-chart__swatch--bar" aria-hidden="true" />{' '}
        Share graded Good or Easy{' '}
        <span
          className="rehearsal-chart__swatch rehearsal-chart__swatch--line"
          aria-hidden="true"
        />{' '}
        Average time per answer
      </p>
      <details>
        <summary>Show the numbers</summary>
        <table className="rehearsal-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Answered</th>
              <th scope="col">Good or Easy</th>
              <th scope="col">Average time</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id}>
                <td>{dateTimeText(p.startedAt)}</td>
                <td>{p.answered}</td>
                <td>{p.goodOrEasy}</td>
                <td>{p.averageTimeMs === null ? '—' : clockText(p.averageTimeMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
