// The search view's reads: hits for the query, and the journal's counts for its filters.
import { defineRead } from '../../api/query';

export const countsRead = defineRead('journal.counts');
export const searchRead = defineRead('search.query');
