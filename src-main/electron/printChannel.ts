// Name of the print-to-PDF request between preload and main (shared by both, no imports).
export const PRINT_TO_PDF = 'ladder:print-to-pdf';
