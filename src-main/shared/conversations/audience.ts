// The audience rule: what each copy of an agenda may show. The manager's copy (printed, Markdown,
// plain text, email, .ics) holds only what may be handed over; "mine" holds everything. Every
// renderer of an agenda walks the document this returns, so none of them decides on its own.
import type { AgendaVariant, ConversationDoc } from './conversations';

/** The private parts of an agenda, each shown or left out as a whole. */
interface AudienceParts {
  /** An item's private notes. */
  privateNotes: boolean;
  /** The journal entries linked to an item as evidence. */
  itemEvidence: boolean;
  /** The questions I expect, with their prepared answers and evidence. */
  anticipatedQuestions: boolean;
  /** The action plan. */
  actionPlan: boolean;
}

const PARTS: Record<AgendaVariant, AudienceParts> = {
  manager: {
    privateNotes: false,
    itemEvidence: false,
    anticipatedQuestions: false,
    actionPlan: false,
  },
  mine: { privateNotes: true, itemEvidence: true, anticipatedQuestions: true, actionPlan: true },
};

/** What leaves the machine on its own (an email body, a calendar event's description) is always this copy. */
export const SENT_COPY: AgendaVariant = 'manager';

/** The heading line that says whose copy a page is. */
export const COPY_LABELS: Record<AgendaVariant, string> = {
  manager: 'Agenda to share',
  mine: 'My copy (private)',
};

/** `doc` as `variant`'s copy: each part that copy may not show is emptied, so renderers print what is left. */
export function forAudience(doc: ConversationDoc, variant: AgendaVariant): ConversationDoc {
  const show = PARTS[variant];
  return {
    ...doc,
    items: doc.items.map((item) => ({
      ...item,
      privateNotes: show.privateNotes ? item.privateNotes : '',
      evidence: show.itemEvidence ? item.evidence : [],
    })),
    questions: show.anticipatedQuestions ? doc.questions : [],
    actions: show.actionPlan ? doc.actions : [],
  };
}
