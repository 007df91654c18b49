// @vitest-environment jsdom
// The import tab in browser mode: no window.ladder, so the client speaks HTTP, and the server takes
// at most MAX_REQUEST_BYTES in one request. A larger import goes in pieces (data.importUpload), each
// request under the limit, then data.import names the upload; the whole import is capped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { MAX_IMPORT_BYTES, MAX_REQUEST_BYTES } from '../../../src-main/shared/limits';
import type { ImportReport } from '../../../src-main/shared/data/exportFormat';
import { queryClient } from '../../../src-renderer/src/api/query';
import { ImportPane } from '../../../src-renderer/src/features/data/ImportPane';

const INPUT = { type: 'data.import', id: 'import' };
const TOO_LARGE = /more than 512 MiB, the most Ladder takes in one import\. Import it in parts/;

const REPORT: ImportReport = {
  imported: {
    entries: 1,
    conversations: 0,
    skills: 0,
    goals: 0,
    templates: 0,
    questions: 0,
    rehearsals: 0,
    recordings: 0,
    practiceCards: 0,
    settings: 0,
  },
  skipped: [],
  alreadyHere: 0,
  changed: [],
};

function answer(status: number, payload: unknown): Response {
  return new Response(JSON.stringify(payload), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

// As the server answers: pieces are acknowledged, the import reports (or refuses, set per test).
let importAnswer = (): Response => answer(200, { result: REPORT });
const fetchMock = vi.fn(async (url: string, _init?: RequestInit) =>
  url === '/api/data.importUpload' ? answer(200, { result: { received: 1 } }) : importAnswer(),
);

beforeEach(() => {
  fetchMock.mockClear();
  importAnswer = () => answer(200, { result: REPORT });
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

function bodies(): { url: string; body: string }[] {
  return fetchMock.mock.calls.map(([url, init]) => ({ url, body: String(init?.body ?? '') }));
}

describe('import in browser mode', () => {
  it('sends an export larger than one request in pieces, each under the limit, and imports it', async () => {
    const user = userEvent.setup();
    renderPane();
    // Quotes and backslashes double in the request's JSON: the pieces must allow for it.
    const text = `{"entries":"${'a\\"é😀'.repeat(Math.ceil(MAX_REQUEST_BYTES / 5))}"}`;
    const exported = new File([text], 'ladder-export.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Choose an export file…'), exported);
    expect(await screen.findByRole('region', { name: 'Import report' })).toBeTruthy();
    const sent = bodies();
    const uploads = sent.filter((s) => s.url === '/api/data.importUpload');
    expect(uploads.length).toBeGreaterThan(1);
    for (const s of sent)
      expect(new TextEncoder().encode(s.body).length).toBeLessThan(MAX_REQUEST_BYTES);
    const parsed = uploads.map(
      (s) => JSON.parse(s.body) as { uploadId: string; pieces: { file: number; text: string }[] },
    );
    const ids = new Set(parsed.map((p) => p.uploadId));
    expect(ids.size).toBe(1);
    expect(parsed.flatMap((p) => p.pieces.map((x) => x.text)).join('')).toBe(text);
    const last = sent.at(-1)!;
    expect(last.url).toBe('/api/data.import');
    expect(JSON.parse(last.body)).toEqual({ uploadId: [...ids][0] });
  });

  it('sends a small import in one request', async () => {
    const user = userEvent.setup();
    renderPane();
    await user.upload(
      screen.getByLabelText('Choose an export file…'),
      new File(['# A note'], 'note.md', { type: 'text/markdown' }),
    );
    expect(await screen.findByRole('region', { name: 'Import report' })).toBeTruthy();
    expect(bodies().map((s) => s.url)).toEqual(['/api/data.import']);
  });

  it('refuses notes past the cap of one import before reading or sending them', async () => {
    const user = userEvent.setup();
    renderPane();
    const notes = new File(['x'], 'notes.md', { type: 'text/markdown' });
    Object.defineProperty(notes, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(notes, 'text');
    await user.upload(screen.getByLabelText('Choose an export file…'), notes);
    expect((await screen.findByRole('alert')).textContent).toMatch(TOO_LARGE);
    expect(read).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("explains the server's refusal of an import past the cap in plain words", async () => {
    importAnswer = () =>
      answer(413, {
        error: { code: 'payload-too-large', message: 'The request is larger than 16 MB.' },
      });
    const user = userEvent.setup();
    renderPane();
    await user.upload(
      screen.getByLabelText('Choose an export file…'),
      new File(['# A note'], 'note.md', { type: 'text/markdown' }),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(TOO_LARGE);
  });
});
