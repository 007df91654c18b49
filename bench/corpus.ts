// Generated journal text for benchmarks, deterministic. Words are drawn from a vocabulary of a few
// thousand forms (common English, career words, names, projects, tools, syllable-built words) with
// a Zipf-like distribution, so common words are in most entries and rare words in few, as in a
// real journal. A search for a rare term then ranks a few hundred rows, not all ten thousand.
import { lexicalFromParagraphs } from '../src-main/shared/journal/plainText';
import { ENTRY_KINDS, type EntryKind } from '../src-main/shared/journal/entryKinds';

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

const FUNCTION_WORDS = (
  'the and to of a I in that it for was with on my we is this as at be but they our had not have ' +
  "from so about what more team would it's an all were there which when me work them will time"
).split(' ');

const CAREER_WORDS = (
  'meeting project manager feedback review customer week goal plan budget release colleague ' +
  'decision stakeholder presentation deadline priority roadmap quarter interview promotion salary ' +
  'accomplished accomplishment negotiated negotiation delivered mentored mentoring facilitated ' +
  'onboarding retrospective milestone accessibility dashboard pipeline invoice invoices voicemail ' +
  'résumé café naïve façade coördination rôle déjà entrée protégé fiancée ' +
  'escalated escalation automated simplified migrated documented prioritised rescheduled measured ' +
  'workshop checklist experiment pricing vendor contract incident partnership programme analytics ' +
  'hiring director board planning support tickets confidence ownership learning lesson values ' +
  'mission strengths skills goals praise reflection coaching conference keynote certificate ' +
  'appraisal performance compensation equity bonus raise offer recruiter referral portfolio ' +
  'leadership delegation estimate scope architecture refactoring deployment outage latency ' +
  'throughput backlog sprint standup demo prototype research survey insight metric revenue ' +
  'churn retention forecast spreadsheet procurement compliance audit security privacy migration ' +
  'window functions spring autumn summer winter morning afternoon evening difficult honest ' +
  'proud tired grateful anxious curious excited frustrated calm confident nervous relieved'
).split(' ');

const NAMES =
  'Zoë Inès François Jürgen Ayşe Søren Amara Chidi Priya Mateo Hiroshi Olga Björn Łucja Renée José Maëlle Dmitri Kofi Ngozi'.split(
    ' ',
  );
const PLACES_PROJECTS =
  'São Paulo Kraków Zürich Montréal Atlas Borealis Cobalt Juniper Nimbus Orion Tundra Quartz Helios Meridian Sequoia'.split(
    ' ',
  );
const TOOLS =
  'SQL Python TypeScript Kubernetes Terraform Figma Jira Excel Tableau Salesforce PostgreSQL Grafana Kafka Spark React'.split(
    ' ',
  );

const ONSETS = [
  'b',
  'br',
  'c',
  'cl',
  'd',
  'dr',
  'f',
  'fl',
  'g',
  'gr',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pl',
  'qu',
  'r',
  's',
  'st',
  'sh',
  't',
  'tr',
  'v',
  'w',
  'z',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'é', 'è', 'ö', 'ü'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 't', 'nd', 'st', 'ck', 'm', 'x'];

/** Distinct word-like forms built from syllables; deterministic and pronounceable-ish. */
function syllableWords(count: number, r: () => number): string[] {
  const seen = new Set<string>();
  while (seen.size < count) {
    const syllables = 2 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < syllables; i++) w += pick(r, ONSETS) + pick(r, NUCLEI) + pick(r, CODAS);
    seen.add(w);
  }
  return [...seen];
}

/** The vocabulary in rank order: function words first, then real words spread among generated ones. */
function buildVocabulary(): string[] {
  const r = rng(7);
  const generated = syllableWords(3200, r);
  const special = [...CAREER_WORDS, ...NAMES, ...PLACES_PROJECTS, ...TOOLS];
  // Shuffled so career words, names and tools each spread from common to rare.
  for (let i = special.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [special[i], special[j]] = [special[j] as string, special[i] as string];
  }
  const vocab = [...FUNCTION_WORDS];
  // Real words land at ranks ~50 to ~3,000 (one every few generated words, wider apart as rank
  // grows), so some are common and some rare; generated words fill the long tail.
  let g = 0;
  special.forEach((word, i) => {
    const gap = 3 + Math.floor(i / 12);
    for (let k = 0; k < gap && g < generated.length; k++) vocab.push(generated[g++] as string);
    vocab.push(word);
  });
  while (g < generated.length) vocab.push(generated[g++] as string);
  return vocab;
}

export const VOCABULARY: readonly string[] = buildVocabulary();

/** Cumulative Zipf weights (exponent ~1.05) over the vocabulary ranks. */
const CUMULATIVE: Float64Array = (() => {
  const c = new Float64Array(VOCABULARY.length);
  let sum = 0;
  for (let i = 0; i < c.length; i++) {
    sum += 1 / Math.pow(i + 1, 1.05);
    c[i] = sum;
  }
  for (let i = 0; i < c.length; i++) c[i] = (c[i] as number) / sum;
  return c;
})();

function zipfWord(r: () => number): string {
  const x = r();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((CUMULATIVE[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo] as string;
}

function extra(r: () => number): string {
  const x = r();
  if (x < 0.3) return String(Math.floor(r() * 100));
  if (x < 0.5) return `${Math.floor(r() * 90 + 10)}%`;
  if (x < 0.7)
    return `2026-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  return `Q${1 + Math.floor(r() * 4)}`;
}

function sentence(r: () => number): { text: string; words: number } {
  const n = 6 + Math.floor(r() * 16);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r() < 0.03 ? extra(r) : zipfWord(r));
  const first = words[0] as string;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return { text: `${words.join(' ')}${r() < 0.1 ? '?' : '.'}`, words: n };
}

/** About `words` words in paragraphs of three to seven sentences. */
export function paragraphs(r: () => number, words = 300): string[] {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const n = 3 + Math.floor(r() * 5);
    const parts: string[] = [];
    for (let i = 0; i < n && count < words; i++) {
      const s = sentence(r);
      parts.push(s.text);
      count += s.words;
    }
    out.push(parts.join(' '));
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

const TAGS = [
  'q1',
  'q2',
  'q3',
  'q4',
  'leadership',
  'delivery',
  'customers',
  'learning',
  'promotion',
  'team',
];

function title(r: () => number): string {
  const words = Array.from({ length: 3 + Math.floor(r() * 4) }, () => zipfWord(r)).filter(
    (w) => w.length > 2,
  );
  const text = words.join(' ') || zipfWord(r);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function generateEntry(r: () => number, index: number): GeneratedEntry {
  const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(r() * 8 * 365) * 86_400_000);
  return {
    kind: pick(r, ENTRY_KINDS),
    title: `${title(r)} #${index}`,
    date: day.toISOString().slice(0, 10),
    body: lexicalFromParagraphs(paragraphs(r)),
    tags: [pick(r, TAGS), pick(r, TAGS)],
  };
}

/**
 * What a person would type: word prefixes, inner substrings, accent-free spellings of accented
 * words, names, two-word queries, common and rare words. The bench checks each matches fewer
 * than half of all entries.
 */
export const SEARCH_TERMS = [
  'accompl',
  'negotia',
  'voic',
  'resume',
  'cafe',
  'naive',
  'facade',
  'coordination',
  'deja vu',
  'protege',
  'stakehold',
  'onboard',
  'retrospect',
  'ilestone',
  'ccessib',
  'ashboard',
  'zoe',
  'ines',
  'francois',
  'jurgen',
  'sao paulo',
  'krakow',
  'budget review',
  'salary spring',
  'window functions',
  'support tickets',
  'kubernetes',
  'postgres',
  'honest feedback',
  'promotion',
];

/** The worst case: terms found in more than half of all entries, so FTS5 must rank nearly every row. */
export const COMMON_TERMS = [
  'the',
  'and',
  'that',
  'with',
  'was',
  'for',
  'this',
  'have',
  'team',
  'work',
];
