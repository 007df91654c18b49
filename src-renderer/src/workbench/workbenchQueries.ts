// The workbench's own reads and writes: settings it remembers (theme, layout, welcome seen), the
// entries behind restored tabs and entry links, and those quick open and entry picks find. The reads
// sent before the query library loads are startupReads.ts's (see its header); boot.ts puts their
// answers in the cache.
import { defineRead, defineWrite } from '../api/query';

export const entryRead = defineRead('journal.get');
/** Quick open's and the entry picks' read: the best title matches for what is typed. */
export const entryFindRead = defineRead('journal.find');
export const appInfoRead = defineRead('app.info');

/** Nothing cached shows settings: the workbench applies them itself as it writes them. */
export const saveSettings = defineWrite('settings.set');
