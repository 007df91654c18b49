// Side bar view 'conversations': upcoming, past, and each person's history in date order.
import { useEffect } from 'react';
import type {
  ConversationStatus,
  ConversationSummary,
} from '../../../../src-main/shared/conversations/conversations';
import { IconButton } from '../../ui/IconButton';
import { whenIdle } from '../../ui/lazyPart';
import { useWorkbench } from '../../workbench/store';
import { handleListKeyDown } from '../../ui/listNavigation';
import {
  conversationKey,
  newFromTemplate,
  openConversation,
  prefetchConversation,
} from './conversationActions';
import { systemTimeZone } from './timeZoneChoice';
import { longWhen, shortWhen } from './whenLabel';
import { listsRead } from './conversationQueries';
import { TreeGroup } from '../../ui/TreeGroup';

const STATUS_ICON: Record<ConversationStatus, string> = {
  draft: 'edit',
  scheduled: 'calendar',
  held: 'check',
  'followed-up': 'check-all',
};

const STATUS_LABEL: Record<ConversationStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  held: 'Held',
  'followed-up': 'Followed up',
};

export function ConversationsView() {
  const lists = listsRead.use({});
  // A conversation opened from here shows its zone: its data loads while the page is idle, not then.
  useEffect(() => whenIdle(() => void systemTimeZone()), []);
  const activeTab = useWorkbench((s) => s.activeTab);
  const data = lists.data;
  const empty = data && data.upcoming.length === 0 && data.past.length === 0;
  let first = true;
  const row = (c: ConversationSummary, group: string, withPerson: boolean) => {
    const isFirst = first;
    first = false;
    return (
      <ConversationRow
        key={`${group}:${c.id}`}
        conversation={c}
        withPerson={withPerson}
        first={isFirst}
        selected={activeTab === conversationKey(c.id)}
      />
    );
  };

  return (
    <div className="ladder-conv-view">
      <div className="ladder-view-toolbar">
        <span className="ladder-view-toolbar__title">Upcoming and past</span>
        <IconButton
          icon="add"
          aria-label="New conversation"
          onClick={() => void newFromTemplate()}
        />
      </div>
      {data && !empty && (
        <div
          role="listbox"
          aria-label="Conversations"
          className="ladder-tree"
          onKeyDown={(e) => handleListKeyDown(e)}
        >
          {data.upcoming.length > 0 && (
            <TreeGroup label="Upcoming">
              {data.upcoming.map((c) => row(c, 'upcoming', true))}
            </TreeGroup>
          )}
          {data.past.length > 0 && (
            <TreeGroup label="Past">{data.past.map((c) => row(c, 'past', true))}</TreeGroup>
          )}
          {data.people.map((p) => (
            <TreeGroup key={p.personName} label={`With ${p.personName}`}>
              {p.conversations.map((c) => row(c, `person:${p.personName}`, false))}
            </TreeGroup>
          ))}
        </div>
      )}
      {empty && (
        <div className="ladder-empty">
          <p>
            No conversations yet. Start from a template: it lays out an agenda with prompts to think
            through.
          </p>
          <button
            type="button"
            className="ladder-button ladder-button--primary"
            onClick={() => void newFromTemplate()}
          >
            New conversation
          </button>
        </div>
      )}
      {lists.isError && (
        <p className="ladder-empty" role="alert">
          The conversations could not be loaded.
        </p>
      )}
    </div>
  );
}

interface RowProps {
  conversation: ConversationSummary;
  withPerson: boolean;
  first: boolean;
  selected: boolean;
}

function ConversationRow({ conversation: c, withPerson, first, selected }: RowProps) {
  const title = c.title.trim() || 'Untitled conversation';
  const when = shortWhen(c.startsAt);
  const tooltip = [
    title,
    withPerson && c.personName ? `with ${c.personName}` : '',
    longWhen(c.startsAt),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div
      role="option"
      aria-selected={selected}
      tabIndex={first ? 0 : -1}
      className={`ladder-tree__row${selected ? ' is-selected' : ''}`}
      onClick={() => openConversation(c.id, title)}
      // Pointing at or arrowing onto a row starts its read, so the click finds it (nearly) done.
      onPointerEnter={() => prefetchConversation(c.id)}
      onFocus={() => prefetchConversation(c.id)}
      title={tooltip}
      data-conversation-id={c.id}
    >
      <span
        className={`codicon codicon-${STATUS_ICON[c.status]}`}
        role="img"
        aria-label={STATUS_LABEL[c.status]}
      />
      <span className="ladder-tree__title" dir="auto">
        {title}
      </span>
      {when && <span className="ladder-tree__date">{when}</span>}
      {c.openActions > 0 && (
        <span className="ladder-conv-view__actions" title={`${c.openActions} open actions`}>
          <span className="codicon codicon-checklist" aria-hidden="true" />
          <span className="visually-hidden">open actions: </span>
          {c.openActions}
        </span>
      )}
    </div>
  );
}
