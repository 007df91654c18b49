// Editor type 'conversation': the registered sections stacked in order, sharing one save group.
// A conversation trashed or deleted while open closes its tab quietly.
import { Suspense, useEffect, useId } from 'react';
import type { EditorPaneProps } from '../../workbench/types';
import { inputKey } from '../../workbench/types';
import { useApi } from '../../api/query';
import { closeEditor, setTabMeta } from '../../workbench/store';
import { errorCode, errorMessage } from '../journal/errorMessage';
import { SaveGroupContext, useSaveGroupForTab } from './saveGroup';
import { getConversationSections, type ConversationSection } from './sections';

export function ConversationPane({ input, active }: EditorPaneProps) {
  const tabKey = inputKey(input);
  const doc = useApi('conversations.get', { id: input.id });
  const group = useSaveGroupForTab(tabKey);
  const gone =
    (doc.isError && errorCode(doc.error) === 'not-found') || (doc.data !== undefined && doc.data.conversation.deletedAt !== null);
  const title = doc.data ? doc.data.conversation.title.trim() || 'Untitled conversation' : null;

  useEffect(() => {
    if (title !== null) setTabMeta(tabKey, { title, icon: 'comment-discussion' });
  }, [tabKey, title]);

  useEffect(() => {
    if (!gone) return;
    // Nothing left to save into: drop pending edits rather than fail on them, then close.
    group.abandon();
    void closeEditor(tabKey);
  }, [gone, group, tabKey]);

  if (gone) return null;
  if (doc.isPending) {
    return (
      <div className="ladder-conv-pane" aria-busy="true">
        <p className="ladder-pane-message">Opening the conversation…</p>
      </div>
    );
  }
  if (doc.isError) {
    return (
      <p className="ladder-pane-message" role="alert">
        This conversation could not be opened: {errorMessage(doc.error)}
      </p>
    );
  }
  return (
    <SaveGroupContext.Provider value={group}>
      <div className="ladder-conv-pane" aria-busy="false" aria-label={`Conversation: ${title ?? ''}`} role="region">
        {getConversationSections().map((section) => (
          <Section key={section.id} section={section} conversationId={input.id} active={active} />
        ))}
      </div>
    </SaveGroupContext.Provider>
  );
}

function Section({ section, conversationId, active }: { section: ConversationSection; conversationId: string; active: boolean }) {
  const headingId = useId();
  const Component = section.component;
  return (
    <section className="ladder-conv-section" aria-labelledby={headingId} data-section={section.id}>
      <h2 id={headingId} className="ladder-conv-section__title">
        {section.title}
      </h2>
      <Suspense fallback={<p className="ladder-pane-message">Loading…</p>}>
        <Component conversationId={conversationId} active={active} />
      </Suspense>
    </section>
  );
}
