// The import tab: pick Ladder's export (.zip or .json) or a folder of Markdown notes, then see
// what came in and what was left out, and why.
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { refreshEverything } from './dataQueries';
import type { ImportReport } from '../../../../src-main/shared/data/exportFormat';
import { MAX_IMPORT_BYTES } from '../../../../src-main/shared/limits';
import { Codicon } from '../../ui/Codicon';
import { setTabMeta } from '../../workbench/store';
import { inputKey, type EditorPaneProps } from '../../workbench/types';
import { errorCode, errorMessage } from '../../ui/errorMessage';
import { leastRequestBytes, readImportFiles } from './readImportFiles';
import { sendImport } from './sendImport';
import './data.css';

const LABELS: Record<keyof ImportReport['imported'], [string, string]> = {
  entries: ['journal entry', 'journal entries'],
  conversations: ['conversation', 'conversations'],
  skills: ['skill', 'skills'],
  goals: ['goal', 'goals'],
  templates: ['template', 'templates'],
  questions: ['question', 'questions'],
  rehearsals: ['rehearsal', 'rehearsals'],
  recordings: ['voice answer', 'voice answers'],
  practiceCards: ['practice schedule', 'practice schedules'],
  settings: ['setting', 'settings'],
};

// A large import goes in pieces (sendImport.ts), whatever the transport; the whole of it is capped.
const TOO_LARGE =
  `Nothing was imported: this import comes to more than ${MAX_IMPORT_BYTES / (1024 * 1024)} MiB, the most ` +
  'Ladder takes in one import. Import it in parts (fewer notes, or one export file, at a time).';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; sent?: [number, number] }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string };

export function ImportPane({ input }: EditorPaneProps) {
  const key = inputKey(input);
  useEffect(() => setTabMeta(key, { title: 'Import', icon: 'cloud-upload' }), [key]);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const fileId = useId();
  const folderId = useId();

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.target.files ?? [])];
    event.target.value = '';
    if (picked.length === 0) return;
    // Notes are sent as they are: when they alone are past the cap, refuse before reading them.
    if (leastRequestBytes(picked) > MAX_IMPORT_BYTES) {
      setState({ kind: 'failed', message: TOO_LARGE });
      return;
    }
    setState({ kind: 'busy' });
    try {
      const files = await readImportFiles(picked);
      if (files.length === 0) {
        setState({ kind: 'failed', message: 'Those files hold nothing Ladder can import.' });
        return;
      }
      const report = await sendImport(files, (sent, of) =>
        setState({ kind: 'busy', sent: [sent, of] }),
      );
      setState({ kind: 'done', report });
      await refreshEverything();
    } catch (error) {
      const message =
        errorCode(error) === 'payload-too-large'
          ? TOO_LARGE
          : `Nothing was imported: ${errorMessage(error)}`;
      setState({ kind: 'failed', message });
    }
  };

  return (
    <article className="data-import" aria-labelledby={`${fileId}-title`}>
      <h1 id={`${fileId}-title`}>Import</h1>
      <p className="data-import-lead">
        Bring back a Ladder export, or bring in notes from another app. Everything goes in at once
        or not at all, and nothing you already have is overwritten.
      </p>

      <section className="data-import-choice">
        <h2>A Ladder export</h2>
        <p>
          The .zip that “Ladder: Export Everything...” saved, or the ladder-export.json inside it.
          It restores entries, conversations, skills, goals, questions, rehearsals and settings.
        </p>
        <label className="data-import-button" htmlFor={fileId}>
          <Codicon name="file-zip" />
          Choose an export file…
        </label>
        <input
          id={fileId}
          className="data-import-input"
          type="file"
          accept=".zip,.json,.md,.markdown"
          multiple
          disabled={state.kind === 'busy'}
          onChange={onFiles}
        />
      </section>

      <section className="data-import-choice">
        <h2>A folder of Markdown notes</h2>
        <p>
          Notes exported from apps such as Obsidian or Bear (.md and .markdown files). Each note
          becomes a journal entry: the title comes from its front matter <code>title</code>, its
          first heading or its file name; the date from <code>date</code>, a file name that is a
          date (2026-12-01.md) or <code>created</code>, else today; tags from <code>tags</code>; the
          kind from <code>kind</code>, else Reflection. Check lists stay check lists, a{' '}
          <code>[[link]]</code> to another note becomes its text, and embedded files are listed as
          left out. HTML in a note is kept as plain text and never runs. Notes already imported are
          not added twice.
        </p>
        <label className="data-import-button" htmlFor={folderId}>
          <Codicon name="folder-opened" />
          Choose a folder…
        </label>
        <input
          id={folderId}
          className="data-import-input"
          type="file"
          multiple
          disabled={state.kind === 'busy'}
          onChange={onFiles}
          {...{ webkitdirectory: '' }}
        />
      </section>

      <div className="data-import-status" role="status" aria-live="polite">
        {state.kind === 'busy' && (
          <p>
            {state.sent && state.sent[0] < state.sent[1]
              ? `Sending… (${state.sent[0]} of ${state.sent[1]})`
              : 'Importing…'}
          </p>
        )}
        {state.kind === 'done' && <ReportView report={state.report} />}
      </div>
      {state.kind === 'failed' && (
        <p className="data-import-error" role="alert">
          {state.message}
        </p>
      )}
    </article>
  );
}

function ReportView({ report }: { report: ImportReport }) {
  const counts = (Object.keys(LABELS) as (keyof ImportReport['imported'])[]).filter(
    (k) => report.imported[k] > 0,
  );
  const here = report.alreadyHere;
  return (
    <section className="data-import-report" aria-label="Import report">
      <h2>{counts.length === 0 ? 'Nothing new was imported' : 'Imported'}</h2>
      {counts.length > 0 && (
        <ul>
          {counts.map((k) => {
            const n = report.imported[k];
            return <li key={k}>{`${n} ${LABELS[k][n === 1 ? 0 : 1]}`}</li>;
          })}
        </ul>
      )}
      {here > 0 && (
        <p>{`${here} ${here === 1 ? 'journal entry was' : 'journal entries were'} already in your journal, so ${here === 1 ? 'it was' : 'they were'} not added again.`}</p>
      )}
      {report.changed.length > 0 && (
        <>
          <h2>Imported with a change ({report.changed.length})</h2>
          <ul>
            {report.changed.map((c, i) => (
              <li key={i}>
                {c.file}: {c.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.skipped.length > 0 && (
        <>
          <h2>Left out ({report.skipped.length})</h2>
          <table className="data-import-skipped">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">What</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {report.skipped.map((s, i) => (
                <tr key={i}>
                  <td>{s.file}</td>
                  <td>{s.item ?? 'the whole file'}</td>
                  <td>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
