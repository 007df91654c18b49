// The question-bank channels → the questions service.
import type { Handlers } from '../../shared/contract';
import type { questionChannels } from '../../shared/questions/questionChannels';
import type { QuestionsService } from './questionsService';

export function questionHandlers(s: {
  questions: QuestionsService;
}): Handlers<keyof typeof questionChannels> {
  return {
    'questions.list': s.questions.list,
    'questions.get': s.questions.get,
    'questions.create': s.questions.create,
    'questions.update': s.questions.update,
    'questions.revert': s.questions.revert,
    'questions.hide': s.questions.hide,
    'questions.unhide': s.questions.unhide,
    'questions.tag': s.questions.tag,
  };
}
