// Which permission a page may have (pure, unit-tested): the microphone for our own page, nothing else.
// The renderer asks for it only when the user presses Record, so granting the request is that consent.

export interface PermissionQuestion {
  permission: string;
  /** What a `media` request wants; a check names a single type (or 'unknown'). */
  mediaTypes: readonly string[];
  /** The requesting frame's origin or URL, whichever Electron gave. */
  origin: string | undefined;
  /** Our own origin, e.g. app://ladder. */
  appOrigin: string;
}

/** Scheme and host of a URL or origin; custom schemes have an opaque `URL.origin`, so compare the parts. */
function schemeAndHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}`.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function isAppOrigin(origin: string | undefined, appOrigin: string): boolean {
  if (!origin) return false;
  const mine = schemeAndHost(appOrigin);
  return mine !== null && schemeAndHost(origin) === mine;
}

/** True only for a `media` permission asking for audio alone, from the app's own origin. */
export function decidePermission({
  permission,
  mediaTypes,
  origin,
  appOrigin,
}: PermissionQuestion): boolean {
  if (permission !== 'media') return false;
  if (mediaTypes.length === 0 || mediaTypes.some((t) => t !== 'audio')) return false;
  return isAppOrigin(origin, appOrigin);
}
