// Keys typed between a command and the field it opens: a new entry is written first and its pane
// mounts after, a few hundred milliseconds in which the first words typed went nowhere (or into the
// pane that had focus before). They are held here and given to the field when it takes focus.

export interface HeldKeys {
  /** Stops holding; the text typed or pasted so far (Backspace applied). */
  stop(): string;
}

/** Past this, or at a click, the person has moved on: keys go where they normally would. */
const HOLD_LIMIT_MS = 5000;

/** Without the last character (a surrogate pair is one). */
const dropLast = (text: string) => text.slice(0, /[\uDC00-\uDFFF]$/.test(text) ? -2 : -1);

export function holdTypedKeys(): HeldKeys {
  let typed = '';
  let holding = true;
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (e.key === 'Backspace') {
      if (typed === '') return;
      typed = dropLast(typed);
    } else if ([...e.key].length === 1) {
      typed += e.key;
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };
  // A title is one line: the pasted lines are joined, as a text field does.
  const onPaste = (e: ClipboardEvent) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text === '') return;
    typed += text.replace(/[\r\n]+/g, ' ');
    e.preventDefault();
    e.stopPropagation();
  };
  const release = () => {
    if (!holding) return;
    holding = false;
    clearTimeout(timer);
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('paste', onPaste, true);
    window.removeEventListener('pointerdown', release, true);
  };
  const timer = setTimeout(release, HOLD_LIMIT_MS);
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('paste', onPaste, true);
  window.addEventListener('pointerdown', release, true);
  return {
    stop: () => {
      release();
      return typed;
    },
  };
}

/**
 * For a command that failed: the words held were typed nowhere else, so its message shows them
 * (to copy) instead of dropping them. Empty when nothing but spaces was held.
 */
export function heldTextNote(text: string): string {
  return text.trim() === '' ? '' : ` What you typed: “${text}”`;
}
