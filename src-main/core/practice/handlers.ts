// The spaced-practice channels → the practice service.
import type { Handlers } from '../../shared/contract';
import type { practiceChannels } from '../../shared/practice/practiceChannels';
import type { PracticeService } from './practiceService';

export function practiceHandlers(s: {
  practice: PracticeService;
}): Handlers<keyof typeof practiceChannels> {
  return {
    'practice.due': s.practice.due,
    'practice.grade': s.practice.grade,
    'practice.preview': s.practice.preview,
  };
}
