// Names of the flush handshake between main and preload (shared by both, no imports).
export const FLUSH_REQUEST = 'ladder:flush-request';
export const FLUSH_DONE = 'ladder:flush-done';
