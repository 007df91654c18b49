// Splits the files of a large import into upload requests (data.importUpload) of at most
// IMPORT_CHUNK_CHARS characters each, so any import fits a transport with a per-request limit.
// A file may span several requests; a cut never falls between the two halves of a surrogate pair,
// which would leave each half a lone surrogate (refused as malformed text).

export interface ImportPiece {
  /** Index of the file in the import: pieces of one file are appended in order. */
  file: number;
  name: string;
  text: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Where to cut `text` at or before `at` without splitting a surrogate pair. */
function safeCut(text: string, at: number): number {
  if (at >= text.length) return text.length;
  return isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
}

/** The pieces of each request, in order; every file appears at least once (an empty one too). */
export function importRequests(
  files: readonly { name: string; text: string }[],
  maxChars: number,
): ImportPiece[][] {
  const requests: ImportPiece[][] = [];
  let current: ImportPiece[] = [];
  let room = maxChars;
  const close = (): void => {
    if (current.length > 0) requests.push(current);
    current = [];
    room = maxChars;
  };
  files.forEach(({ name, text }, file) => {
    let at = 0;
    do {
      if (room <= 1 && text.length > at) close();
      const end = safeCut(text, Math.min(text.length, at + room));
      current.push({ file, name, text: text.slice(at, end) });
      // Names count too, so many small notes cannot add up past the limit.
      room -= end - at + name.length;
      at = end;
      if (room <= 0) close();
    } while (at < text.length);
  });
  close();
  return requests;
}

/** Whether the import fits one data.import request as it is. */
export function fitsOneRequest(
  files: readonly { name: string; text: string }[],
  maxChars: number,
): boolean {
  let chars = 0;
  for (const f of files) chars += f.name.length + f.text.length;
  return chars <= maxChars;
}
