// @vitest-environment jsdom
import { base64Of, calls, closeGate, gate, resetAudio, storedBytes } from './fakeAudioApi';
import { installMicrophone, microphone, removeMicrophone, WEBM_BYTES } from './fakeMedia';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { freshState, renderWithQuery } from '../journal/renderWithQuery';
import { VoiceRecorder } from '../../../src-renderer/src/features/voice/VoiceRecorder';
import { VoicePlayback } from '../../../src-renderer/src/features/voice/VoicePlayback';
import { MAX_AUDIO_MS, type AudioInfo } from '../../../src-main/shared/voice/answerAudio';
import { call } from '../../../src-renderer/src/api/client';

beforeEach(() => {
  freshState();
  resetAudio();
});
afterEach(() => cleanup());

/** The answer screen in small: a typed answer beside the recorder. */
function AnswerBox({
  sessionId,
  onSaved,
}: {
  sessionId: string;
  onSaved?: (info: AudioInfo) => void;
}) {
  const [text, setText] = useState('');
  return (
    <>
      <textarea aria-label="Your answer" value={text} onChange={(e) => setText(e.target.value)} />
      <VoiceRecorder sessionId={sessionId} position={1} onSaved={onSaved} />
    </>
  );
}

const sessionId = 's1';

describe('VoiceRecorder', () => {
  it('asks for the microphone only on Record, then records, stops, releases it and saves the sound', async () => {
    installMicrophone('granted');
    const saved: AudioInfo[] = [];
    const user = userEvent.setup();
    renderWithQuery(<AnswerBox sessionId={sessionId} onSaved={(info) => saved.push(info)} />);
    expect(microphone.requests).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Record a voice answer' }));
    const stop = await screen.findByRole('button', { name: 'Stop recording' });
    expect(microphone.requests).toBe(1);
    expect(screen.getByRole('timer', { name: 'Time recorded' }).textContent).toMatch(/^0:0\d$/);
    expect(microphone.recorders[0]?.mimeType).toBe('audio/webm;codecs=opus');

    await user.click(stop);
    await screen.findByText(/Recording saved \(/);
    expect(microphone.tracks.every((t) => t.stopped)).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Record again' }) as HTMLButtonElement).disabled,
    ).toBe(false);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      sessionId,
      position: 1,
      mime: 'audio/webm',
      bytes: WEBM_BYTES.length,
    });
    expect(storedBytes(sessionId, 1)).toEqual([...WEBM_BYTES]);
    expect(screen.getByRole('status').textContent).toMatch(/Recording saved, 0:0\d\./);
  });

  it('keeps typing working with a note when the microphone is refused', async () => {
    installMicrophone('NotAllowedError');
    const user = userEvent.setup();
    renderWithQuery(<AnswerBox sessionId={sessionId} />);
    await user.click(screen.getByRole('button', { name: 'Record a voice answer' }));
    const note = await screen.findByRole('note');
    expect(note.textContent).toMatch(/not allowed to use the microphone/);
    expect(note.textContent).toMatch(/Typing your answer still works/);
    expect(
      (screen.getByRole('button', { name: 'Record a voice answer' }) as HTMLButtonElement).disabled,
    ).toBe(false);

    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'I led the audit.');
    expect(
      (screen.getByRole('textbox', { name: 'Your answer' }) as HTMLTextAreaElement).value,
    ).toBe('I led the audit.');
    expect(storedBytes(sessionId, 1)).toBeNull();
  });

  it('says so when there is no microphone', async () => {
    installMicrophone('NotFoundError');
    renderWithQuery(<AnswerBox sessionId={sessionId} />);
    fireEvent.click(screen.getByRole('button', { name: 'Record a voice answer' }));
    expect((await screen.findByRole('note')).textContent).toMatch(
      /No microphone was found\. Typing your answer still works\./,
    );
  });

  it('says so where the browser cannot record at all, without asking for anything', async () => {
    removeMicrophone();
    renderWithQuery(<AnswerBox sessionId={sessionId} />);
    fireEvent.click(screen.getByRole('button', { name: 'Record a voice answer' }));
    expect((await screen.findByRole('note')).textContent).toMatch(
      /Recording is not available here\. Typing your answer still works\./,
    );
  });

  it('saves what was said when the answer screen goes away mid-recording', async () => {
    installMicrophone('granted');
    const { unmount } = renderWithQuery(<AnswerBox sessionId={sessionId} />);
    fireEvent.click(screen.getByRole('button', { name: 'Record a voice answer' }));
    await screen.findByRole('button', { name: 'Stop recording' });
    unmount();
    expect(microphone.recorders[0]?.state).toBe('inactive');
    await waitFor(() => expect(storedBytes(sessionId, 1)).toEqual([...WEBM_BYTES]));
    expect(microphone.tracks.every((t) => t.stopped)).toBe(true);
  });

  it('stops by itself at the longest recording kept and says so', async () => {
    installMicrophone('granted');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    try {
      renderWithQuery(<AnswerBox sessionId={sessionId} />);
      fireEvent.click(screen.getByRole('button', { name: 'Record a voice answer' }));
      await screen.findByRole('button', { name: 'Stop recording' });
      await act(async () => {
        vi.advanceTimersByTime(MAX_AUDIO_MS - 1000);
      });
      expect(screen.getByRole('timer', { name: 'Time recorded' }).textContent).toBe('4:59');
      expect(microphone.recorders[0]?.state).toBe('recording');
      await act(async () => {
        vi.advanceTimersByTime(1000);
      });
      await screen.findByText(/Recording saved \(5:00\)/);
      expect(screen.getByRole('status').textContent).toBe(
        'Recording saved, 5:00, stopped at the five-minute limit.',
      );
      expect(microphone.tracks.every((t) => t.stopped)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a failed save with a way to try again, and the typed answer is untouched', async () => {
    installMicrophone('granted');
    const user = userEvent.setup();
    renderWithQuery(<AnswerBox sessionId="no-such-session" />);
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Kept');
    await user.click(screen.getByRole('button', { name: 'Record a voice answer' }));
    await user.click(await screen.findByRole('button', { name: 'Stop recording' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be saved: That rehearsal no longer exists/);
    expect(
      (screen.getByRole('button', { name: 'Try saving again' }) as HTMLButtonElement).disabled,
    ).toBe(false);
    expect(
      (screen.getByRole('textbox', { name: 'Your answer' }) as HTMLTextAreaElement).value,
    ).toBe('Kept');
  });
});

describe('VoicePlayback', () => {
  it('plays the stored recording through a blob URL released on unmount, and can delete it', async () => {
    await call('rehearsal.saveAudio', {
      sessionId,
      position: 0,
      mime: 'audio/webm',
      durationMs: 65_000,
      data: base64Of(WEBM_BYTES),
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const user = userEvent.setup();
    const { unmount } = renderWithQuery(<VoicePlayback sessionId={sessionId} position={0} />);
    const audio = await screen.findByLabelText('Your spoken answer to question 1');
    expect(audio.tagName).toBe('AUDIO');
    expect(audio.hasAttribute('controls')).toBe(true);
    const src = audio.getAttribute('src') ?? '';
    expect(src).toMatch(/^blob:/);
    expect(screen.getByText('Your spoken answer (1:05)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete recording of question 1' }));
    await user.click(await screen.findByRole('button', { name: 'Delete recording' }));
    await waitFor(() =>
      expect(screen.queryByLabelText('Your spoken answer to question 1')).toBeNull(),
    );
    expect(storedBytes(sessionId, 0)).toBeNull();
    expect(revoke).toHaveBeenCalledWith(src);
    unmount();
    revoke.mockRestore();
  });

  it('says a recording is on its way when the answer ended mid-recording, then plays it', async () => {
    installMicrophone('granted');
    closeGate();
    function Screens() {
      const [asking, setAsking] = useState(true);
      return asking ? (
        <>
          <VoiceRecorder sessionId={sessionId} position={0} />
          <button type="button" onClick={() => setAsking(false)}>
            End answer
          </button>
        </>
      ) : (
        <VoicePlayback sessionId={sessionId} position={0} />
      );
    }
    renderWithQuery(<Screens />);
    fireEvent.click(screen.getByRole('button', { name: 'Record a voice answer' }));
    await screen.findByRole('button', { name: 'Stop recording' });
    fireEvent.click(screen.getByRole('button', { name: 'End answer' }));
    expect((await screen.findByRole('status')).textContent).toBe('Saving your spoken answer…');
    gate.open();
    await screen.findByLabelText('Your spoken answer to question 1');
    expect(screen.queryByText('Saving your spoken answer…')).toBeNull();
    // jsdom has no Web Audio: the delivery notes say the recording could not be measured, and it still plays.
    expect(
      await screen.findByText('This recording could not be measured; it still plays back.'),
    ).toBeTruthy();
  });

  it('shows nothing for an answer without a recording', async () => {
    await call('rehearsal.saveAudio', {
      sessionId,
      position: 0,
      mime: 'audio/webm',
      durationMs: 1000,
      data: base64Of(WEBM_BYTES),
    });
    const { container } = renderWithQuery(
      <>
        <div data-testid="without">
          <VoicePlayback sessionId={sessionId} position={1} />
        </div>
        <VoicePlayback sessionId={sessionId} position={0} />
      </>,
    );
    // Both reads are answered in order: once the second shows, the first has had its answer.
    await screen.findByLabelText('Your spoken answer to question 1');
    expect(calls.filter((c) => c.channel === 'rehearsal.audio')).toHaveLength(2);
    expect(screen.getByTestId('without').innerHTML).toBe('');
    expect(container.querySelectorAll('audio')).toHaveLength(1);
  });
});
