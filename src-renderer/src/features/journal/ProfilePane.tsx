// Editor type 'profile' (id = page): a living page, with skills or goals above the body where fitting.
import { isProfilePage, PROFILE_SPECS } from '../../../../src-main/shared/journal/entryKinds';
import type { Entry } from '../../../../src-main/shared/domain';
import { RichTextEditor } from '../../editor/RichTextEditor';
import type { EditorPaneProps } from '../../workbench/types';
import { inputKey } from '../../workbench/types';
import { SkillsTable } from './SkillsTable';
import { GoalsList } from './GoalsList';
import { useEntryDraft } from './useEntryDraft';
import { SaveProblemNotice } from '../../ui/SaveProblemNotice';
import { useReloads } from './focusRequests';
import { errorMessage } from '../../ui/errorMessage';
import { profileRead } from './journalQueries';

export function ProfilePane({ input, reveal }: EditorPaneProps) {
  const page = isProfilePage(input.id) ? input.id : 'values';
  const entry = profileRead.use({ page });
  const reload = useReloads((s) => (entry.data ? (s.byId[entry.data.id] ?? 0) : 0));
  if (entry.isPending) return <p className="ladder-pane-message">Opening the page…</p>;
  if (entry.isError) {
    return (
      <p className="ladder-pane-message" role="alert">
        This page could not be opened: {errorMessage(entry.error)}
      </p>
    );
  }
  return (
    <ProfileEditor
      key={`${entry.data.id}:${reload}`}
      entry={entry.data}
      tabKey={inputKey(input)}
      reveal={reveal}
    />
  );
}

function ProfileEditor({
  entry,
  tabKey,
  reveal,
}: {
  entry: Entry;
  tabKey: string;
  reveal: string | null;
}) {
  const page = isProfilePage(entry.kind) ? entry.kind : 'values';
  const spec = PROFILE_SPECS[page];
  const { updateBody, flush, problem, applyMine, keepTheirs } = useEntryDraft(
    { ...entry, title: entry.title || spec.label },
    tabKey,
  );
  return (
    <div className="ladder-entry ladder-profile" role="region" aria-label={spec.label}>
      <header className="ladder-entry__header">
        <span className="ladder-kind-badge">
          <span className={`codicon codicon-${spec.icon}`} aria-hidden="true" />
          Profile
        </span>
      </header>
      <h1 className="ladder-profile__title">{spec.label}</h1>
      <p className="ladder-profile__prompt">{spec.prompt}</p>
      {problem && (
        <SaveProblemNotice problem={problem} onUseMine={applyMine} onKeepTheirs={keepTheirs} />
      )}
      {page === 'skills' && <SkillsTable />}
      {page === 'goals' && <GoalsList />}
      <div className="ladder-entry__body">
        <RichTextEditor
          initialState={entry.body}
          onDocumentChange={updateBody}
          onBlur={flush}
          ariaLabel={`${spec.label} notes`}
          placeholder={spec.prompt}
          reveal={reveal}
        />
      </div>
    </div>
  );
}
