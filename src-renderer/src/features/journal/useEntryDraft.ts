// The draft of one journal document (entry or profile page): edits, autosave, tab title and status.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditorDocument } from '../../editor/RichTextEditor';
import type { Entry } from '../../../../src-main/shared/domain';
import { isProfilePage, kindIcon, kindLabel } from '../../../../src-main/shared/journal/entryKinds';
import { countWords, plainTextFromLexical } from '../../../../src-main/shared/journal/plainText';
import { notify, setTabMeta, setTabStatus } from '../../workbench/store';
import { useAutosave } from '../../ui/save/useAutosave';
import { useDraft } from '../../ui/save/useDraft';
import { notSavedNotice } from '../../ui/errorMessage';
import { entryRead, putStoredEntry, saveEntry } from './journalQueries';
import type { SaveProblem } from '../../ui/SaveProblemNotice';
import { entryChanges, entryText } from './entryConflict';
import { bumpReload } from './focusRequests';
import { createIdleRunner } from '../../ui/idle';

/** The body's word count follows the typing this long after it pauses (and when the page is idle). */
const BODY_WORDS_QUIET_MS = 300;

export interface Draft {
  id: string;
  title: string;
  date: string;
  fields: Record<string, string>;
  body: string;
  tags: string[];
}

// Orders this page's saves for the store: a save sent as the page unloads can overtake one in flight.
let saveSeq = 0;

/**
 * `session` is one opening of the document (a tab stays mounted while open): the store keeps the
 * previous state as a version at the first change of each session. `baseVersion` is the entry's
 * version the draft was based on: another opening's save since is refused as a conflict.
 */
export async function saveDraft(
  draft: Draft,
  checkpoint: boolean,
  session: string,
  baseVersion?: number,
): Promise<Entry> {
  const order = { session, seq: ++saveSeq };
  return saveEntry({ ...draft, checkpoint, ...order, ...(baseVersion ? { baseVersion } : {}) });
}

export function draftOf(entry: Entry): Draft {
  const { id, title, date, fields, body, tags } = entry;
  return { id, title, date, fields: { ...fields }, body, tags: [...tags] };
}

/** An entry's title is the person's own words; a profile page's is the fixed page name, not counted. */
export function draftWords(draft: Draft, kind: Entry['kind']): number {
  return headWords(draft, kind) + countWords(plainTextFromLexical(draft.body));
}

/** The words outside the body (title and the kind's fields): cheap, so counted as typed. */
function headWords(draft: Pick<Draft, 'title' | 'fields'>, kind: Entry['kind']): number {
  const title = isProfilePage(kind) ? [] : [draft.title];
  return countWords([...title, ...Object.values(draft.fields)].join('\n'));
}

export function displayTitle(entry: Pick<Entry, 'title' | 'kind'>): string {
  return entry.title.trim() || `Untitled ${kindLabel(entry.kind).toLowerCase()}`;
}

export function useEntryDraft(entry: Entry, tabKey: string) {
  const [session] = useState(() => crypto.randomUUID());
  // The version the draft is based on. Another tab's save since is a conflict: the entry is read
  // again and the person chooses, with their text kept in view meanwhile.
  const base = useRef(entry.version);
  const onFailure = useCallback((error: unknown) => {
    notify('error', notSavedNotice('Your latest changes are not saved yet', error));
  }, []);
  const { draft, update, updateLazily, flush, status, conflict, applyMine, keepTheirs } = useDraft({
    initial: (): Draft => draftOf(entry),
    useSaver: (save) => useAutosave<Draft>({ tabKey, save, onFailure }),
    save: async (d, o) => {
      const saved = await saveDraft(d, o.checkpoint, session, base.current);
      base.current = Math.max(base.current, saved.version);
    },
    reread: (d): Promise<Entry | null> => entryRead.fresh({ id: d.id }),
    onUseMine: (theirs) => {
      base.current = theirs.version;
    },
    onKeepTheirs: (theirs) => {
      // The editor opens again on the stored entry (the body editor starts from its text).
      putStoredEntry(theirs);
      bumpReload(theirs.id);
    },
  });
  const problem: SaveProblem | null = conflict && {
    kind: 'conflict',
    what: 'This entry',
    changes: entryChanges(entry.kind, draftOf(conflict), draft),
    mine: entryText(entry.kind, draft),
  };

  // The body is neither serialised nor counted per keystroke (a long entry would make typing lag):
  // the editor's document goes to the draft lazily (read when saved) and is counted once typing pauses.
  const [bodyWords, setBodyWords] = useState(() => countWords(plainTextFromLexical(entry.body)));
  const [counter] = useState(() => createIdleRunner(BODY_WORDS_QUIET_MS));
  useEffect(() => () => counter.cancel(), [counter]);
  const updateBody = useCallback(
    (doc: EditorDocument) => {
      updateLazily('body', doc.json);
      counter.schedule(() => setBodyWords(countWords(doc.text())));
    },
    [updateLazily, counter],
  );
  const head = useMemo(
    () => headWords({ title: draft.title, fields: draft.fields }, entry.kind),
    [draft.title, draft.fields, entry.kind],
  );
  const words = head + bodyWords;
  const title = displayTitle({ title: draft.title, kind: entry.kind });
  useEffect(() => {
    setTabMeta(tabKey, { title, icon: kindIcon(entry.kind), dirty: status.dirty });
  }, [tabKey, title, entry.kind, status.dirty]);
  useEffect(() => {
    // A profile page is a living document: its date is when it was made, not worth a place in the status bar.
    const date = isProfilePage(entry.kind) ? undefined : draft.date;
    setTabStatus(tabKey, { saveState: status.saveState, message: status.message, words, date });
  }, [tabKey, status.saveState, status.message, words, draft.date, entry.kind]);

  return { draft, update, updateBody, flush, status, problem, applyMine, keepTheirs };
}
