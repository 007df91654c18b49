// Read aloud during a rehearsal: a notice when the system has no voice to read with, and mute (M)
// and repeat the question (Shift+R), as buttons and keys, whenever read aloud is on.
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { useAddLegendKeys } from './keyLegendExtras';
import { speak, stopSpeaking, voiceAvailable } from './speech';
import './practiceControls.css';

/** The keys, for the key legend of every screen while read aloud is on. */
export const READ_ALOUD_KEYS: readonly [string, string][] = [
  ['M', 'Mute or unmute reading aloud, outside the answer box'],
  ['Shift+R', 'Repeat the question aloud, outside the answer box'],
];

const NO_KEYS: readonly [string, string][] = [];

export interface ReadAloud {
  /** Read aloud is on in the settings. */
  on: boolean;
  muted: boolean;
  /** Null while the voice list is still awaited. */
  available: boolean | null;
  /** Questions are spoken as they come: on, not muted. */
  speaking: boolean;
  toggleMute: () => void;
  repeat: () => void;
}

export function useReadAloud(on: boolean, questionText: string | undefined): ReadAloud {
  const [muted, setMuted] = useState(false);
  const [available, setAvailable] = useState<boolean | null>(null);
  useAddLegendKeys(on ? READ_ALOUD_KEYS : NO_KEYS);
  useEffect(() => {
    if (!on) return;
    let live = true;
    void voiceAvailable().then((ok) => live && setAvailable(ok));
    return () => {
      live = false;
    };
  }, [on]);
  const toggleMute = useCallback(() => {
    setMuted((m) => {
      if (!m) stopSpeaking();
      return !m;
    });
  }, []);
  const repeat = useCallback(() => {
    if (on && questionText) speak(questionText);
  }, [on, questionText]);
  return { on, muted, available, speaking: on && !muted, toggleMute, repeat };
}

/** What a key does to read aloud (outside the answer box): mute (M), repeat (Shift+R), or nothing. */
export function readAloudKey(e: KeyboardEvent): 'mute' | 'repeat' | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key.toLowerCase() === 'm' && !e.shiftKey) return 'mute';
  if (e.key.toLowerCase() === 'r' && e.shiftKey) return 'repeat';
  return null;
}

export function ReadAloudControls({ aloud }: { aloud: ReadAloud }) {
  if (!aloud.on) return null;
  return (
    <div className="rehearsal-voice" role="group" aria-label="Read aloud">
      {aloud.available === false && (
        <p className="rehearsal-voice__notice" role="status">
          Read aloud is on, but this system has no voice to read with: the questions are shown on
          screen only. Installing a speech voice for the system (or the browser) lets Ladder read
          them.
        </p>
      )}
      <button
        type="button"
        className="ladder-button"
        aria-pressed={aloud.muted}
        aria-keyshortcuts="M"
        onClick={aloud.toggleMute}
      >
        Mute reading aloud
      </button>
      <button
        type="button"
        className="ladder-button"
        aria-keyshortcuts="Shift+R"
        disabled={aloud.available === false}
        onClick={aloud.repeat}
      >
        Repeat the question
      </button>
    </div>
  );
}
