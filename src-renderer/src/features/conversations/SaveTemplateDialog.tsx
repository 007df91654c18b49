// Asks for the name (and an optional description) of a template saved from a conversation.
import { useLayoutEffect, useRef, useState } from 'react';
import { FormDialog, FormField } from '../../ui/FormDialog';
import { showDialog } from '../../ui/showDialog';

export interface TemplateDetails {
  name: string;
  description?: string;
}

/** The limits of `templates.saveFromConversation`, so the form never sends what it would refuse. */
const NAME_MAX = 200;
const DESCRIPTION_MAX = 2000;

/** Resolves with the answers, or null on Cancel, Escape or a click outside. */
export function askTemplateDetails(defaultName: string): Promise<TemplateDetails | null> {
  return showDialog<TemplateDetails | null>((settle) => (
    <SaveTemplateDialog defaultName={defaultName} onSettle={settle} />
  ));
}

function SaveTemplateDialog({
  defaultName,
  onSettle,
}: {
  defaultName: string;
  onSettle: (value: TemplateDetails | null) => void;
}) {
  const [name, setName] = useState(defaultName.slice(0, NAME_MAX));
  const [description, setDescription] = useState('');
  const first = useRef<HTMLInputElement>(null);
  // The suggested name is selected, so typing replaces it and Enter keeps it.
  useLayoutEffect(() => {
    first.current?.focus();
    first.current?.select();
  }, []);

  const submit = () => {
    if (!name.trim()) return;
    const d = description.trim();
    onSettle({ name: name.trim(), ...(d ? { description: d } : {}) });
  };

  return (
    <FormDialog
      title="Save as template"
      hint="The template keeps the agenda items with their time boxes and hints, and the anticipated questions. Talking points, private notes, prepared answers and evidence stay in this conversation."
      submitLabel="Save template"
      submitDisabled={!name.trim()}
      onSubmit={submit}
      onCancel={() => onSettle(null)}
    >
      <FormField
        label="Template name"
        value={name}
        onChange={setName}
        maxLength={NAME_MAX}
        required
        inputRef={first}
      />
      <FormField
        label="Description (optional)"
        value={description}
        onChange={setDescription}
        maxLength={DESCRIPTION_MAX}
        placeholder="When this template is the right one"
      />
    </FormDialog>
  );
}
