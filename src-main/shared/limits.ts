// Size limits of what the store accepts; plain numbers, so the renderer can use them without zod.
export const MAX_TITLE = 200_000; // titles of any length survive; the UI ellipsises them
export const MAX_FIELD = 20_000;
export const MAX_BODY = 8_000_000; // serialised Lexical JSON; a 1 MB paste fits with room to spare
export const MAX_TAG = 60;
export const MAX_TAGS = 50;
/** Browser mode: the largest request body (UTF-8 bytes) its server reads; past it, a 413. */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;
/** Import: the most a zip may expand to, all the files Ladder takes from it together. */
export const MAX_ZIP_EXPANDED_BYTES = 512 * 1024 * 1024;
/** Import: the most one file taken from a zip may expand to. */
export const MAX_ZIP_FILE_BYTES = 64 * 1024 * 1024;
/** Import: the longest Markdown note taken, in characters; a longer one is left out and reported. */
export const MAX_NOTE_CHARS = 1_000_000;
/**
 * Import: the characters of file text sent in one upload request. Even at 6 bytes a character (a
 * control character JSON writes as \u0000) a request stays under MAX_REQUEST_BYTES.
 */
export const IMPORT_CHUNK_CHARS = 2_000_000;
/** Import: the most one import may bring, all its files together (UTF-8 bytes), whatever the transport. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
