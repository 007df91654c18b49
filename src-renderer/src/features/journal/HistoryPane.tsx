// Editor type 'history' (id = entry id): past versions, each compared with the text now, and restore.
import { useEffect, useState } from 'react';
import { isEntryKind } from '../../../../src-main/shared/journal/entryKinds';
import { entryRead, historyRead, restoreRevision, revisionRead } from './journalQueries';
import { notify, openEditor, setTabMeta } from '../../workbench/store';
import type { EditorPaneProps } from '../../workbench/types';
import { inputKey } from '../../workbench/types';
import { confirmDialog } from '../../ui/confirm';
import { bumpReload } from './focusRequests';
import { errorMessage } from '../../ui/errorMessage';
import { displayTitle } from './useEntryDraft';
import { comparedText, VersionDiff } from './VersionDiff';

function when(millis: number): string {
  return new Date(millis).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function words(count: number): string {
  return count === 1 ? '1 word' : `${count} words`;
}

export function HistoryPane({ input }: EditorPaneProps) {
  const id = input.id;
  const entry = entryRead.use({ id });
  const revisions = historyRead.use({ id });
  const [selected, setSelected] = useState<number | null>(null);
  const title = entry.data ? displayTitle(entry.data) : 'Entry';
  useEffect(() => {
    setTabMeta(inputKey(input), { title: `History: ${title}`, icon: 'history', dirty: false });
  }, [input, title]);

  const list = revisions.data ?? [];
  const current = selected ?? list[0]?.id ?? null;
  return (
    <div className="ladder-history" role="region" aria-label={`History of ${title}`}>
      <div className="ladder-history__list">
        <h1 className="ladder-history__heading" dir="auto">
          Versions of {title}
        </h1>
        {revisions.isSuccess && list.length === 0 && (
          <p className="ladder-empty">
            No earlier versions yet. Ladder keeps the text as it was when you come back to an entry
            and change it, before you replace most of it, and every ten minutes while you write.
          </p>
        )}
        <ul role="listbox" aria-label="Versions" className="ladder-tree">
          {list.map((r) => (
            <li
              key={r.id}
              role="option"
              aria-selected={r.id === current}
              tabIndex={r.id === current ? 0 : -1}
              className={`ladder-tree__row${r.id === current ? ' is-selected' : ''}`}
              onClick={() => setSelected(r.id)}
              onKeyDown={(e) => {
                const index = list.findIndex((x) => x.id === r.id);
                const next =
                  e.key === 'ArrowDown'
                    ? list[index + 1]
                    : e.key === 'ArrowUp'
                      ? list[index - 1]
                      : undefined;
                if (next) {
                  e.preventDefault();
                  setSelected(next.id);
                  (
                    e.currentTarget.parentElement?.children[list.indexOf(next)] as
                      HTMLElement | undefined
                  )?.focus();
                }
              }}
            >
              <span className="ladder-tree__title">{when(r.createdAt)}</span>
              <span className="ladder-tree__date">{words(r.wordCount)}</span>
            </li>
          ))}
        </ul>
      </div>
      {current !== null && <RevisionPreview entryId={id} revisionId={current} />}
    </div>
  );
}

function RevisionPreview({ entryId, revisionId }: { entryId: string; revisionId: number }) {
  const revision = revisionRead.use({ revisionId });
  const entry = entryRead.use({ id: entryId });
  if (!revision.data) return <p className="ladder-pane-message">Loading the version…</p>;
  const r = revision.data;
  const restore = async () => {
    const ok = await confirmDialog({
      title: 'Restore this version?',
      message: `The entry will go back to how it was on ${when(r.createdAt)}. What it holds now is kept as a version too.`,
      confirmLabel: 'Restore',
    });
    if (!ok) return;
    try {
      const restored = await restoreRevision({ id: entryId, revisionId: r.id });
      bumpReload(entryId);
      openEditor({
        type: isEntryKind(restored.kind) ? 'entry' : 'profile',
        id: isEntryKind(restored.kind) ? entryId : restored.kind,
      });
    } catch (error) {
      notify('error', `Could not restore the version: ${errorMessage(error)}`);
    }
  };
  const now = entry.data;
  return (
    <article className="ladder-history__preview" aria-label={`Version of ${when(r.createdAt)}`}>
      <div className="ladder-history__actions">
        <span>
          {when(r.createdAt)} · {words(r.wordCount)}
        </span>
        <button type="button" className="ladder-button ladder-button--primary" onClick={restore}>
          Restore this version
        </button>
      </div>
      <h2 dir="auto">{r.title || 'Untitled'}</h2>
      {now && now.title !== r.title && isEntryKind(now.kind) && (
        <p className="ladder-history__then" dir="auto">
          Title now: {now.title || 'Untitled'}
        </p>
      )}
      {now && isEntryKind(now.kind) && r.date !== now.date && (
        <p className="ladder-history__then">Date in this version: {r.date}</p>
      )}
      {now && r.tags.join('\n') !== now.tags.join('\n') && (
        <p className="ladder-history__then">
          Tags in this version: {r.tags.length > 0 ? r.tags.join(', ') : 'none'}
        </p>
      )}
      {now ? (
        <VersionDiff before={comparedText(now.kind, r)} after={comparedText(now.kind, now)} />
      ) : (
        <p className="ladder-pane-message">Loading the entry…</p>
      )}
    </article>
  );
}
