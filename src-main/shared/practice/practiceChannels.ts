// The spaced-practice channels: names and result types.
import { returns } from '../channelParts';
import type { DueList, GradeResult } from '../rehearsal/rehearsal';
import type { GradePreview } from './gradePreview';

export const practiceChannels = {
  'practice.due': returns<DueList>(),
  'practice.grade': returns<GradeResult>(),
  // What each grade would schedule now, for the grade buttons.
  'practice.preview': returns<GradePreview>(),
};
