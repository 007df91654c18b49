// @vitest-environment jsdom
// The meeting's time zone in Details: the system's by default, any zone the browser knows, the typed
// wall-clock time kept when the zone changes, and a note on a daylight-saving night.
import { call, renderReal, useRealStore } from '../followups/realStore';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { flushAll, openEditor } from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/conversations/conversations.contribution';
import { ConversationPane } from '../../../src-renderer/src/features/conversations/ConversationPane';
import {
  systemTimeZone,
  timeZoneNames,
  wallClockFit,
  wallClockNote,
} from '../../../src-renderer/src/features/conversations/timeZoneChoice';

beforeEach(() => {
  useRealStore();
});

describe('wall-clock times across daylight-saving changes', () => {
  it('knows a skipped hour, a repeated hour and an ordinary one', () => {
    expect(wallClockFit('2027-03-28T02:30', 'Europe/Berlin')).toBe('skipped');
    expect(wallClockFit('2027-10-31T02:30', 'Europe/Berlin')).toBe('repeated');
    expect(wallClockFit('2027-03-28T03:30', 'Europe/Berlin')).toBe('exists');
    expect(wallClockFit('2027-03-14T02:15', 'America/New_York')).toBe('skipped');
    expect(wallClockFit('2027-03-14T02:15', 'UTC')).toBe('exists');
    expect(wallClockNote('2027-03-28T09:00', 'Europe/Berlin')).toBeNull();
    expect(wallClockNote('2027-03-28T02:30', 'Europe/Berlin')).toContain('02:30 does not exist');
  });

  it('offers every zone the browser knows, the system zone among them', () => {
    const zones = timeZoneNames();
    expect(zones).toContain(systemTimeZone());
    expect(zones).toContain('Europe/Berlin');
    expect(zones).toContain('UTC');
    expect(zones.length).toBeGreaterThan(100);
  });
});

describe('the time zone field', () => {
  it('shows the system zone, pins it with the date, and keeps the wall clock when another is chosen', async () => {
    const doc = await call('conversations.create', { templateId: 'blank', personName: 'Dana' });
    const id = doc.conversation.id;
    expect(doc.conversation.timeZone).toBeNull();
    openEditor({ type: 'conversation', id });
    renderReal(<ConversationPane input={{ type: 'conversation', id }} active reveal={null} />);
    const zone = (await screen.findByRole('combobox', { name: 'Time zone' })) as HTMLSelectElement;
    expect(zone.value).toBe(systemTimeZone());
    // Until reached, the field holds only its own zone.
    expect(zone.options).toHaveLength(1);

    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2027-03-28' } });
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '02:30' } });
    await act(() => flushAll());
    expect((await call('conversations.get', { id })).conversation).toMatchObject({
      startsAt: '2027-03-28T02:30',
      timeZone: systemTimeZone(),
    });

    const user = userEvent.setup();
    // Reaching the field (Tab or a click) lists every zone.
    await user.click(zone);
    await user.selectOptions(zone, 'Europe/Berlin');
    expect(zone.options.length).toBeGreaterThan(100);
    expect(zone.value).toBe('Europe/Berlin');
    const note = screen.getByText(/02:30 does not exist on that day/);
    expect(zone.getAttribute('aria-describedby')).toBe(note.id);
    await act(() => flushAll());
    expect((await call('conversations.get', { id })).conversation).toMatchObject({
      startsAt: '2027-03-28T02:30',
      timeZone: 'Europe/Berlin',
    });

    await user.selectOptions(zone, 'America/New_York');
    await act(() => flushAll());
    await waitFor(() => expect(screen.queryByText(/does not exist on that day/)).toBeNull());
    const stored = (await call('conversations.get', { id })).conversation;
    expect(stored).toMatchObject({ startsAt: '2027-03-28T02:30', timeZone: 'America/New_York' });
    const ics = await call('conversations.exportIcs', { id });
    expect(ics).toContain('DTSTART;TZID=America/New_York:20270328T023000');
  });
});
