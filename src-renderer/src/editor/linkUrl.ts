// Which link targets the journal accepts. Everything else (javascript:, data:, file:, vbscript:…) is refused,
// whatever path the link came in by: the dialog, a paste, a Markdown shortcut or stored JSON. Links to
// another entry (`ladder:entry/<id>`, see entryLinks.ts) are accepted in exactly that form.
import { entryIdFromLink } from '../../../src-main/shared/journal/entryLinks';

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** True when `url` parses as an absolute URL with an allowed protocol. */
export function isAllowedLinkUrl(url: string): boolean {
  if (entryIdFromLink(url.trim()) !== null) return true;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
}

/**
 * Turns what a person types into a link target: a bare `example.com/x` becomes `https://example.com/x`,
 * a bare address becomes `mailto:`. Returns null when the result is not an allowed URL.
 */
export function normaliseLinkInput(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  let candidate = text;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    candidate = /^[^@/]+@[^@/]+\.[^@/]+$/.test(text)
      ? `mailto:${text}`
      : `https://${text.replace(/^\/+/, '')}`;
  }
  return isAllowedLinkUrl(candidate) ? candidate : null;
}
