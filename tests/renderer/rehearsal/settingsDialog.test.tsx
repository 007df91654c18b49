// @vitest-environment jsdom
// The settings dialog: outside a conversation the person picks the part they play (by default the
// role of their latest conversation); in a conversation it says how many questions are prepared and
// its default count never leaves one out.
import { callsTo, fake, resetFake } from './fakeRehearsalApi';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RehearsalOverlay } from '../../../src-renderer/src/features/rehearsal/RehearsalOverlay';
import { freshState, renderWithQuery } from '../journal/renderWithQuery';
import { manualClock } from './overlayHarness';

const confirm = async () => {
  await act(async () => {
    fireEvent.keyDown(screen.getByLabelText('Number of questions'), { key: 'Enter' });
  });
};
const settingsSent = () =>
  (callsTo('rehearsal.plan')[0] ?? callsTo('rehearsal.begin')[0])?.settings as
    { role?: string; count: number } | undefined;

describe('rehearsal settings dialog', () => {
  beforeEach(() => {
    resetFake();
    freshState();
  });
  afterEach(cleanup);

  it('plays the role of the latest conversation by default outside a conversation, and sends the one picked', async () => {
    fake.conversations = [
      { id: 'c1', myRole: 'employee', updatedAt: 1_000 },
      { id: 'c2', myRole: 'manager', updatedAt: 2_000 },
    ];
    renderWithQuery(
      <RehearsalOverlay
        request={{ mode: 'surprise', title: 'Surprise me' }}
        onClose={() => undefined}
        clock={manualClock()}
      />,
    );
    const role = screen.getByLabelText('I am preparing as') as HTMLSelectElement;
    await screen.findByDisplayValue('Manager (a report asks)');
    expect(role.value).toBe('manager');
    fireEvent.change(role, { target: { value: 'employee' } });
    await confirm();
    expect(settingsSent()?.role).toBe('employee');
  });

  it('defaults to employee when there is no conversation yet', async () => {
    renderWithQuery(
      <RehearsalOverlay
        request={{ mode: 'due', title: 'Practice due' }}
        onClose={() => undefined}
        clock={manualClock()}
      />,
    );
    expect((screen.getByLabelText('I am preparing as') as HTMLSelectElement).value).toBe(
      'employee',
    );
    await confirm();
    expect(settingsSent()?.role).toBe('employee');
  });

  it('in a conversation, asks for no role, says how many questions are prepared and asks them all by default', async () => {
    fake.preparedCount = 8;
    renderWithQuery(
      <RehearsalOverlay
        request={{ mode: 'conversation', conversationId: 'c1', title: 'Growth talk' }}
        onClose={() => undefined}
        clock={manualClock()}
      />,
    );
    expect(screen.queryByLabelText('I am preparing as')).toBeNull();
    await screen.findByText('This conversation has 8 prepared questions');
    const count = screen.getByLabelText('Number of questions') as HTMLInputElement;
    expect(count.value).toBe('8');
    fireEvent.change(count, { target: { value: '3' } });
    expect(
      screen.getByText('This conversation has 8 prepared questions; 5 would be left out'),
    ).toBeTruthy();
    await confirm();
    expect(settingsSent()).toMatchObject({ count: 3 });
    expect(settingsSent()?.role).toBeUndefined();
  });
});
