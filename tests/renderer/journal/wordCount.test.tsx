// @vitest-environment jsdom
import { makeEntry, resetStore, store } from './fakeApi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { ProfilePane } from '../../../src-renderer/src/features/journal/ProfilePane';
import { EntryPane } from '../../../src-renderer/src/features/journal/EntryPane';
import { draftOf, draftWords } from '../../../src-renderer/src/features/journal/useEntryDraft';
import { useWorkbench } from '../../../src-renderer/src/workbench/store';
import { freshState, renderWithQuery } from './renderWithQuery';

beforeEach(() => {
  resetStore();
  freshState();
});
afterEach(cleanup);

const wordsOf = (key: string) => useWorkbench.getState().status[key]?.words;

describe('status bar word count', () => {
  it('counts 0 words on an empty profile page, not its fixed title', async () => {
    renderWithQuery(<ProfilePane input={{ type: 'profile', id: 'values' }} active reveal={null} />);
    await screen.findByRole('region', { name: 'Values' });
    await waitFor(() => expect(wordsOf('profile:values')).toBe(0));
  });

  it('counts only what the person wrote on a profile page', async () => {
    store.entries.push(
      makeEntry({
        id: 'v',
        kind: 'values',
        title: 'Values',
        body: lexicalFromParagraphs(['Honesty first']),
      }),
    );
    renderWithQuery(<ProfilePane input={{ type: 'profile', id: 'values' }} active reveal={null} />);
    await screen.findByRole('region', { name: 'Values' });
    await waitFor(() => expect(wordsOf('profile:values')).toBe(2));
  });

  it("still counts a journal entry's title, as the stored word count does", async () => {
    store.entries.push(
      makeEntry({
        id: 'a',
        kind: 'lesson',
        title: 'Ask early',
        body: lexicalFromParagraphs(['Then listen']),
      }),
    );
    renderWithQuery(<EntryPane input={{ type: 'entry', id: 'a' }} active reveal={null} />);
    await screen.findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(wordsOf('entry:a')).toBe(4));
    expect(draftWords(draftOf(makeEntry({ kind: 'lesson', title: 'Ask early' })), 'lesson')).toBe(
      2,
    );
  });
});
