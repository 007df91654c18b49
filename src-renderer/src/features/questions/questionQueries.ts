// The question bank's reads and writes, and what each write does to the cache. A written question
// goes straight back under its own read (its open pane shows it); the lists that show it are
// invalidated, and a rehearsal plan reads the bank too.
import type { Question } from '../../../../src-main/shared/questions/questionBank';
import { defineRead, defineWrite, queryClient } from '../../api/query';

export const questionRead = defineRead('questions.get');
/** Straight from the main side when attaching: the list must hold a conversation made elsewhere. */
export const conversationListRead = defineRead('conversations.list');
export const conversationDocRead = defineRead('conversations.get');
export const bankListRead = defineRead('questions.list');

/** Writes to a question change the lists that show it; a rehearsal plan reads the bank too. */
const QUESTION_INVALIDATES = ['questions.list', 'rehearsal.', 'practice.'];

export function rememberQuestion(question: Question): void {
  queryClient.setQueryData(questionRead.key({ id: question.id }), question);
}

export const createQuestionWrite = defineWrite('questions.create', {
  invalidates: QUESTION_INVALIDATES,
  patch: rememberQuestion,
});
export const hideQuestion = defineWrite('questions.hide', {
  invalidates: QUESTION_INVALIDATES,
  patch: rememberQuestion,
});
export const unhideQuestion = defineWrite('questions.unhide', {
  invalidates: QUESTION_INVALIDATES,
  patch: rememberQuestion,
});
export const revertQuestion = defineWrite('questions.revert', {
  invalidates: QUESTION_INVALIDATES,
  patch: rememberQuestion,
});
/** The draft puts the question back once both parts of a save (text, tags) have answered. */
export const updateQuestion = defineWrite('questions.update', {
  invalidates: QUESTION_INVALIDATES,
});
export const tagQuestion = defineWrite('questions.tag', { invalidates: QUESTION_INVALIDATES });

export const addAnticipatedFromBank = defineWrite('anticipated.add', {
  invalidates: ['conversations.', 'anticipated.', 'rehearsal.', 'practice.'],
});
