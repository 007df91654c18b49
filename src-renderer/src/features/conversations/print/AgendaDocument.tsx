// One agenda as printed paper. What each copy holds is the audience rule's (shared/conversations/
// audience.ts): this prints the document it returns. Empty parts leave no heading behind.
import {
  CONVERSATION_KIND_LABELS,
  type AgendaItem,
  type AgendaVariant,
  type ConversationDoc,
  type EvidenceSummary,
} from '../../../../../src-main/shared/conversations/conversations';
import {
  cleanText,
  documentTitle,
  whenText,
} from '../../../../../src-main/shared/conversations/agendaText';
import { COPY_LABELS, forAudience } from '../../../../../src-main/shared/conversations/audience';
import { LexicalView } from './LexicalView';
import { shortDay } from '../whenLabel';

function oneLine(text: string): string {
  return cleanText(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function lines(text: string): string[] {
  return cleanText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function facts(doc: ConversationDoc): { label: string; value: string }[] {
  const c = doc.conversation;
  const person = [oneLine(c.personName), oneLine(c.personRole)].filter(Boolean);
  const withWhom = person.length === 2 ? `${person[0]} (${person[1]})` : (person[0] ?? '');
  return [
    { label: 'Kind', value: CONVERSATION_KIND_LABELS[c.kind] },
    { label: 'When', value: whenText(doc) },
    { label: 'Duration', value: c.durationMin > 0 ? `${c.durationMin} minutes` : '' },
    { label: 'Where', value: oneLine(c.place) },
    { label: 'With', value: withWhom },
    { label: 'Expected outcome', value: oneLine(c.expectedOutcome) },
  ].filter((f) => f.value !== '');
}

function EvidenceList({ evidence }: { evidence: EvidenceSummary[] }) {
  if (evidence.length === 0) return null;
  return (
    <div className="agenda-doc__group">
      <h4>Evidence</h4>
      <ul>
        {evidence.map((e) =>
          e.missing ? (
            <li key={e.id}>A journal entry that is no longer available</li>
          ) : (
            <li key={e.id}>
              <span className="agenda-doc__evidence-title">
                {oneLine(e.title) || 'Untitled entry'}
              </span>
              {e.date ? <span className="agenda-doc__muted"> · {shortDay(e.date)}</span> : null}
              {oneLine(e.impact) ? <span> · {oneLine(e.impact)}</span> : null}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

function TextList({ label, entries }: { label: string; entries: string[] }) {
  if (entries.length === 0) return null;
  return (
    <div className="agenda-doc__group">
      <h4>{label}</h4>
      <ul>
        {entries.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
    </div>
  );
}

function Item({ item, index }: { item: AgendaItem; index: number }) {
  const title = oneLine(item.title) || 'Untitled item';
  return (
    <li className="agenda-doc__item">
      <h3>
        <span className="agenda-doc__number">{index + 1}.</span>{' '}
        {item.carriedFrom ? `Carried over: ${title}` : title}
        {item.minutes > 0 ? (
          <span className="agenda-doc__minutes"> ({item.minutes} min)</span>
        ) : null}
      </h3>
      <LexicalView json={item.talkingPoints} className="agenda-doc__rich" />
      <TextList label="Questions to discuss" entries={lines(item.questions)} />
      <EvidenceList evidence={item.evidence} />
      <TextList label="Private notes" entries={lines(item.privateNotes)} />
    </li>
  );
}

const OWNERS = { me: 'me', them: 'them', both: 'both of us' } as const;

export function AgendaDocument({
  doc: full,
  variant,
}: {
  doc: ConversationDoc;
  variant: AgendaVariant;
}) {
  const doc = forAudience(full, variant);
  const duration = doc.conversation.durationMin;
  const fields = facts(doc);
  return (
    <article className="agenda-doc" data-variant={variant}>
      <header className="agenda-doc__header">
        <h1>{documentTitle(doc)}</h1>
        <p className="agenda-doc__copy">{COPY_LABELS[variant]}</p>
        {fields.length > 0 && (
          <dl className="agenda-doc__facts">
            {fields.map((f) => (
              <div
                key={f.label}
                className={f.label === 'Expected outcome' ? 'agenda-doc__outcome' : undefined}
              >
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </header>
      <section className="agenda-doc__section">
        <h2>{duration > 0 ? `Agenda (${doc.totalMinutes} of ${duration} minutes)` : 'Agenda'}</h2>
        {doc.items.length === 0 ? (
          <p className="agenda-doc__muted">No agenda items yet.</p>
        ) : (
          <ol className="agenda-doc__items">
            {doc.items.map((item, i) => (
              <Item key={item.id} item={item} index={i} />
            ))}
          </ol>
        )}
      </section>
      {doc.questions.length > 0 && (
        <section className="agenda-doc__section">
          <h2>Questions I expect</h2>
          <ol className="agenda-doc__items">
            {doc.questions.map((q, i) => (
              <li key={q.id} className="agenda-doc__item">
                <h3>
                  <span className="agenda-doc__number">{i + 1}.</span> {oneLine(q.question)}
                </h3>
                <LexicalView json={q.preparedAnswer} className="agenda-doc__rich" />
                <EvidenceList evidence={q.evidence} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {doc.actions.length > 0 && (
        <section className="agenda-doc__section">
          <h2>Action plan</h2>
          <ul className="agenda-doc__actions">
            {doc.actions.map((a) => (
              <li key={a.id}>
                {[
                  oneLine(a.text),
                  `owner: ${OWNERS[a.owner]}`,
                  a.dueDate ? `due ${a.dueDate}` : '',
                  a.status,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
