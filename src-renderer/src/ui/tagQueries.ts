// The journal's tags with their counts: read by the journal's tag input and by the tag filters of
// the journal and search views, so it is declared here rather than inside one feature.
import { defineRead } from '../api/query';

export const tagsRead = defineRead('journal.tags');
