// The order a rehearsal asks its questions in. Pure: the caller passes what it knows of each
// question, and a seed so shuffles repeat.
import type { Grade } from '../questions/questionBank';
import type { RehearsalOrder } from './rehearsal';
import { seededShuffle } from './seededRandom';

export interface OrderCandidate {
  id: string;
  /** An anticipated question of the conversation being rehearsed: asked first in script order. */
  fromScript: boolean;
  /** Position of the framework step (goal before reality…), for script order. */
  stepIndex: number;
  difficulty: number;
  hard: boolean;
  lastGrade: Grade | null;
  /** FSRS difficulty (1..10), null when never practised. */
  fsrsDifficulty: number | null;
}

const GRADE_WEAKNESS: Record<Grade, number> = { again: 0, hard: 1, good: 3, easy: 4 };
/** Never practised sits between hard and good: unknown, but not known to be weak. */
const UNKNOWN_WEAKNESS = 2;

export function orderQuestions(
  candidates: readonly OrderCandidate[],
  order: RehearsalOrder,
  count: number,
  seed: number,
): string[] {
  let ordered: OrderCandidate[];
  if (order === 'shuffled') {
    ordered = seededShuffle(candidates, seed);
  } else if (order === 'weakest-first') {
    ordered = candidates
      .map((c, i) => ({ c, i }))
      .sort((a, b) => {
        const wa = a.c.lastGrade ? GRADE_WEAKNESS[a.c.lastGrade] : UNKNOWN_WEAKNESS;
        const wb = b.c.lastGrade ? GRADE_WEAKNESS[b.c.lastGrade] : UNKNOWN_WEAKNESS;
        return wa - wb || (b.c.fsrsDifficulty ?? 0) - (a.c.fsrsDifficulty ?? 0) || a.i - b.i;
      })
      .map((x) => x.c);
  } else {
    const script = candidates.filter((c) => c.fromScript);
    const rest = candidates
      .map((c, i) => ({ c, i }))
      .filter((x) => !x.c.fromScript)
      .sort((a, b) => a.c.stepIndex - b.c.stepIndex || a.i - b.i)
      .map((x) => x.c);
    ordered = [...script, ...rest];
  }
  return ordered.slice(0, Math.max(0, count)).map((c) => c.id);
}

/** `Rehearse: Surprise Me`: at least half hard questions never practised when there are some, the rest at random. */
export function surpriseMix(
  candidates: readonly OrderCandidate[],
  count: number,
  seed: number,
): string[] {
  const fresh = seededShuffle(
    candidates.filter((c) => c.hard && c.lastGrade === null),
    seed,
  );
  const take = fresh.slice(0, Math.ceil(count / 2));
  const chosen = new Set(take.map((c) => c.id));
  const others = seededShuffle(
    candidates.filter((c) => !chosen.has(c.id)),
    seed + 1,
  ).slice(0, count - take.length);
  return seededShuffle([...take, ...others], seed + 2).map((c) => c.id);
}
