// Errors that cross the transport: a code the renderer can branch on and a message a person can read.
export type ErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'conflict'
  | 'storage-full'
  | 'storage-error'
  | 'unknown-channel'
  // The journal is protected and not unlocked yet (or was locked): only the start gate answers.
  | 'locked'
  | 'wrong-passphrase'
  // Browser mode: the request is over the server's body limit (MAX_REQUEST_BYTES), answered with 413.
  | 'payload-too-large'
  | 'internal';

export interface LadderErrorShape {
  code: ErrorCode;
  message: string;
}

export class LadderError extends Error implements LadderErrorShape {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LadderError';
  }

  toJSON(): LadderErrorShape {
    return { code: this.code, message: this.message };
  }
}

export function isLadderErrorShape(value: unknown): value is LadderErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LadderErrorShape).code === 'string' &&
    typeof (value as LadderErrorShape).message === 'string'
  );
}
