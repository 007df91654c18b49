// The plain fields of a conversation's details (text boxes and choices), described as data and
// drawn by one component; the date, time, zone and duration fields have rules of their own.
import {
  CONVERSATION_KINDS,
  CONVERSATION_KIND_LABELS,
  CONVERSATION_STATUSES,
  type ConversationStatus,
  type MyRole,
} from '../../../../src-main/shared/conversations/conversations';
import type { DetailsDraft } from './useDetailsDraft';

type TextKey = 'personName' | 'personRole' | 'place';
type ChoiceKey = 'myRole' | 'kind' | 'status';

interface TextField {
  key: TextKey;
  name: string;
  label: string;
  placeholder: string;
  maxLength: number;
  wide?: boolean;
}

interface ChoiceField {
  key: ChoiceKey;
  name: string;
  label: string;
  choices: readonly { value: string; label: string }[];
}

export type DetailFieldSpec = TextField | ChoiceField;

const STATUS_LABELS: Record<ConversationStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  held: 'Held',
  'followed-up': 'Followed up',
};

const ROLE_LABELS: Record<MyRole, string> = {
  // Short enough for the field's width; the label "My role" says whose role it is.
  employee: 'Employee',
  manager: 'Manager or mentor',
};

export const DETAIL_FIELDS = {
  personName: {
    key: 'personName',
    name: 'person',
    label: 'With whom',
    placeholder: 'Their name',
    maxLength: 500,
  },
  personRole: {
    key: 'personRole',
    name: 'role',
    label: 'Their role',
    placeholder: 'e.g. engineering manager',
    maxLength: 500,
  },
  myRole: {
    key: 'myRole',
    name: 'myRole',
    label: 'My role',
    choices: (Object.keys(ROLE_LABELS) as MyRole[]).map((r) => ({
      value: r,
      label: ROLE_LABELS[r],
    })),
  },
  kind: {
    key: 'kind',
    name: 'kind',
    label: 'Kind',
    choices: CONVERSATION_KINDS.map((k) => ({ value: k, label: CONVERSATION_KIND_LABELS[k] })),
  },
  status: {
    key: 'status',
    name: 'status',
    label: 'Status',
    choices: CONVERSATION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
  },
  place: {
    key: 'place',
    name: 'place',
    label: 'Place or link',
    placeholder: "Meeting room, or the call's address",
    maxLength: 2000,
    wide: true,
  },
} as const satisfies Record<string, DetailFieldSpec>;

interface Props {
  spec: DetailFieldSpec;
  /** The form's id prefix (useId), so two open conversations never share an id. */
  ids: string;
  draft: DetailsDraft;
  update: (patch: Partial<DetailsDraft>) => void;
}

export function DetailField({ spec, ids, draft, update }: Props) {
  const id = `${ids}-${spec.name}`;
  return (
    <div
      className={
        'wide' in spec && spec.wide ? 'ladder-field ladder-conv-grid__wide' : 'ladder-field'
      }
    >
      <label htmlFor={id}>{spec.label}</label>
      {'choices' in spec ? (
        <select
          id={id}
          className="ladder-input"
          value={draft[spec.key]}
          // The choices are the field's own values, so the chosen one is of the field's type.
          onChange={(e) => update({ [spec.key]: e.target.value } as Partial<DetailsDraft>)}
        >
          {spec.choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          className="ladder-input"
          dir="auto"
          maxLength={spec.maxLength}
          placeholder={spec.placeholder}
          value={draft[spec.key]}
          onChange={(e) => update({ [spec.key]: e.target.value })}
        />
      )}
    </div>
  );
}
