// Voice answers: keep one recording per answer of a rehearsal, hand it back for playback, remove it.
// The sound is checked to be the container it claims, so the store never keeps arbitrary bytes.
import {
  type AnswerAudio,
  type AudioInfo,
  type AudioMimeType,
  MAX_AUDIO_BYTES,
  baseAudioMime,
  looksLike,
} from '../../shared/voice/answerAudio';
import type { ParsedArgs } from '../../shared/contract';
import { LadderError } from '../../shared/errors';
import { deleteAudio, findAudio, upsertAudio, type AudioInfoRow } from './answerAudioRepository';
import { findSession } from '../rehearsal/rehearsalsRepository';
import { audioPlaceOf } from '../../shared/rehearsal/probeTurns';
import type { ServiceContext } from '../common/context';

function toInfo(row: AudioInfoRow): AudioInfo {
  return {
    sessionId: row.session_id,
    position: row.position,
    mime: row.mime as AudioMimeType,
    durationMs: row.duration_ms,
    bytes: row.bytes,
    createdAt: row.created_at,
  };
}

export function createAnswerAudioService(ctx: ServiceContext) {
  const { db } = ctx;

  /** The session must exist and have a question at this place (or at the place its follow-up's answer is kept). */
  function requirePlace(sessionId: string, position: number): void {
    const session = findSession(db, sessionId);
    if (!session) throw new LadderError('not-found', 'That rehearsal no longer exists.');
    const count = (JSON.parse(session.question_ids) as unknown[]).length;
    if (audioPlaceOf(position).position >= count)
      throw new LadderError('invalid-argument', 'That rehearsal has no question at this place.');
  }

  /**
   * Any session status is accepted: a recording stopped by the last Ctrl+Enter may land just after the
   * rehearsal finished, and it still belongs to that answer.
   */
  function save(args: ParsedArgs<'rehearsal.saveAudio'>): AudioInfo {
    const mime = baseAudioMime(args.mime);
    if (!mime)
      throw new LadderError(
        'invalid-argument',
        'Ladder keeps recordings as WebM, Ogg or MP4 audio only.',
      );
    const data = Buffer.from(args.data, 'base64');
    if (data.length > MAX_AUDIO_BYTES) {
      throw new LadderError(
        'invalid-argument',
        'This recording is larger than Ladder keeps (about five minutes of speech).',
      );
    }
    if (!looksLike(mime, data))
      throw new LadderError('invalid-argument', `This recording is not ${mime} sound.`);
    requirePlace(args.sessionId, args.position);
    const row = {
      session_id: args.sessionId,
      position: args.position,
      mime,
      duration_ms: args.durationMs,
      data,
      created_at: ctx.now(),
    };
    upsertAudio(db, row);
    return toInfo({ ...row, bytes: data.length });
  }

  function get(args: ParsedArgs<'rehearsal.audio'>): AnswerAudio | null {
    requirePlace(args.sessionId, args.position);
    const row = findAudio(db, args.sessionId, args.position);
    if (!row) return null;
    return { ...toInfo({ ...row, bytes: row.data.length }), data: row.data.toString('base64') };
  }

  function remove(args: ParsedArgs<'rehearsal.removeAudio'>): null {
    requirePlace(args.sessionId, args.position);
    deleteAudio(db, args.sessionId, args.position);
    return null;
  }

  return { save, get, remove };
}

export type AnswerAudioService = ReturnType<typeof createAnswerAudioService>;
