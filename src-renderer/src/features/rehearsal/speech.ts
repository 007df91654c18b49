// Speaks a question with the platform's speech synthesis. Where there is no API or no voice, it
// stays silent (the question is on screen anyway); voiceAvailable() tells the rehearsal so, for its
// notice.

/** How long a question waits for the voice list, which Chromium fills only after start. */
export const VOICE_WAIT_MS = 3000;

let pending: (() => void) | null = null;

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : null;
}

function cancelPending(): void {
  pending?.();
  pending = null;
}

function say(s: SpeechSynthesis, text: string): void {
  s.cancel();
  s.speak(new SpeechSynthesisUtterance(text));
}

export function speak(text: string): void {
  const s = synth();
  if (!s || typeof SpeechSynthesisUtterance === 'undefined') return;
  cancelPending();
  try {
    if (s.getVoices().length > 0) {
      say(s, text);
      return;
    }
    // An empty list at first is usual (the first question of a session): speak once voices arrive,
    // unless the next question or the end of the rehearsal comes first.
    const onVoices = () => {
      if (s.getVoices().length === 0) return;
      cancelPending();
      try {
        say(s, text);
      } catch {
        // As below.
      }
    };
    const timer = setTimeout(cancelPending, VOICE_WAIT_MS);
    s.addEventListener('voiceschanged', onVoices);
    pending = () => {
      clearTimeout(timer);
      s.removeEventListener('voiceschanged', onVoices);
    };
  } catch {
    // A platform that lists voices but cannot speak: the text on screen is enough.
  }
}

export function stopSpeaking(): void {
  cancelPending();
  try {
    synth()?.cancel();
  } catch {
    // Nothing to stop.
  }
}

/**
 * Whether the system can read aloud: false without speech synthesis, or when its voice list is
 * still empty once it changed or VOICE_WAIT_MS passed (Chromium fills it only after start).
 */
export function voiceAvailable(): Promise<boolean> {
  const s = synth();
  if (!s || typeof SpeechSynthesisUtterance === 'undefined') return Promise.resolve(false);
  const listed = () => {
    try {
      return s.getVoices().length > 0;
    } catch {
      return false;
    }
  };
  if (listed()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      s.removeEventListener('voiceschanged', onVoices);
      resolve(listed());
    };
    const onVoices = () => {
      if (listed()) done();
    };
    const timer = setTimeout(done, VOICE_WAIT_MS);
    s.addEventListener('voiceschanged', onVoices);
  });
}
