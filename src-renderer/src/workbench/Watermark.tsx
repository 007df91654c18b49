// What an empty editor area shows: a calm list of the shortcuts that get things going.
import { Kbd } from '../ui/Kbd';
import { getCommand } from './registry';

const SHORTCUTS: { id: string; label: string }[] = [
  { id: 'workbench.commandPalette', label: 'Show all commands' },
  { id: 'workbench.quickOpen', label: 'Go to an entry' },
  { id: 'journal.newAccomplishment', label: 'Write down an accomplishment' },
  { id: 'search.focus', label: 'Find in the journal' },
  { id: 'workbench.toggleSideBar', label: 'Show or hide the side bar' },
];

export function Watermark() {
  const rows = SHORTCUTS.flatMap(({ id, label }) => {
    const binding = getCommand(id)?.keybinding;
    return binding ? [{ id, label, binding }] : [];
  });
  return (
    <div className="watermark">
      <p className="watermark-name" aria-hidden="true">
        Ladder
      </p>
      <dl className="watermark-list" aria-label="Shortcuts">
        {rows.map((row) => (
          <div key={row.id} className="watermark-row">
            <dt>{row.label}</dt>
            <dd>
              <Kbd binding={row.binding} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
