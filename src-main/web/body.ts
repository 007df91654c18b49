// Reads a request body up to a limit, without ever keeping more than the limit in memory. A body
// over the limit is still read to its end (and thrown away) before the answer goes out: closing
// the connection while the client is still sending makes it see a reset instead of the 413.
import type { IncomingMessage } from 'node:http';
import { MAX_REQUEST_BYTES } from '../shared/limits';

/** Shared, so the renderer can refuse an import past it before sending it. */
export const MAX_BODY_BYTES = MAX_REQUEST_BYTES;

export type BodyResult =
  { ok: true; text: string } | { ok: false; reason: 'too-large' | 'aborted' };

export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () =>
      settle(
        tooLarge
          ? { ok: false, reason: 'too-large' }
          : { ok: true, text: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    req.on('error', () => settle({ ok: false, reason: 'aborted' }));
    req.on('aborted', () => settle({ ok: false, reason: 'aborted' }));
  });
}
