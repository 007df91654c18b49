// @vitest-environment jsdom
// Read aloud in a rehearsal: a notice when the system has no voice, and mute (M) and repeat the
// question (Shift+R) as keys, in the key legend and as named buttons. Speech synthesis is a
// platform API jsdom lacks; a stand-in plays Chromium's part (an empty voice list at first).
import { fake, resetFake } from './fakeRehearsalApi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshState } from '../journal/renderWithQuery';
import { confirmSettings, manualClock, renderOverlay } from './overlayHarness';
import {
  stopSpeaking,
  VOICE_WAIT_MS,
  voiceAvailable,
} from '../../../src-renderer/src/features/rehearsal/speech';

class Utterance {
  constructor(readonly text: string) {}
}

function platform(voices: number) {
  const listeners = new Set<() => void>();
  const spoken: string[] = [];
  const synth = {
    voices,
    getVoices: () => Array.from({ length: synth.voices }, () => ({})),
    speak: (u: Utterance) => spoken.push(u.text),
    cancel: vi.fn(),
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    loadVoices(n: number) {
      synth.voices = n;
      for (const f of [...listeners]) f();
    },
  };
  Object.assign(window, { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance });
  Object.assign(globalThis, { SpeechSynthesisUtterance: Utterance });
  return { synth, spoken, listeners };
}

function noPlatform() {
  delete (window as { speechSynthesis?: unknown }).speechSynthesis;
}

beforeEach(() => {
  resetFake();
  freshState();
});
afterEach(() => {
  stopSpeaking();
  cleanup();
  vi.useRealTimers();
  noPlatform();
  document.body.innerHTML = '';
});

describe('voiceAvailable', () => {
  it('is true at once with voices listed, or when the list arrives; false without speech or after the wait', async () => {
    platform(2);
    expect(await voiceAvailable()).toBe(true);

    const late = platform(0);
    const arriving = voiceAvailable();
    late.synth.loadVoices(1);
    expect(await arriving).toBe(true);
    expect(late.listeners.size).toBe(0);

    vi.useFakeTimers();
    const never = platform(0);
    const waiting = voiceAvailable();
    never.synth.loadVoices(0); // a change that brings no voice keeps it waiting
    await vi.advanceTimersByTimeAsync(VOICE_WAIT_MS + 1);
    expect(await waiting).toBe(false);
    expect(never.listeners.size).toBe(0);

    noPlatform();
    expect(await voiceAvailable()).toBe(false);
  });
});

async function startReadingAloud() {
  renderOverlay(manualClock());
  fireEvent.click(screen.getByRole('checkbox', { name: /Read/ }));
  await confirmSettings({ followUps: false });
  await screen.findByRole('heading', { name: 'Question number 1?' });
}

describe('read aloud during a rehearsal', () => {
  it('says so when the system has no voice, and keeps the questions on screen', async () => {
    noPlatform();
    await startReadingAloud();
    const notice = await screen.findByText(/this system has no voice to read with/);
    expect(notice.textContent).toContain('the questions are shown on screen only');
    expect(
      screen.getByRole('button', { name: 'Repeat the question' }).hasAttribute('disabled'),
    ).toBe(true);
  });

  it('mutes with M and repeats the question with Shift+R, keys listed in the legend and named buttons', async () => {
    const p = platform(1);
    await startReadingAloud();
    await waitFor(() => expect(p.spoken).toEqual(['Question number 1?']));
    expect(screen.queryByText(/no voice to read with/)).toBeNull();
    const legend = screen.getByLabelText('Keyboard keys');
    expect(
      within(legend).getByText('Mute or unmute reading aloud, outside the answer box'),
    ).toBeTruthy();
    expect(
      within(legend).getByText('Repeat the question aloud, outside the answer box'),
    ).toBeTruthy();

    const user = userEvent.setup();
    screen.getByRole('heading', { name: 'Question number 1?' }).focus();
    await user.keyboard('{Shift>}R{/Shift}');
    expect(p.spoken).toEqual(['Question number 1?', 'Question number 1?']);
    // Shift+R is not a peek: the prepared answer stays hidden.
    expect(screen.queryByRole('complementary', { name: 'Prepared answer' })).toBeNull();

    const mute = screen.getByRole('button', { name: 'Mute reading aloud' });
    expect(mute.getAttribute('aria-pressed')).toBe('false');
    const cancels = p.synth.cancel.mock.calls.length;
    await user.keyboard('m');
    expect(mute.getAttribute('aria-pressed')).toBe('true');
    expect(p.synth.cancel.mock.calls.length).toBeGreaterThan(cancels);
    // Muted, the next question comes on screen without being spoken.
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('group', { name: /How did that go/ });
    await user.keyboard('3');
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Question number 2?' });
    expect(p.spoken).toEqual(['Question number 1?', 'Question number 1?']);
    // The buttons do the same as the keys; unmuting reads the question on screen.
    await user.click(mute);
    expect(mute.getAttribute('aria-pressed')).toBe('false');
    await waitFor(() => expect(p.spoken.at(-1)).toBe('Question number 2?'));
    await user.click(screen.getByRole('button', { name: 'Repeat the question' }));
    expect(p.spoken.filter((t) => t === 'Question number 2?')).toHaveLength(2);
    // In the answer box, M and Shift+R are letters.
    const box = screen.getByRole('textbox', { name: 'Your answer' }) as HTMLTextAreaElement;
    box.focus();
    await user.keyboard('mR');
    expect(box.value).toBe('mR');
    expect(mute.getAttribute('aria-pressed')).toBe('false');
    expect(fake.sessions).toHaveLength(1);
  });

  it('shows no controls when read aloud is off', async () => {
    platform(1);
    renderOverlay(manualClock());
    await confirmSettings({ followUps: false });
    await screen.findByRole('heading', { name: 'Question number 1?' });
    expect(screen.queryByRole('group', { name: 'Read aloud' })).toBeNull();
    expect(screen.queryByText(/Mute or unmute/)).toBeNull();
    await act(async () => undefined);
  });
});
