// What the quick input's stand-in box received while the real box's chunk was loading: the text, and
// whether Enter was pressed (the real box then runs its best match, as Enter would have).
export const COMMAND_PREFIX = '>';

let typed: string | null = null;

export function rememberTypedWhileLoading(text: string): void {
  typed = text;
  accepted = false;
}

/** The text typed into the stand-in; null when nothing was typed there. */
export function typedWhileLoading(): string | null {
  return typed;
}

let accepted = false;

export function rememberAcceptWhileLoading(): void {
  accepted = true;
}

export function acceptedWhileLoading(): boolean {
  return accepted;
}

/** Called once the real box has mounted: what the stand-in held is taken over (reads may repeat during render). */
export function clearStandIn(): void {
  typed = null;
  accepted = false;
}
