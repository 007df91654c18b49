// The rehearsal sessions' channels: names and result types (their voice answers are in voice/).
import { returns } from '../channelParts';
import type { GradePreview } from '../practice/gradePreview';
import type {
  BeginResult,
  PlanResult,
  RehearsalSession,
  SessionAnswer,
  SessionProbe,
  SessionSummary,
} from './rehearsal';

export const rehearsalChannels = {
  'rehearsal.plan': returns<PlanResult>(),
  'rehearsal.start': returns<RehearsalSession>(),
  // Plan and start in one request: the settings dialog's confirmation waits for one answer, not two.
  'rehearsal.begin': returns<BeginResult>(),
  'rehearsal.record': returns<SessionAnswer>(),
  'rehearsal.recordProbe': returns<SessionProbe>(),
  // Takes an answer's grade back (until the next question shows), and its review with it.
  'rehearsal.ungrade': returns<SessionAnswer>(),
  // A follow-up's grade buttons: each grade's interval for the question, as the pair would schedule it.
  'rehearsal.probePreview': returns<GradePreview>(),
  'rehearsal.finish': returns<RehearsalSession>(),
  'rehearsal.leave': returns<RehearsalSession>(),
  'rehearsal.resume': returns<RehearsalSession>(),
  'rehearsal.get': returns<RehearsalSession>(),
  'rehearsal.history': returns<SessionSummary[]>(),
  'rehearsal.delete': returns<null>(),
};
