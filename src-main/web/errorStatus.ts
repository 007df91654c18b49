// HTTP status for each error code that crosses the browser-mode transport. Every answer the person's
// own actions can earn (a wrong passphrase, a locked journal) is a 4xx: a 500 means a fault in Ladder.
const STATUS: Readonly<Record<string, number>> = {
  'invalid-argument': 400,
  'unknown-channel': 400,
  // The passphrase given does not open the journal: the request's credentials were wrong.
  'wrong-passphrase': 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  // The journal is closed (locked, or waiting for a recovery choice): only the start gate answers.
  locked: 423,
  'storage-full': 507,
};

export function statusForErrorCode(code: string): number {
  return STATUS[code] ?? 500;
}
