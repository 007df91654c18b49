// Whether a key press belongs to the text being typed (the play-through's keys step aside for it).

/** True when the key press is typing: in a text box, the keys belong to the text. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'TEXTAREA' ||
      target.tagName === 'SELECT' ||
      (target.tagName === 'INPUT' &&
        !['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type)) ||
      target.isContentEditable)
  );
}
