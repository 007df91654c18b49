// Play back the spoken answer kept for one answer of a rehearsal, with how it was delivered;
// nothing shows when there is none.
// The sound becomes a blob: URL (allowed by the CSP's media-src) released when the part goes away.
import { audioPlaceLabel } from '../../../../src-main/shared/rehearsal/probeTurns';
import { useEffect, useState, type SyntheticEvent, useMemo } from 'react';
import { audioRead, removeAudio } from './voiceQueries';
import { confirmDialog } from '../../ui/confirm';
import { errorMessage } from '../../ui/errorMessage';
import { base64ToBlob, clockOf } from './audioData';
import { DeliveryFeedback } from './DeliveryFeedback';
import { useSavePending } from './pendingSaves';
import './voice.css';

export interface VoicePlaybackProps {
  sessionId: string;
  position: number;
  /** The question's time box, or null when there was none. */
  timeBoxMs?: number | null;
}

/**
 * MediaRecorder's WebM carries no duration, so the element reports Infinity and cannot seek; seeking
 * far past the end once makes it read the real length, then playback goes back to the start.
 */
function learnDuration(event: SyntheticEvent<HTMLAudioElement>): void {
  const audio = event.currentTarget;
  if (audio.duration !== Infinity) return;
  const rewind = () => {
    audio.removeEventListener('durationchange', rewind);
    audio.currentTime = 0;
  };
  audio.addEventListener('durationchange', rewind);
  audio.currentTime = Number.MAX_SAFE_INTEGER;
}

export function VoicePlayback({ sessionId, position, timeBoxMs = null }: VoicePlaybackProps) {
  const query = audioRead.use({ sessionId, position });
  const audio = query.data ?? null;
  const [url, setUrl] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const saving = useSavePending(sessionId, position);

  const recording = useMemo(() => (audio ? base64ToBlob(audio.data, audio.mime) : null), [audio]);

  useEffect(() => {
    if (!recording) {
      setUrl(null);
      return;
    }
    const next = URL.createObjectURL(recording);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [recording]);

  if (query.isError) {
    return (
      <p className="voice-note voice-note--error" role="alert">
        The recording of this answer could not be loaded: {errorMessage(query.error)}
      </p>
    );
  }
  if (!audio || !url || !recording) {
    return saving ? (
      <p className="voice-recorder__state" role="status">
        Saving your spoken answer…
      </p>
    ) : null;
  }

  const remove = async () => {
    const ok = await confirmDialog({
      title: 'Delete this recording?',
      message: 'The spoken answer is removed from Ladder for good. The typed answer stays.',
      confirmLabel: 'Delete recording',
      cancelLabel: 'Keep it',
      danger: true,
    });
    if (!ok) return;
    try {
      setRemoveError(null);
      await removeAudio({ sessionId, position });
    } catch (error) {
      setRemoveError(`The recording could not be deleted: ${errorMessage(error)}`);
    }
  };

  const name = `Your spoken answer to ${audioPlaceLabel(position)}`;
  return (
    // Space belongs to the player here, not to the rehearsal's pause key.
    <figure className="voice-playback" onKeyDown={(e) => e.key === ' ' && e.stopPropagation()}>
      <figcaption>Your spoken answer ({clockOf(audio.durationMs)})</figcaption>
      <audio
        className="voice-playback__audio"
        controls
        preload="metadata"
        src={url}
        aria-label={name}
        onLoadedMetadata={learnDuration}
      />
      <button
        type="button"
        className="ladder-button voice-playback__remove"
        onClick={() => void remove()}
        aria-label={`Delete recording of ${audioPlaceLabel(position)}`}
      >
        Delete recording
      </button>
      {removeError && (
        <p className="voice-note voice-note--error" role="alert">
          {removeError}
        </p>
      )}
      <DeliveryFeedback recording={recording} timeBoxMs={timeBoxMs} position={position} />
    </figure>
  );
}
