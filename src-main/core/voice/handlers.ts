// The voice-answer channels → the answer-audio service.
import type { Handlers } from '../../shared/contract';
import type { voiceChannels } from '../../shared/voice/voiceChannels';
import type { AnswerAudioService } from './answerAudioService';

export function voiceHandlers(s: {
  answerAudio: AnswerAudioService;
}): Handlers<keyof typeof voiceChannels> {
  return {
    'rehearsal.saveAudio': s.answerAudio.save,
    'rehearsal.audio': s.answerAudio.get,
    'rehearsal.removeAudio': s.answerAudio.remove,
  };
}
