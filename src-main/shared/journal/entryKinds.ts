// What each journal entry kind is and which structured fields it carries above the body.
// Pure data, read by the store (validation) and the renderer (forms, icons, labels).

export const ENTRY_KINDS = [
  'accomplishment',
  'praise',
  'feedback',
  'lesson',
  'learning',
  'reflection',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const PROFILE_PAGES = ['values', 'mission', 'strengths', 'skills', 'goals'] as const;
export type ProfilePage = (typeof PROFILE_PAGES)[number];

/** Every document in the journal is one of these: a dated entry or a living profile page. */
export type DocumentKind = EntryKind | ProfilePage;

export interface FieldSpec {
  key: string;
  label: string;
  hint: string;
  multiline?: boolean;
}

export interface KindSpec {
  label: string;
  /** Codicon name (without the `codicon-` prefix). */
  icon: string;
  /** One-line prompt shown on a new entry, in our own words. */
  prompt: string;
  fields: readonly FieldSpec[];
}

export const KIND_SPECS: Record<EntryKind, KindSpec> = {
  accomplishment: {
    label: 'Accomplishment',
    icon: 'star-full',
    prompt: 'What did you get done, and what changed because of it?',
    fields: [
      { key: 'impact', label: 'Impact', hint: 'What difference did it make?', multiline: true },
      { key: 'result', label: 'Measurable result', hint: 'A number, a date, a before and after' },
      { key: 'beneficiaries', label: 'Who benefited', hint: 'Team, customer, company…' },
    ],
  },
  praise: {
    label: 'Praise',
    icon: 'heart',
    prompt: 'Keep the exact words while you still have them.',
    fields: [
      { key: 'from', label: 'From', hint: 'Who said it' },
      { key: 'role', label: 'Their role', hint: 'Client, director, peer…' },
      {
        key: 'quote',
        label: 'Their words',
        hint: 'Quote them as closely as you can',
        multiline: true,
      },
    ],
  },
  feedback: {
    label: 'Feedback',
    icon: 'feedback',
    prompt: 'What were you told, and what will you do with it?',
    fields: [
      { key: 'from', label: 'From', hint: 'Who gave it' },
      { key: 'role', label: 'Their role', hint: 'Manager, peer, report…' },
      { key: 'response', label: 'What I will do', hint: 'One concrete change', multiline: true },
    ],
  },
  lesson: {
    label: 'Lesson',
    icon: 'lightbulb',
    prompt: 'What went wrong or surprised you, and how did you recover?',
    fields: [
      { key: 'situation', label: 'What happened', hint: 'The facts, briefly', multiline: true },
      { key: 'recovery', label: 'How I recovered', hint: 'What you did next', multiline: true },
    ],
  },
  learning: {
    label: 'Learning',
    icon: 'book',
    prompt: 'What did you learn, and where will you use it?',
    fields: [
      { key: 'source', label: 'Source', hint: 'Course, book, mentor, project' },
      { key: 'skill', label: 'Skill', hint: 'The skill it builds' },
    ],
  },
  reflection: {
    label: 'Reflection',
    icon: 'comment-discussion',
    prompt: 'Write freely. Nobody else will read this.',
    fields: [],
  },
};

export const PROFILE_SPECS: Record<ProfilePage, { label: string; icon: string; prompt: string }> = {
  values: {
    label: 'Values',
    icon: 'compass',
    prompt: 'What matters to you at work, in your own words? What would you refuse to trade away?',
  },
  mission: {
    label: 'Mission statement',
    icon: 'milestone',
    prompt: 'In a few sentences: what do you want your work to stand for?',
  },
  strengths: {
    label: 'Strengths and areas to develop',
    icon: 'pulse',
    prompt: 'What do people rely on you for? What would you like to get better at?',
  },
  skills: {
    label: 'Skills',
    icon: 'checklist',
    prompt:
      'The skills your job depends on, how you rate yourself, and what three colleagues would say.',
  },
  goals: {
    label: 'Goals',
    icon: 'target',
    prompt: 'Where do you want to be in a year, and in five? Which goal positions you best?',
  },
};

export function isEntryKind(kind: string): kind is EntryKind {
  return (ENTRY_KINDS as readonly string[]).includes(kind);
}

export function isProfilePage(kind: string): kind is ProfilePage {
  return (PROFILE_PAGES as readonly string[]).includes(kind);
}

export function kindLabel(kind: DocumentKind): string {
  return isEntryKind(kind) ? KIND_SPECS[kind].label : PROFILE_SPECS[kind].label;
}

export function kindIcon(kind: DocumentKind): string {
  return isEntryKind(kind) ? KIND_SPECS[kind].icon : PROFILE_SPECS[kind].icon;
}
