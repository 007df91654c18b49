// Speaks a question with the platform's speech synthesis. Where there is no API or no voice, it
// stays silent: the question is on screen anyway, so nothing is lost and nothing is reported.

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

export function speak(text: string): void {
  const s = synth();
  if (!s || typeof SpeechSynthesisUtterance === 'undefined') return;
  try {
    if (s.getVoices().length === 0) return;
    s.cancel();
    s.speak(new SpeechSynthesisUtterance(text));
  } catch {
    // A platform that lists voices but cannot speak: the text on screen is enough.
  }
}

export function stopSpeaking(): void {
  try {
    synth()?.cancel();
  } catch {
    // Nothing to stop.
  }
}
