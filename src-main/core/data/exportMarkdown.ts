// The export's readable copies: one Markdown file per journal entry and per conversation, front
// matter for the fields, the body converted from the stored Lexical JSON.
import { agendaMarkdown } from '../../shared/conversations/agendaText';
import type { ConversationDoc } from '../../shared/conversations/conversations';
import type { ExportEntry } from '../../shared/data/exportFormat';
import { markdownFromLexical, type EntryTitleOf } from '../../shared/data/lexicalMarkdown';
import { writeFrontMatter } from './frontMatter';

/** A file-name part from a title: letters and digits of any script, dashes between words, short. */
export function slug(title: string): string {
  const words = title
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}\p{M}]+/gu);
  const joined = (words ?? []).join('-');
  // Cut by code points so no emoji or accent is split in half.
  return Array.from(joined).slice(0, 60).join('').replace(/-+$/, '') || 'untitled';
}

/** Gives every path a unique name (`-2`, `-3`… before the extension) within one export. */
export function uniquePaths(): (path: string) => string {
  const used = new Set<string>();
  return (path) => {
    const dot = path.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
    let candidate = path;
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${stem}-${n}${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
}

function isoTime(ms: number | null): string | undefined {
  return ms === null ? undefined : new Date(ms).toISOString();
}

/** `titleOf` names the entries of the same export, so links to them are written as `[[Title]]`. */
export function entryMarkdown(e: ExportEntry, titleOf?: EntryTitleOf): string {
  const front = writeFrontMatter({
    id: e.id,
    kind: e.kind,
    title: e.title,
    date: e.date,
    tags: e.tags,
    ...e.fields,
    created: isoTime(e.createdAt),
    updated: isoTime(e.updatedAt),
    trashed: isoTime(e.deletedAt),
  });
  const body = markdownFromLexical(e.body, titleOf);
  return `${front}\n${body === '' ? '' : `${body}\n`}`;
}

export function conversationMarkdown(doc: ConversationDoc): string {
  const c = doc.conversation;
  const front = writeFrontMatter({
    id: c.id,
    type: 'conversation',
    title: c.title,
    person: c.personName || undefined,
    role: c.personRole || undefined,
    kind: c.kind,
    status: c.status,
    starts: c.startsAt ?? undefined,
    timeZone: c.timeZone ?? undefined,
    durationMinutes: c.durationMin,
    followUp: c.followUpDate ?? undefined,
    heldOn: c.heldOn ?? undefined,
    trashed: isoTime(c.deletedAt),
  });
  const parts = [agendaMarkdown(doc, 'mine').trimEnd()];
  const notes = markdownFromLexical(c.notes);
  if (notes !== '') parts.push(`## Notes\n\n${notes}`);
  const agreed = c.agreed.trimStart().startsWith('{') ? markdownFromLexical(c.agreed) : c.agreed;
  if (agreed.trim() !== '') parts.push(`## Agreed\n\n${agreed}`);
  return `${front}\n${parts.join('\n\n')}\n`;
}

/** `journal/2026-11-21-shipped-the-report.md`; profile pages go to `profile/values.md`. */
export function entryPath(e: ExportEntry): string {
  const profile = ['values', 'mission', 'strengths', 'skills', 'goals'].includes(e.kind);
  return profile
    ? `markdown/profile/${e.kind}.md`
    : `markdown/journal/${e.date}-${slug(e.title)}.md`;
}

export function conversationPath(doc: ConversationDoc): string {
  const c = doc.conversation;
  const date = c.startsAt?.slice(0, 10) ?? new Date(c.createdAt).toISOString().slice(0, 10);
  return `markdown/conversations/${date}-${slug(c.title || c.personName)}.md`;
}
