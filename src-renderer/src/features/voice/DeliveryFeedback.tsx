// How an answer was spoken, measured from its recording on this computer: talking time, pace,
// pauses, the wait before the first word, pitch movement and loudness, each with the range it is
// judged against. Ladder has no speech-to-text, so it says plainly that there is no transcript.
import { useEffect, useState } from 'react';
import { analyseDelivery } from '../../../../src-main/shared/voice/deliveryAnalysis';
import { deliveryNotes, type DeliveryNote } from '../../../../src-main/shared/voice/deliveryAdvice';
import { Codicon } from '../../ui/Codicon';
import { decodeToMono } from './decodeAudio';

export interface DeliveryFeedbackProps {
  recording: Blob;
  /** The question's time box, or null when there was none. */
  timeBoxMs: number | null;
  /** Numbers the heading, e.g. "How you spoke: question 2". */
  position: number;
}

type State =
  { status: 'measuring' } | { status: 'done'; notes: DeliveryNote[] } | { status: 'failed' };

const TONE_LABEL: Record<DeliveryNote['tone'], string> = {
  good: 'Going well',
  note: 'Worth a look',
  warn: 'To practise',
};
const TONE_ICON: Record<DeliveryNote['tone'], string> = {
  good: 'pass',
  note: 'lightbulb',
  warn: 'warning',
};

export function DeliveryFeedback({ recording, timeBoxMs, position }: DeliveryFeedbackProps) {
  const [state, setState] = useState<State>({ status: 'measuring' });
  useEffect(() => {
    let live = true;
    setState({ status: 'measuring' });
    decodeToMono(recording)
      .then(({ samples, rate }) => {
        if (live)
          setState({
            status: 'done',
            notes: deliveryNotes(analyseDelivery(samples, rate), timeBoxMs),
          });
      })
      .catch(() => {
        if (live) setState({ status: 'failed' });
      });
    return () => {
      live = false;
    };
  }, [recording, timeBoxMs]);

  const headingId = `voice-delivery-${position}`;
  return (
    <section className="voice-delivery" aria-labelledby={headingId}>
      <h4 id={headingId}>How you spoke</h4>
      <p className="voice-delivery__source">
        No transcript: Ladder does not turn speech into text. These notes come from the sound of the
        recording, measured on this computer.
      </p>
      {state.status === 'measuring' && (
        <p className="voice-delivery__source" role="status">
          Listening to the recording…
        </p>
      )}
      {state.status === 'failed' && (
        <p className="voice-note">This recording could not be measured; it still plays back.</p>
      )}
      {state.status === 'done' && (
        <ul className="voice-delivery__notes">
          {state.notes.map((n) => (
            <li key={n.id} className={`voice-delivery__note voice-delivery__note--${n.tone}`}>
              <Codicon name={TONE_ICON[n.tone]} label={TONE_LABEL[n.tone]} />
              <span>
                <strong>{n.label}.</strong> {n.advice}
                {n.range && <span className="voice-delivery__range"> ({n.range})</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
