// One microphone recording at a time: asks for the microphone only when started, records with
// MediaRecorder, stops by itself at the length Ladder keeps, and always releases the microphone
// (on stop, on failure, and when the component goes away mid-recording).
import { useCallback, useEffect, useRef, useState } from 'react';
import { AUDIO_BITS_PER_SECOND, MAX_AUDIO_MS } from '../../../../src-main/shared/voice/answerAudio';
import { canRecord, microphoneProblem, NO_RECORDING_HERE, pickMimeType } from './microphone';

export interface Recording {
  blob: Blob;
  mime: string;
  durationMs: number;
  /** True when the recording reached the longest length kept and stopped by itself. */
  cutShort: boolean;
}

export type RecorderStatus = 'idle' | 'starting' | 'recording';

interface Live {
  recorder: MediaRecorder;
  tick: number;
}

function release(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/**
 * `onRecorded` runs when a recording ends, even if the component has gone away by then (ending an
 * answer with Ctrl+Enter unmounts the answer screen): the sound must still be saved.
 */
export function useRecorder(onRecorded: (recording: Recording) => void) {
  const [status, setStatus] = useState<RecorderStatus>('idle');
  const [elapsedMs, setElapsedMs] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const live = useRef<Live | null>(null);
  const mounted = useRef(false);
  const handler = useRef(onRecorded);
  useEffect(() => {
    handler.current = onRecorded;
  }, [onRecorded]);

  const stop = useCallback(() => {
    const current = live.current;
    if (current && current.recorder.state !== 'inactive') current.recorder.stop();
  }, []);

  const start = useCallback(async () => {
    if (live.current || status !== 'idle') return;
    setProblem(null);
    const mime = canRecord() ? pickMimeType() : null;
    if (!mime) {
      setProblem(NO_RECORDING_HERE);
      return;
    }
    setStatus('starting');
    let stream: MediaStream;
    try {
      // The only place Ladder asks for the microphone: the user has just pressed Record.
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      if (mounted.current) {
        setStatus('idle');
        setProblem(microphoneProblem(error));
      }
      return;
    }
    if (!mounted.current) {
      release(stream);
      return;
    }
    let recorder: MediaRecorder;
    try {
      recorder = new MediaRecorder(stream, {
        mimeType: mime,
        audioBitsPerSecond: AUDIO_BITS_PER_SECOND,
      });
    } catch (error) {
      release(stream);
      setStatus('idle');
      setProblem(microphoneProblem(error));
      return;
    }
    const chunks: Blob[] = [];
    const began = performance.now();
    let cutShort = false;
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onstop = () => {
      release(stream);
      if (live.current) window.clearInterval(live.current.tick);
      live.current = null;
      if (mounted.current) setStatus('idle');
      const type = recorder.mimeType || mime;
      handler.current({
        blob: new Blob(chunks, { type }),
        mime: type,
        durationMs: Math.min(MAX_AUDIO_MS, Math.round(performance.now() - began)),
        cutShort,
      });
    };
    recorder.onerror = () => {
      if (recorder.state !== 'inactive') recorder.stop();
    };
    const tick = window.setInterval(() => {
      const elapsed = performance.now() - began;
      if (mounted.current) setElapsedMs(elapsed);
      if (elapsed >= MAX_AUDIO_MS && recorder.state !== 'inactive') {
        cutShort = true;
        recorder.stop();
      }
    }, 250);
    live.current = { recorder, tick };
    // Chunks every second: what was said so far is kept even if the recorder is stopped abruptly.
    recorder.start(1000);
    setElapsedMs(0);
    setStatus('recording');
  }, [status]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      stop();
    };
  }, [stop]);

  return { status, elapsedMs, problem, start, stop, setProblem };
}
