// @vitest-environment jsdom
// A lazily updated field (the rich-text body) is read when a save is sent, not when it is typed.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useMemo } from 'react';
import { createAutosaver, type Autosaver } from '../../../src-renderer/src/ui/save/autosaver';
import { useDraft } from '../../../src-renderer/src/ui/save/useDraft';

afterEach(cleanup);

interface Doc {
  title: string;
  body: string;
}

function setup() {
  const sent: Doc[] = [];
  const view = renderHook(() =>
    useDraft<Doc, Doc, { saver: Autosaver<Doc> }>({
      initial: () => ({ title: 'T', body: 'b0' }),
      useSaver: (save) => ({
        // eslint-disable-next-line react-hooks/exhaustive-deps
        saver: useMemo(() => createAutosaver<Doc>({ save, delayMs: 60_000 }), []),
      }),
      save: (d) => {
        sent.push(d);
        return Promise.resolve();
      },
    }),
  );
  return { view, sent };
}

describe('useDraft: lazily updated fields', () => {
  it('reads the field only when the save is sent, and sends its newest value', async () => {
    const { view, sent } = setup();
    let editorBody = 'b1';
    let reads = 0;
    const read = () => {
      reads += 1;
      return editorBody;
    };
    act(() => view.result.current.updateLazily('body', read));
    editorBody = 'b2'; // typed on after the change was queued
    expect(reads).toBe(0);
    expect(view.result.current.saver.status().dirty).toBe(true);
    await act(() => view.result.current.saver.flush());
    expect(reads).toBe(1);
    expect(sent).toEqual([{ title: 'T', body: 'b2' }]);
    // The draft shown (a conflict notice's "mine") has the value that was sent.
    expect(view.result.current.draft.body).toBe('b2');
    expect(view.result.current.draftRef.current.body).toBe('b2');
  });

  it('sends the editor body with a later edit of another field', async () => {
    const { view, sent } = setup();
    let editorBody = 'b1';
    act(() => view.result.current.updateLazily('body', () => editorBody));
    editorBody = 'b3';
    act(() => view.result.current.update({ title: 'T2' }));
    await act(() => view.result.current.saver.flush());
    expect(sent.at(-1)).toEqual({ title: 'T2', body: 'b3' });
  });

  it('drops the reader when the field is set outright or the draft replaced', async () => {
    const { view, sent } = setup();
    act(() => view.result.current.updateLazily('body', () => 'from the editor'));
    act(() => view.result.current.update({ body: 'set outright' }));
    await act(() => view.result.current.saver.flush());
    expect(sent.at(-1)?.body).toBe('set outright');

    act(() => view.result.current.updateLazily('body', () => 'old editor'));
    act(() => view.result.current.show({ title: 'Theirs', body: 'their body' }));
    act(() => view.result.current.update({ title: 'Mine again' }));
    await act(() => view.result.current.saver.flush());
    expect(sent.at(-1)).toEqual({ title: 'Mine again', body: 'their body' });
  });
});
