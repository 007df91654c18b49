// Voice answers of a rehearsal: the recordings Ladder keeps and the limits it keeps them within.
// Plain data, so the renderer can stop a recording before the store would refuse it.

/** Containers MediaRecorder writes in the browsers Ladder runs in; codecs parameters are dropped on save. */
export const AUDIO_MIME_TYPES = ['audio/webm', 'audio/ogg', 'audio/mp4'] as const;
export type AudioMimeType = (typeof AUDIO_MIME_TYPES)[number];

/** Five minutes: well past any time box (the longest is 30 minutes of typing, not talking). */
export const MAX_AUDIO_MS = 5 * 60 * 1000;
/**
 * 4 MB: five minutes of Opus at the recorder's 64 kbit/s is about 2.4 MB. As base64 in JSON it stays far
 * under the 16 MB body limit of browser mode.
 */
export const MAX_AUDIO_BYTES = 4 * 1024 * 1024;
/** The bitrate the recorder asks for, so five minutes fit the limit with room to spare. */
export const AUDIO_BITS_PER_SECOND = 64_000;

/** The length of `MAX_AUDIO_BYTES` once base64-encoded. */
export const MAX_AUDIO_BASE64 = Math.ceil(MAX_AUDIO_BYTES / 3) * 4;

/** A stored recording without its sound, as the save answers. */
export interface AudioInfo {
  sessionId: string;
  position: number;
  mime: AudioMimeType;
  durationMs: number;
  bytes: number;
  createdAt: number;
}

/** A stored recording with its sound, base64-encoded to cross either transport. */
export interface AnswerAudio extends AudioInfo {
  data: string;
}

/** `audio/webm;codecs=opus` → `audio/webm`; null for anything Ladder does not keep. */
export function baseAudioMime(mime: string): AudioMimeType | null {
  const base = mime.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return (AUDIO_MIME_TYPES as readonly string[]).includes(base) ? (base as AudioMimeType) : null;
}

/** Whether the bytes start the way a file of this container does. */
export function looksLike(mime: AudioMimeType, data: Uint8Array): boolean {
  const at = (offset: number, ...bytes: number[]) => bytes.every((b, i) => data[offset + i] === b);
  switch (mime) {
    case 'audio/webm':
      return at(0, 0x1a, 0x45, 0xdf, 0xa3); // EBML header
    case 'audio/ogg':
      return at(0, 0x4f, 0x67, 0x67, 0x53); // "OggS"
    case 'audio/mp4':
      return at(4, 0x66, 0x74, 0x79, 0x70); // "ftyp" box
  }
}
