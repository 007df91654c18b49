// Keys typed between a command and the field it opens: a new entry is written first and its pane
// mounts after, a few hundred milliseconds in which the first words typed went nowhere (or into the
// pane that had focus before). They are held here and given to the field when it takes focus.

export interface HeldKeys {
  /** Stops holding; the text typed so far (Backspace applied). */
  stop(): string;
}

/** Past this, or at a click, the person has moved on: keys go where they normally would. */
const HOLD_LIMIT_MS = 5000;

export function holdTypedKeys(): HeldKeys {
  let typed: string[] = [];
  let holding = true;
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (e.key === 'Backspace') {
      if (typed.length === 0) return;
      typed = typed.slice(0, -1);
    } else if ([...e.key].length === 1) {
      typed.push(e.key);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const release = () => {
    if (!holding) return;
    holding = false;
    clearTimeout(timer);
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('pointerdown', release, true);
  };
  const timer = setTimeout(release, HOLD_LIMIT_MS);
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('pointerdown', release, true);
  return {
    stop: () => {
      release();
      return typed.join('');
    },
  };
}
