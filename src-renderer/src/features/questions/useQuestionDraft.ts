// The draft of one open question: edits, autosave (flushed on tab close and page hide), tab title
// and save state in the status bar. A save names the version it was based on: changed in another
// tab or window since, it is refused and the form keeps the person's text with a notice to choose.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Question } from '../../../../src-main/shared/questions/questionBank';
import { notify, setTabMeta, setTabStatus } from '../../workbench/store';
import { errorCode, notSavedNotice } from '../journal/errorMessage';
import { PAGE_SESSION } from '../../api/pageSession';
import type { FieldChange, SaveProblem } from '../../ui/SaveProblemNotice';
import { useAutosave } from '../journal/useAutosave';
import { questionRead, rememberQuestion, tagQuestion, updateQuestion } from './questionQueries';
import { draftOf, tagsChanged, updatePatch, type QuestionDraft } from './questionDraft';
import { shortTitle } from './questionGroups';

const LABELS: Partial<Record<keyof QuestionDraft, string>> = {
  text: 'Question',
  tip: 'Tip',
  probes: 'Follow-up questions',
  direction: 'Who asks',
  category: 'Category',
  difficulty: 'Difficulty',
};

function questionChanges(theirs: QuestionDraft, mine: QuestionDraft): FieldChange[] {
  const shown = (v: unknown) => (Array.isArray(v) ? v.join('\n') : String(v ?? ''));
  return (Object.keys(LABELS) as (keyof QuestionDraft)[])
    .filter((k) => shown(theirs[k]) !== shown(mine[k]))
    .map((k) => ({ label: LABELS[k] ?? k, theirs: shown(theirs[k]), mine: shown(mine[k]) }));
}

export function useQuestionDraft(question: Question, tabKey: string) {
  const [draft, setDraft] = useState<QuestionDraft>(() => draftOf(question));
  const draftRef = useRef(draft);
  // What the store holds now; each save compares against it so only real changes are written.
  const saved = useRef(question);
  const [conflict, setConflict] = useState<Question | null>(null);

  const save = useCallback(async (d: QuestionDraft) => {
    const patch = updatePatch(d, saved.current);
    if (patch) {
      const base = { baseVersion: saved.current.version, session: PAGE_SESSION };
      try {
        saved.current = await updateQuestion({ id: saved.current.id, ...patch, ...base });
      } catch (error) {
        if (errorCode(error) === 'conflict') {
          const fresh = await questionRead.fresh({ id: saved.current.id }).catch(() => null);
          if (fresh) setConflict(fresh);
        }
        throw error;
      }
    }
    if (tagsChanged(d, saved.current)) {
      saved.current = await tagQuestion({ id: saved.current.id, tags: d.tags });
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

  // Use mine: the next save is based on theirs, so it writes what differs from it.
  const applyMine = useCallback(() => {
    if (!conflict) return;
    saved.current = conflict;
    setConflict(null);
    void saver.resume(draftRef.current).catch(() => undefined);
  }, [conflict, saver]);
  const keepTheirs = useCallback((): Question | null => {
    if (!conflict) return null;
    saver.discard();
    setConflict(null);
    return conflict;
  }, [conflict, saver]);
  const problem: SaveProblem | null = conflict && {
    kind: 'conflict',
    what: 'This question',
    changes: questionChanges(draftOf(conflict), draft),
    mine: questionChanges(draftOf(conflict), draft)
      .map((c) => `${c.label}: ${c.mine}`)
      .join('\n'),
  };

  return { draft, update, flush, flushQuietly, status, saved, problem, applyMine, keepTheirs };
}
