// HTTP status for each error code that crosses the browser-mode transport.
const STATUS: Readonly<Record<string, number>> = {
  'invalid-argument': 400,
  'unknown-channel': 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'storage-full': 507,
};

export function statusForErrorCode(code: string): number {
  return STATUS[code] ?? 500;
}
