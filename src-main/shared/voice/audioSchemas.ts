// Argument schemas of the voice-answer channels.
import { z } from 'zod';
import { MAX_AUDIO_BASE64, MAX_AUDIO_MS, baseAudioMime } from './answerAudio';
import { id } from '../schemaParts';
import type { SchemasFor } from '../channelParts';
import type { voiceChannels } from './voiceChannels';
import { PROBE_AUDIO_OFFSET } from '../rehearsal/probeTurns';

// A question's place, or a follow-up's (its question's place past PROBE_AUDIO_OFFSET).
const position = z
  .number()
  .int()
  .min(0)
  .max(PROBE_AUDIO_OFFSET + 99);
const mime = z
  .string()
  .max(100)
  .refine(
    (m) => baseAudioMime(m) !== null,
    'a recording must be audio/webm, audio/ogg or audio/mp4',
  );
// Length is checked before the pattern, so an oversized body is refused without scanning it.
const base64 = z
  .string()
  .min(4)
  .max(MAX_AUDIO_BASE64, 'the recording is larger than Ladder keeps (about five minutes of speech)')
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'not base64 data');

export const audioSchemas = {
  'rehearsal.saveAudio': z
    .object({
      sessionId: id,
      position,
      mime,
      durationMs: z.number().int().min(0).max(MAX_AUDIO_MS),
      data: base64,
    })
    .strict(),
  'rehearsal.audio': z.object({ sessionId: id, position }).strict(),
  'rehearsal.removeAudio': z.object({ sessionId: id, position }).strict(),
} satisfies SchemasFor<typeof voiceChannels>;
