// The keys of the current screen, always on view: the rehearsal is meant to be run from the keyboard.
// Keys of the whole play-through (keyLegendExtras.ts) follow the screen's own.
import { Kbd } from '../../ui/Kbd';
import { useLegendExtras } from './keyLegendExtras';

export function KeyLegend({ keys }: { keys: [string, string][] }) {
  const extras = useLegendExtras();
  return (
    <dl className="rehearsal-legend" aria-label="Keyboard keys">
      {[...keys, ...extras].map(([key, what]) => (
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
