// The spaced-practice channels: names and result types.
import { returns } from '../channelParts';
import type { DueList, GradeResult } from '../rehearsal/rehearsal';

export const practiceChannels = {
  'practice.due': returns<DueList>(),
  'practice.grade': returns<GradeResult>(),
};
