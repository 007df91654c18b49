// jsdom has no microphone: stand-ins for getUserMedia and MediaRecorder that behave as Chromium's do
// at their edges (permission errors as DOMExceptions, data then stop events). The real ones run in
// the e2e test.

/** The first bytes of a WebM file, so the real store accepts what the stand-in records. */
export const WEBM_BYTES = new Uint8Array([
  0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01,
]);

export interface FakeTrack {
  stopped: boolean;
  stop: () => void;
}

export interface Microphone {
  requests: number;
  tracks: FakeTrack[];
  recorders: FakeMediaRecorder[];
}

export const microphone: Microphone = { requests: 0, tracks: [], recorders: [] };

export class FakeMediaRecorder {
  static isTypeSupported(mime: string): boolean {
    return mime.startsWith('audio/webm');
  }
  state: 'inactive' | 'recording' = 'inactive';
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readonly mimeType: string;
  constructor(
    readonly stream: unknown,
    options: { mimeType: string; audioBitsPerSecond?: number },
  ) {
    this.mimeType = options.mimeType;
    microphone.recorders.push(this);
  }
  start(): void {
    this.state = 'recording';
  }
  stop(): void {
    if (this.state === 'inactive') return;
    this.state = 'inactive';
    // As in browsers: the last data, then stop, both after the call returns.
    queueMicrotask(() => {
      this.ondataavailable?.({ data: new Blob([WEBM_BYTES], { type: this.mimeType }) });
      this.onstop?.();
    });
  }
}

/** Installs a microphone that grants access, or refuses with the given DOMException name. */
export function installMicrophone(outcome: 'granted' | 'NotAllowedError' | 'NotFoundError'): void {
  microphone.requests = 0;
  microphone.tracks = [];
  microphone.recorders = [];
  Object.defineProperty(globalThis, 'MediaRecorder', {
    value: FakeMediaRecorder,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: {
      getUserMedia: (constraints: MediaStreamConstraints) => {
        microphone.requests++;
        if (constraints.video || !constraints.audio)
          return Promise.reject(new DOMException('audio only', 'TypeError'));
        if (outcome !== 'granted') return Promise.reject(new DOMException('refused', outcome));
        const track: FakeTrack = { stopped: false, stop: () => (track.stopped = true) };
        microphone.tracks.push(track);
        return Promise.resolve({ getTracks: () => [track] });
      },
    },
  });
}

/** A browser without recording at all. */
export function removeMicrophone(): void {
  Reflect.deleteProperty(globalThis, 'MediaRecorder');
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: undefined });
}
