// @vitest-environment jsdom
// The import tab in browser mode: no window.ladder, so the client speaks HTTP, and the server takes
// at most MAX_REQUEST_BYTES in one request (a 413 past it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { MAX_REQUEST_BYTES } from '../../../src-main/shared/limits';
import { queryClient } from '../../../src-renderer/src/api/query';
import { ImportPane } from '../../../src-renderer/src/features/data/ImportPane';

const INPUT = { type: 'data.import', id: 'import' };
const TOO_LARGE =
  /more than 16 MiB, the most Ladder can take at once in browser mode\. Import it in the desktop app/;

// As the server answers a body over its limit (src-main/web/apiRoute.ts).
const fetchMock = vi.fn(
  async (_url: string, _init?: RequestInit) =>
    new Response(
      JSON.stringify({
        error: { code: 'payload-too-large', message: 'The request is larger than 16 MB.' },
      }),
      {
        status: 413,
        headers: { 'content-type': 'application/json' },
      },
    ),
);

beforeEach(() => {
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPane() {
  render(
    <QueryClientProvider client={queryClient}>
      <ImportPane input={INPUT} active reveal={null} />
    </QueryClientProvider>,
  );
}

describe('import in browser mode', () => {
  it('refuses notes past the request limit before reading or sending them', async () => {
    const user = userEvent.setup();
    renderPane();
    const notes = new File(['x'.repeat(MAX_REQUEST_BYTES + 1)], 'notes.md', {
      type: 'text/markdown',
    });
    const read = vi.spyOn(notes, 'text');
    await user.upload(screen.getByLabelText('Choose an export file…'), notes);
    expect((await screen.findByRole('alert')).textContent).toMatch(TOO_LARGE);
    expect(read).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('does not send an export that reads to more than the limit', async () => {
    const user = userEvent.setup();
    renderPane();
    const exported = new File(
      [`{"entries":"${'x'.repeat(MAX_REQUEST_BYTES)}"}`],
      'ladder-export.json',
      { type: 'application/json' },
    );
    await user.upload(screen.getByLabelText('Choose an export file…'), exported);
    expect((await screen.findByRole('alert')).textContent).toMatch(TOO_LARGE);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("explains the server's 413 in plain words", async () => {
    const user = userEvent.setup();
    renderPane();
    await user.upload(
      screen.getByLabelText('Choose an export file…'),
      new File(['# A note'], 'note.md', { type: 'text/markdown' }),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(TOO_LARGE);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/data.import');
  });
});
