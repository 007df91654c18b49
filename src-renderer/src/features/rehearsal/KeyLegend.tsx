// The keys of the current screen, always on view: the rehearsal is meant to be run from the keyboard.
import { Kbd } from '../../ui/Kbd';

export function KeyLegend({ keys }: { keys: [string, string][] }) {
  return (
    <dl className="rehearsal-legend" aria-label="Keyboard keys">
      {keys.map(([key, what]) => (
        <div key={key} className="rehearsal-legend__item">
          <dt>
            <Kbd binding={key} />
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}
