// Voice answers, one recording per rehearsal answer, removed with its session: names and result types.
import { returns } from '../channelParts';
import type { AnswerAudio, AudioInfo } from './answerAudio';

export const voiceChannels = {
  'rehearsal.saveAudio': returns<AudioInfo>(),
  'rehearsal.audio': returns<AnswerAudio | null>(),
  'rehearsal.removeAudio': returns<null>(),
};
