// The rehearsal's reads and writes, and what each write does to the cache. A play-through writes as it
// goes without touching the cache: closing the overlay refreshes every rehearsal, practice and
// question read at once (refreshAfterRehearsal).
import { defineRead, defineWrite, invalidate } from '../../api/query';

export const sessionRead = defineRead('rehearsal.get');
export const entryRead = defineRead('journal.get');
export const dueRead = defineRead('practice.due');
/** Read fresh when a rehearsal is set up: the lists must hold what was made a moment ago. */
export const bankRead = defineRead('questions.list');
export const conversationListRead = defineRead('conversations.list');
/** How many questions a conversation has prepared, for the settings dialog. */
export const conversationDocRead = defineRead('conversations.get');
export const historyRead = defineRead('rehearsal.history');
/** What each grade would schedule now: read fresh for each answer, as the clock moves on. */
export const gradePreviewRead = defineRead('practice.preview');
export const probePreviewRead = defineRead('rehearsal.probePreview');

export const beginSession = defineWrite('rehearsal.begin');
export const resumeSession = defineWrite('rehearsal.resume');
export const recordAnswerWrite = defineWrite('rehearsal.record');
export const recordProbeWrite = defineWrite('rehearsal.recordProbe');
export const ungradeWrite = defineWrite('rehearsal.ungrade');
export const finishSession = defineWrite('rehearsal.finish');
export const leaveSession = defineWrite('rehearsal.leave');
/** Finished from its history pane, outside the overlay: its lists and the due count follow. */
export const finishFromHistory = defineWrite('rehearsal.finish', {
  invalidates: ['rehearsal.', 'practice.'],
});
export const deleteSessionWrite = defineWrite('rehearsal.delete', { invalidates: ['rehearsal.'] });

export function refreshAfterRehearsal(): Promise<void> {
  return invalidate(['rehearsal.', 'practice.', 'questions.']);
}
