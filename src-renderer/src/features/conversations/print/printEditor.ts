// The editor type of the print preview tab; its id is the conversation's id.
export const PRINT_EDITOR = 'agenda-print';
