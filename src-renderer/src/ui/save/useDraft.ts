// The edit-and-save loop every form shares: the draft as typed (state for the form, a ref for the
// saver), saved by an autosaver a moment after the last change and flushed on blur. A save refused
// as a conflict (the record changed in another tab or window) reads the record again and holds it,
// so the form keeps the person's text and offers "Use mine" (save over theirs) or "Keep theirs".
// A field that is costly to produce at every keystroke (a long rich-text document) is updated lazily:
// the edit is queued at once, its value read only when a save is sent, so no save is ever stale.
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { Autosaver, AutosaveStatus } from './autosaver';
import { errorCode } from '../errorMessage';

type Save<D> = (draft: D, options: { checkpoint: boolean }) => Promise<unknown>;

/** The autosaver a draft saves through, and its status where it has one of its own. */
export interface SaverBinding<D> {
  saver: Autosaver<D>;
  status?: AutosaveStatus;
}

export interface UseDraftOptions<D, T, B extends SaverBinding<D>> {
  /** The draft as the form first shows it (read once). */
  initial: () => D;
  /**
   * Binds the save to an autosaver: `useAutosave` for a tab of its own (which then has a status),
   * `useGroupSaver` for a part of a conversation pane (the group shows the status). Must be the same
   * hook on every render.
   */
  useSaver: (save: Save<D>) => B;
  /** Sends one draft; may change between renders. */
  save: Save<D>;
  /** After a 'conflict' refusal: the record as stored now, held as the conflict (null: nothing to show). */
  reread?: (draft: D) => Promise<T | null>;
  /** Each edit as it is typed, before it is queued (e.g. mirrored into a cached document). */
  onEdit?: (patch: Partial<D>) => void;
  /** "Use mine": the next save is based on theirs (their version, their record). */
  onUseMine?: (theirs: T) => void;
  /** "Keep theirs": the draft to show from now on, if the form keeps showing it (else it re-mounts). */
  onKeepTheirs?: (theirs: T) => D | void;
}

export interface Draft<D, T> {
  draft: D;
  /** The newest draft, for callbacks that must not wait for a render. */
  draftRef: MutableRefObject<D>;
  update: (patch: Partial<D>) => void;
  /**
   * Marks `key` edited, its value to be read by `read` when the next save is sent (then kept in the
   * draft). `read` must return the newest value whenever called: the editor's current document.
   */
  updateLazily: <K extends keyof D>(key: K, read: () => D[K]) => void;
  /** The newest draft with its lazy fields read now (e.g. to judge or copy what the form holds). */
  read: () => D;
  /** Shows `next` as the draft without saving it (a change made elsewhere, already stored). */
  show: (next: D) => void;
  /** Saves what is pending now (on blur); a failure is shown by the saver's status, not thrown. */
  flush: () => void;
  /** The stored record the last save conflicted with (or what else the form must resolve), else null. */
  conflict: T | null;
  hold: (conflict: T | null) => void;
  applyMine: () => void;
  /** Returns what was kept (null when there was no conflict). */
  keepTheirs: () => T | null;
}

export function useDraft<D extends object, T, B extends SaverBinding<D>>(
  options: UseDraftOptions<D, T, B>,
): Draft<D, T> & B {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [draft, setDraft] = useState<D>(options.initial);
  const draftRef = useRef(draft);
  const [conflict, setConflict] = useState<T | null>(null);
  // Lazily updated fields and how to read their newest value; dropped when the field is set outright.
  const readers = useRef(new Map<keyof D, () => unknown>());

  /** `d` with every lazy field read now; the draft shown takes the values too. */
  const withLazyFields = useCallback((d: D): D => {
    if (readers.current.size === 0) return d;
    const patch: Partial<D> = {};
    let changed = false;
    for (const [key, read] of readers.current) {
      const value = read() as D[keyof D];
      patch[key] = value;
      changed ||= draftRef.current[key] !== value;
    }
    if (changed) {
      draftRef.current = { ...draftRef.current, ...patch };
      setDraft(draftRef.current);
      latest.current.onEdit?.(patch);
    }
    return { ...d, ...patch };
  }, []);

  const binding = options.useSaver(async (d, o) => {
    try {
      return await latest.current.save(withLazyFields(d), o);
    } catch (error) {
      const reread = latest.current.reread;
      if (reread && errorCode(error) === 'conflict') {
        const theirs = await reread(d).catch(() => null);
        if (theirs) setConflict(theirs);
      }
      throw error;
    }
  });
  const { saver } = binding;

  const update = useCallback(
    (patch: Partial<D>) => {
      for (const key of Object.keys(patch)) readers.current.delete(key as keyof D);
      const next = { ...draftRef.current, ...patch };
      draftRef.current = next;
      setDraft(next);
      latest.current.onEdit?.(patch);
      saver.change(next);
    },
    [saver],
  );
  const updateLazily = useCallback(
    <K extends keyof D>(key: K, read: () => D[K]) => {
      readers.current.set(key, read);
      saver.change(draftRef.current);
    },
    [saver],
  );
  const read = useCallback(() => withLazyFields(draftRef.current), [withLazyFields]);
  const show = useCallback((next: D) => {
    readers.current.clear();
    draftRef.current = next;
    setDraft(next);
  }, []);
  const flush = useCallback(() => {
    void saver.flush().catch(() => undefined);
  }, [saver]);

  const applyMine = useCallback(() => {
    if (!conflict) return;
    latest.current.onUseMine?.(conflict);
    setConflict(null);
    void saver.resume(draftRef.current).catch(() => undefined);
  }, [conflict, saver]);
  const keepTheirs = useCallback((): T | null => {
    if (!conflict) return null;
    readers.current.clear();
    saver.discard();
    setConflict(null);
    const next = latest.current.onKeepTheirs?.(conflict);
    if (next) show(next);
    return conflict;
  }, [conflict, saver, show]);

  return {
    ...binding,
    draft,
    draftRef,
    update,
    updateLazily,
    read,
    show,
    flush,
    conflict,
    hold: setConflict,
    applyMine,
    keepTheirs,
  };
}
