// The small form after a template is chosen: who the conversation is with, and its title.
import { useLayoutEffect, useRef, useState } from 'react';
import { FormDialog, FormField } from '../../ui/FormDialog';
import { showDialog } from '../../ui/showDialog';

export interface ConversationBasics {
  personName: string;
  title?: string;
}

/** Resolves with the answers, or null on Cancel, Escape or a click outside. */
export function askConversationBasics(): Promise<ConversationBasics | null> {
  // Once created, the conversation's title takes the focus; only a cancel gives it back.
  return showDialog<ConversationBasics | null>(
    (settle) => <BasicsDialog onSettle={settle} />,
    (value) => value !== null,
  );
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
      <FormField
        label="With whom (name)"
        value={personName}
        onChange={setPersonName}
        maxLength={500}
        inputRef={first}
      />
      <FormField
        label="Title (optional)"
        value={title}
        onChange={setTitle}
        maxLength={2000}
        placeholder="Left empty, the kind and the name make the title"
      />
    </FormDialog>
  );
}
