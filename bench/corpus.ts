// Generated journal text for benchmarks: varied career vocabulary, a few accents, deterministic.
import { lexicalFromParagraphs } from '../src-main/shared/plainText';
import { ENTRY_KINDS, type EntryKind } from '../src-main/shared/entryKinds';

const SUBJECTS = ['I', 'We', 'The team', 'Our squad', 'My manager', 'The client', 'Zoë', 'Inès', 'François', 'Jürgen', 'Ayşe', 'Søren'];
const VERBS = ['accomplished', 'negotiated', 'delivered', 'reviewed', 'presented', 'facilitated', 'mentored', 'automated', 'simplified', 'migrated', 'documented', 'prioritised', 'rescheduled', 'escalated', 'measured'];
const OBJECTS = ['the quarterly budget review', 'a customer onboarding flow', 'the stakeholder workshop', 'our release checklist', 'the hiring pipeline', 'an accessibility audit', 'the café partnership', 'my résumé', 'the pricing experiment', 'the incident retrospective', 'a naïve caching layer', 'the São Paulo rollout', 'the façade redesign', 'the mentoring programme', 'an analytics dashboard', 'the vendor contract'];
const TAILS = ['ahead of the milestone', 'with measurable impact', 'after two difficult weeks', 'despite shifting priorities', 'which cut support tickets by a third', 'and the director noticed', 'so that sales could close faster', 'while coaching a new colleague', 'before the board meeting', 'with feedback from three peers', 'in time for the annual planning', 'and saved roughly forty hours'];
const REFLECT = ['Next time I would ask for help earlier.', 'The lesson: write the decision down.', 'Confidence came from preparation, not talent.', 'I want more ownership of the roadmap.', 'Salary conversation planned for spring.', 'Learning SQL window functions paid off.', 'Coördination across time zones is still hard.', 'Honest feedback stung but helped.'];

/** Small deterministic generator so every run measures the same data. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function sentence(r: () => number): string {
  if (r() < 0.15) return pick(r, REFLECT);
  return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}.`;
}

/** About `words` words in paragraphs of four to seven sentences. */
export function paragraphs(r: () => number, words = 300): string[] {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const n = 4 + Math.floor(r() * 4);
    const p = Array.from({ length: n }, () => sentence(r)).join(' ');
    count += p.split(/\s+/).length;
    out.push(p);
  }
  return out;
}

export interface GeneratedEntry {
  kind: EntryKind;
  title: string;
  date: string;
  body: string;
  tags: string[];
}

const TAGS = ['q1', 'q2', 'q3', 'q4', 'leadership', 'delivery', 'customers', 'learning', 'promotion', 'team'];

export function generateEntry(r: () => number, index: number): GeneratedEntry {
  const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(r() * 8 * 365) * 86_400_000);
  return {
    kind: pick(r, ENTRY_KINDS),
    title: `${pick(r, VERBS).replace(/^./, (c) => c.toUpperCase())} ${pick(r, OBJECTS)} #${index}`,
    date: day.toISOString().slice(0, 10),
    body: lexicalFromParagraphs(paragraphs(r)),
    tags: [pick(r, TAGS), pick(r, TAGS)],
  };
}

/** Search terms: prefix fragments, inner substrings, accent-free spellings, two-word queries. */
export const SEARCH_TERMS = [
  'accompl', 'negoti', 'stakehold', 'onboard', 'retrospect', 'milesto', 'ilestone', 'ccessib', 'ashboard', 'pipeline',
  'resume', 'cafe', 'naive', 'facade', 'sao paulo', 'zoe', 'ines', 'francois', 'jurgen', 'soren',
  'budget review', 'customer onboarding', 'salary spring', 'window functions', 'board meeting', 'support tickets',
  'feedback peers', 'time zones', 'vendor contract', 'pricing experiment',
];
