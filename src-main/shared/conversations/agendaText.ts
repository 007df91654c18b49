// Text outputs of an agenda: Markdown and plain text (manager copy or my copy) and a mailto link.
// What each copy holds is audience.ts's rule: these walk the document it returns. Pure: usable by
// the print view and the main side.
import {
  CONVERSATION_KIND_LABELS,
  type AgendaItem,
  type AgendaVariant,
  type ConversationDoc,
  type EvidenceSummary,
} from './conversations';
import { COPY_LABELS, SENT_COPY, forAudience } from './audience';
import { plainTextFromLexical } from '../journal/plainText';

/** Drops control characters (except newline and tab) that no output format should carry. */
export function cleanText(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code !== 0x7f) || ch === '\n' || ch === '\t') out += ch;
  }
  return out;
}

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

/**
 * Escapes user text for Markdown: every character that can open markup, a link, an image, raw
 * HTML or an entity is backslash-escaped, and a number at the start of a line cannot start a list.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!|~<>&=]/g, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Tuesday 1 December 2026", spelled out here so every ICU build writes the same text. */
function dayText(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()] ?? ''} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
}

/** "Sunday 28 March 2027, 09:30 to 10:15 (Europe/Paris)" from the wall-clock fields. */
export function whenText(doc: ConversationDoc): string {
  const c = doc.conversation;
  if (!c.startsAt) return '';
  const [date = '', time = ''] = c.startsAt.split('T');
  const day = dayText(date);
  const [h = 0, m = 0] = time.split(':').map(Number);
  const end = h * 60 + m + c.durationMin;
  const endText = `${String(Math.floor(end / 60) % 24).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
  const range = c.durationMin > 0 ? `${time} to ${endText}` : time;
  return `${day}, ${range}${c.timeZone ? ` (${c.timeZone})` : ''}`;
}

interface Field {
  label: string;
  value: string;
}

function headerFields(doc: ConversationDoc): Field[] {
  const c = doc.conversation;
  const person = [oneLine(c.personName), oneLine(c.personRole)].filter(Boolean);
  const with_ = person.length === 2 ? `${person[0]} (${person[1]})` : (person[0] ?? '');
  const fields: Field[] = [
    { label: 'Kind', value: CONVERSATION_KIND_LABELS[c.kind] },
    { label: 'When', value: whenText(doc) },
    { label: 'Duration', value: c.durationMin > 0 ? `${c.durationMin} minutes` : '' },
    { label: 'Where', value: oneLine(c.place) },
    { label: 'With', value: with_ },
    { label: 'Expected outcome', value: oneLine(c.expectedOutcome) },
  ];
  return fields.filter((f) => f.value !== '');
}

export function documentTitle(doc: ConversationDoc): string {
  return oneLine(doc.conversation.title) || 'Untitled conversation';
}

function itemTitle(item: AgendaItem): string {
  const title = oneLine(item.title) || 'Untitled item';
  return item.carriedFrom ? `Carried over: ${title}` : title;
}

function evidenceLine(e: EvidenceSummary): string {
  if (e.missing) return 'A journal entry that is no longer available';
  const impact = oneLine(e.impact);
  return [oneLine(e.title) || 'Untitled entry', e.date, impact].filter(Boolean).join(' · ');
}

/** The shape both text renderers walk, so the two variants agree on what each copy holds. */
interface Block {
  heading: string;
  minutes: number | null;
  paragraphs: string[];
  lists: { label: string; entries: string[] }[];
}

function blocks(doc: ConversationDoc): Block[] {
  return doc.items.map((item, i) => {
    const lists: Block['lists'] = [];
    const questions = lines(item.questions);
    if (questions.length > 0) lists.push({ label: 'Questions to discuss', entries: questions });
    if (item.evidence.length > 0)
      lists.push({ label: 'Evidence', entries: item.evidence.map(evidenceLine) });
    if (lines(item.privateNotes).length > 0)
      lists.push({ label: 'Private notes', entries: lines(item.privateNotes) });
    return {
      heading: `${i + 1}. ${itemTitle(item)}`,
      minutes: item.minutes > 0 ? item.minutes : null,
      paragraphs: lines(plainTextFromLexical(item.talkingPoints)),
      lists,
    };
  });
}

function extraBlocks(doc: ConversationDoc): { title: string; blocks: Block[] }[] {
  const out: { title: string; blocks: Block[] }[] = [];
  if (doc.questions.length > 0) {
    out.push({
      title: 'Questions I expect',
      blocks: doc.questions.map((q, i) => ({
        heading: `${i + 1}. ${oneLine(q.question)}`,
        minutes: null,
        paragraphs: lines(plainTextFromLexical(q.preparedAnswer)),
        lists:
          q.evidence.length > 0
            ? [{ label: 'Evidence', entries: q.evidence.map(evidenceLine) }]
            : [],
      })),
    });
  }
  if (doc.actions.length > 0) {
    const owner = { me: 'me', them: 'them', both: 'both of us' } as const;
    out.push({
      title: 'Action plan',
      blocks: [
        {
          heading: '',
          minutes: null,
          paragraphs: [],
          lists: [
            {
              label: '',
              entries: doc.actions.map((a) =>
                [
                  oneLine(a.text),
                  `owner: ${owner[a.owner]}`,
                  a.dueDate ? `due ${a.dueDate}` : '',
                  a.status,
                ]
                  .filter(Boolean)
                  .join(' · '),
              ),
            },
          ],
        },
      ],
    });
  }
  return out;
}

function agendaHeading(doc: ConversationDoc): string {
  const d = doc.conversation.durationMin;
  return d > 0 ? `Agenda (${doc.totalMinutes} of ${d} minutes)` : 'Agenda';
}

export function agendaMarkdown(full: ConversationDoc, variant: AgendaVariant): string {
  const doc = forAudience(full, variant);
  const out: string[] = [
    `# ${escapeMarkdown(documentTitle(doc))}`,
    '',
    `*${COPY_LABELS[variant]}*`,
    '',
  ];
  for (const f of headerFields(doc)) out.push(`- **${f.label}:** ${escapeMarkdown(f.value)}`);
  const renderBlock = (b: Block) => {
    if (b.heading)
      out.push(
        '',
        `### ${escapeMarkdown(b.heading)}${b.minutes !== null ? ` (${b.minutes} min)` : ''}`,
      );
    for (const p of b.paragraphs) out.push('', escapeMarkdown(p));
    for (const l of b.lists) {
      out.push('');
      if (l.label) out.push(`**${l.label}:**`, '');
      for (const e of l.entries) out.push(`- ${escapeMarkdown(e)}`);
    }
  };
  out.push('', `## ${agendaHeading(doc)}`);
  if (doc.items.length === 0) out.push('', 'No agenda items yet.');
  blocks(doc).forEach(renderBlock);
  for (const section of extraBlocks(doc)) {
    out.push('', `## ${section.title}`);
    section.blocks.forEach(renderBlock);
  }
  return `${out.join('\n')}\n`;
}

export function agendaPlainText(full: ConversationDoc, variant: AgendaVariant): string {
  const doc = forAudience(full, variant);
  const out: string[] = [documentTitle(doc), ''];
  if (variant === 'mine') out.push(COPY_LABELS[variant], '');
  for (const f of headerFields(doc)) out.push(`${f.label}: ${f.value}`);
  const renderBlock = (b: Block) => {
    if (b.heading) out.push('', `${b.heading}${b.minutes !== null ? ` (${b.minutes} min)` : ''}`);
    for (const p of b.paragraphs) out.push(`   ${p}`);
    for (const l of b.lists) {
      if (l.label) out.push(`   ${l.label}:`);
      for (const e of l.entries) out.push(`   - ${e}`);
    }
  };
  out.push('', agendaHeading(doc));
  if (doc.items.length === 0) out.push('No agenda items yet.');
  blocks(doc).forEach(renderBlock);
  for (const section of extraBlocks(doc)) {
    out.push('', section.title);
    section.blocks.forEach(renderBlock);
  }
  return `${out.join('\n')}\n`;
}

/** Mail clients and browsers cut long mailto links; past this the agenda goes to the clipboard. */
export const MAILTO_MAX_LENGTH = 1800;

export type MailtoResult =
  { tooLong: false; url: string } | { tooLong: true; subject: string; text: string };

/** A `mailto:` link with the subject and the sent copy (the manager's) as body, or the text when too long. */
export function mailtoLink(doc: ConversationDoc): MailtoResult {
  const subject = `Agenda: ${documentTitle(doc)}`;
  const text = agendaPlainText(doc, SENT_COPY);
  const url = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text.replace(/\n/g, '\r\n'))}`;
  return url.length > MAILTO_MAX_LENGTH
    ? { tooLong: true, subject, text }
    : { tooLong: false, url };
}
