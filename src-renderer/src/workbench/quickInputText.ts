// What the quick input's stand-in box received while the real box's chunk was loading.
export const COMMAND_PREFIX = '>';

let typed: string | null = null;

export function rememberTypedWhileLoading(text: string): void {
  typed = text;
}

/** The text typed into the stand-in, once; null when nothing was typed there. */
export function takeTypedWhileLoading(): string | null {
  const text = typed;
  typed = null;
  return text;
}
