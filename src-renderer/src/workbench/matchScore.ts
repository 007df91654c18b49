// The quick input's ranking rule, shared with the main side's journal.find (which ranks the journal).
export { matchScore } from '../../../src-main/shared/journal/titleMatch';
