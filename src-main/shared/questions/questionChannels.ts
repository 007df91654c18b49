// The question bank's channels: names and result types.
import { returns } from '../channelParts';
import type { Question } from './questionBank';

export const questionChannels = {
  'questions.list': returns<Question[]>(),
  'questions.get': returns<Question>(),
  'questions.create': returns<Question>(),
  'questions.update': returns<Question>(),
  'questions.revert': returns<Question>(),
  'questions.hide': returns<Question>(),
  'questions.unhide': returns<Question>(),
  'questions.tag': returns<Question>(),
};
