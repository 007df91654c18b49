// An entry's body (Lexical JSON) is stored deflated (migration 14): the JSON repeats its text and
// its node boilerplate, so it takes about 0.43 of its size (bench: store). Level 1: a 10,000-word
// body packs in about 1 ms, where the default level took up to 18 ms on repetitive text.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** The stored form of a body; null for an empty body (kept as '' in the text column). */
export function packBody(body: string): Buffer | null {
  return body === '' ? null : deflateRawSync(body, { level: 1 });
}

/**
 * The body of a stored row: deflated (`packed`, migration 14 on) or as text (written before, or
 * empty). isView, not instanceof: the driver's Buffer may come from another realm (jsdom tests).
 */
export function storedBody(body: unknown, packed: unknown): string {
  if (ArrayBuffer.isView(packed)) return inflateRawSync(packed as Buffer).toString('utf8');
  return String(body);
}
