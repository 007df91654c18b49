// The draft of one open question: edits, autosave (flushed on tab close and page hide), tab title
// and save state in the status bar.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Question } from '../../../../src-main/shared/questionBank';
import { mutate } from '../../api/query';
import { notify, setTabMeta, setTabStatus } from '../../workbench/store';
import { notSavedNotice } from '../journal/errorMessage';
import { useAutosave } from '../journal/useAutosave';
import { QUESTION_INVALIDATES, rememberQuestion } from './questionActions';
import { draftOf, tagsChanged, updatePatch, type QuestionDraft } from './questionDraft';
import { shortTitle } from './questionGroups';

export function useQuestionDraft(question: Question, tabKey: string) {
  const [draft, setDraft] = useState<QuestionDraft>(() => draftOf(question));
  const draftRef = useRef(draft);
  // What the store holds now; each save compares against it so only real changes are written.
  const saved = useRef(question);

  const save = useCallback(async (d: QuestionDraft) => {
    const patch = updatePatch(d, saved.current);
    if (patch) saved.current = await mutate('questions.update', { id: saved.current.id, ...patch }, QUESTION_INVALIDATES);
    if (tagsChanged(d, saved.current)) {
      saved.current = await mutate('questions.tag', { id: saved.current.id, tags: d.tags }, QUESTION_INVALIDATES);
    }
    rememberQuestion(saved.current);
  }, []);
  const onFailure = useCallback((error: unknown) => {
    notify('error', notSavedNotice('Your latest changes to the question are not saved yet', error));
  }, []);
  const { saver, status } = useAutosave<QuestionDraft>({ tabKey, save: (d) => save(d), onFailure });

  const update = useCallback(
    (patch: Partial<QuestionDraft>) => {
      const next = { ...draftRef.current, ...patch };
      draftRef.current = next;
      setDraft(next);
      saver.change(next);
    },
    [saver],
  );
  const flush = useCallback(() => saver.flush({ checkpoint: true }), [saver]);
  const flushQuietly = useCallback(() => {
    void saver.flush().catch(() => undefined);
  }, [saver]);

  const title = shortTitle(draft.text);
  useEffect(() => {
    setTabMeta(tabKey, { title, icon: 'question', dirty: status.dirty });
  }, [tabKey, title, status.dirty]);
  useEffect(() => {
    setTabStatus(tabKey, { saveState: status.saveState, message: status.message });
  }, [tabKey, status.saveState, status.message]);

  return { draft, update, flush, flushQuietly, status, saved };
}
