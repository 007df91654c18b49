// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  base64ToBlob,
  blobToBase64,
  clockOf,
} from '../../../src-renderer/src/features/voice/audioData';
import {
  microphoneProblem,
  pickMimeType,
} from '../../../src-renderer/src/features/voice/microphone';
import { baseAudioMime } from '../../../src-main/shared/voice/answerAudio';

describe('recording format', () => {
  it('prefers Opus in WebM, then Ogg, then MP4, and never a container the store refuses', () => {
    expect(pickMimeType(() => true)).toBe('audio/webm;codecs=opus');
    expect(pickMimeType((m) => m.startsWith('audio/ogg'))).toBe('audio/ogg;codecs=opus');
    expect(pickMimeType((m) => m === 'audio/mp4')).toBe('audio/mp4');
    expect(pickMimeType((m) => m === 'audio/wav' || m === 'audio/mpeg')).toBeNull();
  });

  it('keeps the container and drops codecs parameters', () => {
    expect(baseAudioMime('audio/webm;codecs=opus')).toBe('audio/webm');
    expect(baseAudioMime(' Audio/OGG ; codecs="opus"')).toBe('audio/ogg');
    expect(baseAudioMime('audio/mpeg')).toBeNull();
    expect(baseAudioMime('video/webm')).toBeNull();
  });
});

describe('microphone notes', () => {
  it('names the cause and always says typing still works', () => {
    const cases: [string, RegExp][] = [
      ['NotAllowedError', /not allowed to use the microphone/],
      ['SecurityError', /not allowed to use the microphone/],
      ['NotFoundError', /No microphone was found/],
      ['OverconstrainedError', /No microphone was found/],
      ['NotReadableError', /busy or could not start/],
      ['TypeError', /Recording could not start/],
    ];
    for (const [name, text] of cases) {
      const note = microphoneProblem(new DOMException('x', name));
      expect(note, name).toMatch(text);
      expect(note, name).toMatch(/Typing your answer still works\./);
    }
    expect(microphoneProblem('odd')).toMatch(
      /Recording could not start\. Typing your answer still works\./,
    );
  });
});

describe('sound as text', () => {
  it('survives base64 both ways, every byte value included', async () => {
    const bytes = new Uint8Array(256 * 3).map((_, i) => i % 256);
    const text = await blobToBase64(new Blob([bytes], { type: 'audio/webm' }));
    const back = new Uint8Array(await base64ToBlob(text, 'audio/webm').arrayBuffer());
    expect([...back]).toEqual([...bytes]);
    expect(base64ToBlob(text, 'audio/ogg').type).toBe('audio/ogg');
  });

  it('shows minutes and seconds', () => {
    expect(clockOf(0)).toBe('0:00');
    expect(clockOf(999)).toBe('0:00');
    expect(clockOf(65_000)).toBe('1:05');
    expect(clockOf(300_000)).toBe('5:00');
    expect(clockOf(-5)).toBe('0:00');
  });
});
