// The analyser's notes on one answer (a question's or its follow-up's): the words against the
// session's time box, with the titles of the question's evidence to spot when the answer cites them.
import { analyseAnswer, type AnswerAnalysis } from '../../shared/rehearsal/answerAnalysis';
import type { RehearsalQuestion } from '../../shared/rehearsal/rehearsal';
import type { Db } from '../db/connection';
import { liveEntryTitle } from '../journal/entriesRepository.read';

export function answerFeedback(
  db: Db,
  question: RehearsalQuestion | undefined,
  text: string,
  timeMs: number,
  timeBoxMs: number,
  followUp = false,
): AnswerAnalysis {
  const titles = (question?.evidenceIds ?? []).flatMap((entryId) => {
    const title = liveEntryTitle(db, entryId);
    return title !== undefined ? [title] : [];
  });
  return analyseAnswer({ text, elapsedMs: timeMs, timeBoxMs, entryTitles: titles, followUp });
}
