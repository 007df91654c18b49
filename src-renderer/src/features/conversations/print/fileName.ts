// A download name from a conversation title: no path separators, no control or reserved characters.
const MAX_BASE = 100;

export function safeFileName(title: string, extension: string): string {
  const base = title
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_BASE)
    .replace(/[.\s]+$/, '');
  return `${base || 'Agenda'}.${extension}`;
}
