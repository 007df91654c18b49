// Which links may leave the app, and only after the person confirms (pure, unit-tested).
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** The confirm button of the shell's "leave the app" question: a mail link opens the mail app. */
export function externalLinkButton(url: string): string {
  return url.toLowerCase().startsWith('mailto:') ? 'Open mail app' : 'Open in browser';
}
