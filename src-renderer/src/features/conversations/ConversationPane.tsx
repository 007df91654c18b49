// Editor type 'conversation': the registered sections stacked in order, sharing one save group.
// A conversation trashed or deleted while open closes its tab quietly. Details and agenda come with
// the first paint; the sections below them mount right after it, so opening a long agenda does not
// also wait for panels (and their reads) that sit below the fold.
import { Suspense, useEffect, useId, useState } from 'react';
import type { EditorPaneProps } from '../../workbench/types';
import { inputKey } from '../../workbench/types';
import { closeEditor, setTabMeta } from '../../workbench/store';
import { errorCode, errorMessage } from '../../ui/errorMessage';
import { SaveGroupContext, useSaveGroupForTab } from '../../ui/save/saveGroup';
import { getConversationSections, type ConversationSection } from './sections';
import { docRead } from './conversationQueries';

/** Sections up to this order (details, agenda) render with the document; the rest after a paint. */
const FIRST_PAINT_ORDER = 20;

function useAfterFirstPaint(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from the next frame runs once that frame is on screen.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAfter(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, after]);
  return after;
}

export function ConversationPane({ input, active }: EditorPaneProps) {
  const tabKey = inputKey(input);
  const doc = docRead.use({ id: input.id });
  const group = useSaveGroupForTab(tabKey);
  const gone =
    (doc.isError && errorCode(doc.error) === 'not-found') ||
    (doc.data !== undefined && doc.data.conversation.deletedAt !== null);
  const title = doc.data ? doc.data.conversation.title.trim() || 'Untitled conversation' : null;
  const restMounted = useAfterFirstPaint(doc.data !== undefined);

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
      <div
        className="ladder-conv-pane"
        aria-busy="false"
        aria-label={`Conversation: ${title ?? ''}`}
        role="region"
      >
        {getConversationSections().map((section) => (
          <Section
            key={section.id}
            section={section}
            conversationId={input.id}
            active={active}
            mounted={restMounted || section.order <= FIRST_PAINT_ORDER}
          />
        ))}
      </div>
    </SaveGroupContext.Provider>
  );
}

interface SectionProps {
  section: ConversationSection;
  conversationId: string;
  active: boolean;
  /** False for a moment while the first paint happens: the heading shows, the body follows. */
  mounted: boolean;
}

function Section({ section, conversationId, active, mounted }: SectionProps) {
  const headingId = useId();
  const Component = section.component;
  return (
    <section className="ladder-conv-section" aria-labelledby={headingId} data-section={section.id}>
      <h2 id={headingId} className="ladder-conv-section__title">
        {section.title}
      </h2>
      {mounted && (
        <Suspense fallback={<p className="ladder-pane-message">Loading…</p>}>
          <Component conversationId={conversationId} active={active} />
        </Suspense>
      )}
    </section>
  );
}
