// @vitest-environment jsdom
// Opening a conversation: details and agenda come with the document, the sections below them only
// once that first frame is on screen (frames are driven by hand here, so the order is certain).
import { call, renderReal, useRealStore } from '../followups/realStore';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { openEditor } from '../../../src-renderer/src/workbench/store';
import '../../../src-renderer/src/features/conversations/conversations.contribution';
import { ConversationPane } from '../../../src-renderer/src/features/conversations/ConversationPane';

const frames: FrameRequestCallback[] = [];
const realFrame = window.requestAnimationFrame;
const realCancel = window.cancelAnimationFrame;

beforeEach(() => {
  useRealStore();
  frames.length = 0;
  window.requestAnimationFrame = (cb) => frames.push(cb);
  window.cancelAnimationFrame = (n) => void frames.splice(n - 1, 1, () => undefined);
});
afterEach(() => {
  window.requestAnimationFrame = realFrame;
  window.cancelAnimationFrame = realCancel;
});

const sectionBody = (id: string) =>
  document.querySelector(`[data-section="${id}"]`)?.children.length ?? 0;

it('paints details and agenda first, then mounts the sections below them', async () => {
  const doc = await call('conversations.create', { templateId: 'grow', personName: 'Dana' });
  const input = { type: 'conversation', id: doc.conversation.id };
  openEditor(input);
  renderReal(<ConversationPane input={input} active reveal={null} />);
  await screen.findByRole('list', { name: 'Agenda items' });
  expect(screen.getByRole('textbox', { name: 'Conversation title' })).toBeTruthy();
  // Headings keep the pane's outline from the start; the bodies below the agenda wait for the frame.
  expect(screen.getByRole('heading', { name: 'After the meeting' })).toBeTruthy();
  expect(sectionBody('after')).toBe(1);
  expect(sectionBody('actions')).toBe(1);

  await act(async () => {
    for (const frame of frames.splice(0)) frame(performance.now());
  });
  await waitFor(() => expect(sectionBody('after')).toBeGreaterThan(1));
  expect(sectionBody('actions')).toBeGreaterThan(1);
  expect(await screen.findByRole('textbox', { name: 'Meeting notes' })).toBeTruthy();
});
