// Names this page (tab or window) to the main side on versioned saves: versions it wrote itself are
// not a conflict for its other editors of the same record; versions another page wrote are.
export const PAGE_SESSION: string = crypto.randomUUID();
