// What a journal entry's conflict notice shows: the parts of the entry where the stored version
// (changed in another tab or window) and the unsaved draft differ, and the draft as plain text.
import { isEntryKind, KIND_SPECS } from '../../../../src-main/shared/journal/entryKinds';
import type { DocumentKind } from '../../../../src-main/shared/domain';
import { plainTextFromLexical } from '../../../../src-main/shared/journal/plainText';
import type { FieldChange } from '../../ui/SaveProblemNotice';

export interface EntryText {
  title: string;
  date: string;
  fields: Record<string, string>;
  body: string;
  tags: string[];
}

function parts(kind: DocumentKind, d: EntryText): { label: string; text: string }[] {
  const specs = isEntryKind(kind) ? KIND_SPECS[kind].fields : [];
  const keys = [...new Set([...specs.map((s) => s.key), ...Object.keys(d.fields)])];
  return [
    { label: 'Title', text: d.title },
    { label: 'Date', text: d.date },
    ...keys.map((key) => ({
      label: specs.find((s) => s.key === key)?.label ?? key,
      text: d.fields[key] ?? '',
    })),
    { label: 'Tags', text: d.tags.join(', ') },
    { label: 'Body', text: plainTextFromLexical(d.body) },
  ];
}

export function entryChanges(
  kind: DocumentKind,
  theirs: EntryText,
  mine: EntryText,
): FieldChange[] {
  const stored = parts(kind, theirs);
  return parts(kind, mine)
    .map((p, i) => ({ label: p.label, theirs: stored[i]?.text ?? '', mine: p.text }))
    .filter((c) => c.theirs !== c.mine);
}

/** Everything typed, labelled, for the kept-text box and Copy. */
export function entryText(kind: DocumentKind, d: EntryText): string {
  return parts(kind, d)
    .filter((p) => p.text.trim() !== '')
    .map((p) => (p.label === 'Body' ? `\n${p.text}` : `${p.label}: ${p.text}`))
    .join('\n');
}
