// Renders the rehearsal layer with a clock the test moves by hand, and walks through its settings.
import { act, fireEvent, screen } from '@testing-library/react';
import { RehearsalOverlay } from '../../../src-renderer/src/features/rehearsal/RehearsalOverlay';
import type { Clock } from '../../../src-renderer/src/features/rehearsal/clock';
import type { RehearsalRequest } from '../../../src-renderer/src/features/rehearsal/request';
import { renderWithQuery } from '../journal/renderWithQuery';

export interface ManualClock extends Clock {
  advance: (ms: number) => void;
}

export function manualClock(): ManualClock {
  let t = 1_000;
  return { now: () => t, wall: () => 1_700_000_000_000 + t, advance: (ms) => (t += ms) };
}

export const request: RehearsalRequest = {
  mode: 'conversation',
  conversationId: 'c1',
  title: 'Growth talk',
};

export function renderOverlay(clock: Clock, onClose: () => void = () => undefined) {
  return renderWithQuery(<RehearsalOverlay request={request} onClose={onClose} clock={clock} />);
}

/** Fills the settings dialog and confirms it with Enter, as a keyboard user would. */
export async function confirmSettings(
  options: { count?: number; seconds?: number; followUps?: boolean } = {},
): Promise<void> {
  fireEvent.change(screen.getByLabelText('Number of questions'), {
    target: { value: String(options.count ?? 3) },
  });
  fireEvent.change(screen.getByLabelText('Time per answer, in seconds'), {
    target: { value: String(options.seconds ?? 60) },
  });
  if (options.followUps === false)
    fireEvent.click(screen.getByRole('checkbox', { name: /Follow-up questions/ }));
  await act(async () => {
    fireEvent.keyDown(screen.getByLabelText('Number of questions'), { key: 'Enter' });
  });
}
