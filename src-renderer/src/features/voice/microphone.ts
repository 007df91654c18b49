// What the browser offers for recording, and a plain sentence for each way the microphone can fail.
import { AUDIO_MIME_TYPES } from '../../../../src-main/shared/voice/answerAudio';

/** Preferred first: Opus in WebM (Chromium, Electron), Opus in Ogg (Firefox), then MP4 (Safari). */
const CANDIDATES = [
  'audio/webm;codecs=opus',
  'audio/webm',
  'audio/ogg;codecs=opus',
  'audio/ogg',
  'audio/mp4',
] as const;

export const TYPING_STILL_WORKS = 'Typing your answer still works.';

/** True when this page can ask for the microphone and record from it at all. */
export function canRecord(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.mediaDevices?.getUserMedia === 'function' &&
    typeof MediaRecorder !== 'undefined'
  );
}

/** The first container Ladder keeps that this browser can write, or null. */
export function pickMimeType(
  isSupported: (mime: string) => boolean = (m) => MediaRecorder.isTypeSupported(m),
): string | null {
  for (const mime of CANDIDATES) {
    if (isSupported(mime) && AUDIO_MIME_TYPES.some((base) => mime.startsWith(base))) return mime;
  }
  return null;
}

/** The note shown when recording cannot start; typing is never affected. */
export function microphoneProblem(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `Ladder is not allowed to use the microphone, so nothing is recorded. ${TYPING_STILL_WORKS} To record, allow the microphone for Ladder in your system or browser settings, then press Record again.`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return `No microphone was found. ${TYPING_STILL_WORKS}`;
    case 'NotReadableError':
    case 'AbortError':
      return `The microphone is busy or could not start. ${TYPING_STILL_WORKS}`;
    default:
      return `Recording could not start. ${TYPING_STILL_WORKS}`;
  }
}

export const NO_RECORDING_HERE = `Recording is not available here. ${TYPING_STILL_WORKS}`;
