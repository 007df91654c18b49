// The draft of one open question: edits, autosave (flushed on tab close and page hide), tab title
// and save state in the status bar. A save names the version it was based on: changed in another
// tab or window since, it is refused and the form keeps the person's text with a notice to choose.
import { useCallback, useEffect, useRef } from 'react';
import type { Question } from '../../../../src-main/shared/questions/questionBank';
import { notify, setTabMeta, setTabStatus } from '../../workbench/store';
import { notSavedNotice } from '../../ui/errorMessage';
import { PAGE_SESSION } from '../../api/pageSession';
import type { SaveProblem } from '../../ui/SaveProblemNotice';
import { useAutosave } from '../../ui/save/useAutosave';
import { useDraft } from '../../ui/save/useDraft';
import { conflictProblem, fieldChanges } from '../../ui/save/fieldChanges';
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

export function useQuestionDraft(question: Question, tabKey: string) {
  // What the store holds now; each save compares against it so only real changes are written.
  const saved = useRef(question);
  const onFailure = useCallback((error: unknown) => {
    notify('error', notSavedNotice('Your latest changes to the question are not saved yet', error));
  }, []);
  const {
    draft,
    update,
    flush: flushQuietly,
    saver,
    status,
    conflict,
    applyMine,
    keepTheirs,
  } = useDraft({
    initial: (): QuestionDraft => draftOf(question),
    useSaver: (save) => useAutosave<QuestionDraft>({ tabKey, save, onFailure }),
    save: async (d) => {
      const patch = updatePatch(d, saved.current);
      if (patch) {
        const base = { baseVersion: saved.current.version, session: PAGE_SESSION };
        saved.current = await updateQuestion({ id: saved.current.id, ...patch, ...base });
      }
      if (tagsChanged(d, saved.current)) {
        saved.current = await tagQuestion({ id: saved.current.id, tags: d.tags });
      }
      rememberQuestion(saved.current);
    },
    reread: (): Promise<Question | null> => questionRead.fresh({ id: saved.current.id }),
    // Use mine: the next save is based on theirs, so it writes what differs from it.
    onUseMine: (theirs) => {
      saved.current = theirs;
    },
  });
  const flush = useCallback(() => saver.flush({ checkpoint: true }), [saver]);

  const title = shortTitle(draft.text);
  useEffect(() => {
    setTabMeta(tabKey, { title, icon: 'question', dirty: status.dirty });
  }, [tabKey, title, status.dirty]);
  useEffect(() => {
    setTabStatus(tabKey, { saveState: status.saveState, message: status.message });
  }, [tabKey, status.saveState, status.message]);

  const problem: SaveProblem | null =
    conflict && conflictProblem('This question', fieldChanges(LABELS, draftOf(conflict), draft));

  return { draft, update, flush, flushQuietly, status, saved, problem, applyMine, keepTheirs };
}
