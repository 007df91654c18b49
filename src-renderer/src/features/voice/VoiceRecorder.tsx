// Record a spoken answer: one toggle button (its name says what pressing it does), the time so far,
// and a note in words when the microphone is absent or refused. Saved as soon as recording stops;
// a failed save keeps the sound for another try.
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_AUDIO_BYTES, type AudioInfo } from '../../../../src-main/shared/voice/answerAudio';
import { saveAudio } from './voiceQueries';
import { Codicon } from '../../ui/Codicon';
import { notify } from '../../workbench/store';
import { errorMessage } from '../../ui/errorMessage';
import { blobToBase64, clockOf } from './audioData';
import { TYPING_STILL_WORKS } from './microphone';
import { beginSave } from './pendingSaves';
import { useRecorder, type Recording } from './useRecorder';
import './voice.css';

export interface VoiceRecorderProps {
  sessionId: string;
  /** Place of the answer in the session, 0-based. */
  position: number;
  onSaved?: (info: AudioInfo) => void;
}

type SaveState =
  | { kind: 'none' }
  | { kind: 'saving' }
  | { kind: 'saved'; info: AudioInfo }
  | { kind: 'failed'; message: string; retry: Recording | null };

export function VoiceRecorder({ sessionId, position, onSaved }: VoiceRecorderProps) {
  const [save, setSave] = useState<SaveState>({ kind: 'none' });
  const [announcement, setAnnouncement] = useState('');
  const mounted = useRef(true);
  const place = useRef({ sessionId, position });
  const savedHandler = useRef(onSaved);
  useEffect(() => {
    place.current = { sessionId, position };
    savedHandler.current = onSaved;
  }, [sessionId, position, onSaved]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const store = useCallback(async (recording: Recording) => {
    const target = { ...place.current };
    const show = (next: SaveState) => {
      if (mounted.current) setSave(next);
    };
    if (recording.blob.size === 0) {
      show({
        kind: 'failed',
        message: 'Nothing was recorded. Check the microphone and press Record again.',
        retry: null,
      });
      return;
    }
    if (recording.blob.size > MAX_AUDIO_BYTES) {
      show({
        kind: 'failed',
        message: 'This recording is longer than Ladder keeps, so it was not saved.',
        retry: null,
      });
      return;
    }
    show({ kind: 'saving' });
    const done = beginSave(target.sessionId, target.position);
    try {
      const data = await blobToBase64(recording.blob);
      const info = await saveAudio({
        ...target,
        mime: recording.mime,
        durationMs: recording.durationMs,
        data,
      });
      show({ kind: 'saved', info });
      if (mounted.current) {
        setAnnouncement(
          `Recording saved, ${clockOf(info.durationMs)}${recording.cutShort ? ', stopped at the five-minute limit' : ''}.`,
        );
      }
      savedHandler.current?.(info);
    } catch (error) {
      if (mounted.current)
        show({
          kind: 'failed',
          message: `Your recording could not be saved: ${errorMessage(error)}`,
          retry: recording,
        });
      // The answer screen has gone: say so where it will be seen.
      else notify('error', `A voice answer could not be saved: ${errorMessage(error)}`);
    } finally {
      done();
    }
  }, []);

  const recorder = useRecorder(store);
  const recording = recorder.status === 'recording';
  const starting = recorder.status === 'starting';

  // Busy is aria-disabled rather than disabled: a disabled button would drop the keyboard focus to the
  // page, out of reach of the rehearsal's keys (Ctrl+Enter ends the answer).
  const busy = starting || save.kind === 'saving';
  const toggle = () => {
    if (busy) return;
    if (recording) {
      recorder.stop();
      return;
    }
    setAnnouncement('');
    void recorder.start();
  };

  useEffect(() => {
    if (recording) setAnnouncement('Recording. Press Stop recording when you are done.');
  }, [recording]);

  const label = recording
    ? 'Stop recording'
    : starting
      ? 'Waiting for the microphone'
      : save.kind === 'saved'
        ? 'Record again'
        : 'Record a voice answer';

  return (
    <div className="voice-recorder">
      <button
        type="button"
        className={`ladder-button voice-recorder__toggle${recording ? ' voice-recorder__toggle--on' : ''}`}
        onClick={toggle}
        aria-disabled={busy}
      >
        <Codicon name={recording ? 'debug-stop' : 'record'} /> {label}
      </button>
      {recording && (
        <span className="voice-recorder__elapsed" role="timer" aria-label="Time recorded">
          {clockOf(recorder.elapsedMs)}
        </span>
      )}
      {save.kind === 'saving' && (
        <span className="voice-recorder__state">Saving the recording…</span>
      )}
      {save.kind === 'saved' && !recording && (
        <span className="voice-recorder__state">
          <Codicon name="check" /> Recording saved ({clockOf(save.info.durationMs)}). You can play
          it back in the review.
        </span>
      )}
      {recorder.problem && (
        <p className="voice-note" role="note">
          <Codicon name="info" /> {recorder.problem}
        </p>
      )}
      {save.kind === 'failed' && (
        <p className="voice-note voice-note--error" role="alert">
          {save.message} {TYPING_STILL_WORKS}{' '}
          {save.retry && (
            <button
              type="button"
              className="ladder-button"
              onClick={() => save.retry && void store(save.retry)}
            >
              Try saving again
            </button>
          )}
        </p>
      )}
      <span className="voice-live" role="status" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
