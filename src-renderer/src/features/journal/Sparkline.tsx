// A tiny line of past ratings, oldest to newest, with a spoken summary.
import type { SkillRating } from '../../../../src-main/shared/domain';

export function sparklineSummary(name: string, history: readonly SkillRating[]): string {
  if (history.length === 0) return `${name}: not rated yet`;
  const ordered = [...history].sort((a, b) => a.ratedAt - b.ratedAt);
  const values = ordered.map((h) => h.rating);
  return `${name}: ${values.length} rating${values.length === 1 ? '' : 's'}, from ${values[0]} to ${values[values.length - 1]} out of 5`;
}

export function Sparkline({ name, history }: { name: string; history: readonly SkillRating[] }) {
  const ordered = [...history].sort((a, b) => a.ratedAt - b.ratedAt).slice(-12);
  const width = 60;
  const height = 16;
  const step = ordered.length > 1 ? width / (ordered.length - 1) : 0;
  const y = (rating: number) => height - 2 - ((rating - 1) / 4) * (height - 4);
  const points = ordered
    .map((h, i) => `${(i * step).toFixed(1)},${y(h.rating).toFixed(1)}`)
    .join(' ');
  return (
    <svg
      className="ladder-sparkline"
      role="img"
      aria-label={sparklineSummary(name, history)}
      width={width}
      height={height}
      viewBox={`-2 0 ${width + 4} ${height}`}
    >
      {ordered.length > 1 && (
        <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
      )}
      {ordered.map((h, i) => (
        <circle key={h.ratedAt} cx={i * step} cy={y(h.rating)} r="1.8" fill="currentColor" />
      ))}
    </svg>
  );
}
