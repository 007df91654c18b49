// The small form after a template is chosen: who the conversation is with, and its title.
import { useLayoutEffect, useRef, useState } from 'react';
import { FormDialog } from '../../ui/FormDialog';
import { showDialog } from '../../ui/showDialog';

export interface ConversationBasics {
  personName: string;
  title?: string;
}

/** Resolves with the answers, or null on Cancel, Escape or a click outside. */
export function askConversationBasics(): Promise<ConversationBasics | null> {
  // Once created, the conversation's title takes the focus; only a cancel gives it back.
  return showDialog<ConversationBasics | null>((settle) => <BasicsDialog onSettle={settle} />, (value) => value !== null);
}

function BasicsDialog({ onSettle }: { onSettle: (value: ConversationBasics | null) => void }) {
  const [personName, setPersonName] = useState('');
  const [title, setTitle] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);

  const submit = () => {
    const t = title.trim();
    onSettle({ personName: personName.trim(), ...(t ? { title: t } : {}) });
  };

  return (
    <FormDialog
      title="New conversation"
      hint="Who is it with? You can change both later in the conversation's details."
      submitLabel="Create"
      onSubmit={submit}
      onCancel={() => onSettle(null)}
    >
      <label className="ladder-field">
        <span>With whom (name)</span>
        <input
          ref={first}
          className="ladder-input"
          value={personName}
          dir="auto"
          maxLength={500}
          onChange={(e) => setPersonName(e.target.value)}
        />
      </label>
      <label className="ladder-field">
        <span>Title (optional)</span>
        <input
          className="ladder-input"
          value={title}
          dir="auto"
          maxLength={2000}
          placeholder="Left empty, the kind and the name make the title"
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
    </FormDialog>
  );
}
