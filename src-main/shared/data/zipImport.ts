// Reads the files an import takes from a zip (Ladder's export, or a vault zipped up) without
// trusting it. The central directory is read first and the declared sizes are checked against the
// caps before anything is inflated; only ladder-export.json, else the Markdown notes, are inflated;
// and inflating counts what comes out, stopping a file that passes its declared size or the cap,
// since a hostile zip can declare anything. Pure: runs in the renderer's worker and in tests.
import { Inflate } from 'fflate';
import { EXPORT_JSON_NAME } from './exportNames';
import { MAX_ZIP_EXPANDED_BYTES, MAX_ZIP_FILE_BYTES } from '../limits';

export interface ZipFile {
  name: string;
  text: string;
}

export type ZipOutcome = { ok: true; files: ZipFile[] } | { ok: false; reason: string };

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const NOTE = /\.(md|markdown)$/i;
const DAMAGED = 'This zip cannot be read: it is damaged or not a zip file.';
// Compressed bytes handed to the inflater at a time: deflate expands at most ~1032 times, so one
// step yields at most ~16 MB and a file is stopped soon after it passes its limit.
const STEP = 16 * 1024;

/** Sizes as a person reads them: 512 MB, 4.0 GB. */
export function bytesText(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1024) return `${(mb / 1024).toFixed(1)} GB`;
  if (mb >= 1) return `${Math.round(mb)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The caps a zip is read under: Ladder's limits (tests pass small ones to reach them cheaply). */
export interface ZipCaps {
  /** What all the files taken may expand to together. */
  expanded: number;
  /** What one file may expand to. */
  file: number;
}

const CAPS: ZipCaps = { expanded: MAX_ZIP_EXPANDED_BYTES, file: MAX_ZIP_FILE_BYTES };

const limits = (caps: ZipCaps) =>
  `Ladder imports at most ${bytesText(caps.expanded)} (one file at most ${bytesText(caps.file)})`;

function centralDirectory(zip: Uint8Array): Entry[] | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder('utf-8');
  const entries: Entry[] = [];
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength > zip.length) return null;
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: names.decode(zip.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + skip;
  }
  return entries;
}

/** Hidden files and folders (.obsidian, __MACOSX's ._ copies) are not notes. */
function hidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
}

/** The entries an import takes: the export's JSON when there is one, else every Markdown note. */
function wanted(entries: Entry[]): Entry[] {
  const files = entries.filter((e) => !e.name.endsWith('/') && !hidden(e.name));
  const json = files.find(
    (e) => e.name === EXPORT_JSON_NAME || e.name.endsWith(`/${EXPORT_JSON_NAME}`),
  );
  return json ? [json] : files.filter((e) => NOTE.test(e.name));
}

class Refused extends Error {}

function inflateCapped(data: Uint8Array, entry: Entry, budget: number, caps: ZipCaps): Uint8Array {
  const limit = Math.min(entry.size, caps.file, budget);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) {
      throw new Refused(
        total > entry.size
          ? `This zip is not what it says: ${entry.name} expands to more than the ${bytesText(entry.size)} its directory states, so Ladder stopped reading it.`
          : `This zip expands to more than it may: ${limits(caps)}.`,
      );
    }
    chunks.push(chunk);
  });
  for (let at = 0; at < data.length; at += STEP)
    inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function contentOf(zip: Uint8Array, entry: Entry, budget: number, caps: ZipCaps): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const local = entry.localOffset;
  if (local + 30 > zip.length || view.getUint32(local, true) !== 0x04034b50)
    throw new Error('damaged');
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.compressedSize > zip.length) throw new Error('damaged');
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > Math.min(caps.file, budget))
      throw new Refused(`This zip expands to more than it may: ${limits(caps)}.`);
    return data;
  }
  if (entry.method !== 8)
    throw new Refused(
      `${entry.name} in this zip is packed in a way Ladder cannot read (only stored or deflated files).`,
    );
  return inflateCapped(data, entry, budget, caps);
}

/** The export is indented for people; sent without the indentation it is about a third smaller. */
function compactJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

/** The files an import takes from `zip`, named `prefix/path`; or why the zip is refused. */
export function readImportZip(zip: Uint8Array, prefix: string, caps = CAPS): ZipOutcome {
  const entries = centralDirectory(zip);
  if (entries === null) return { ok: false, reason: DAMAGED };
  const take = wanted(entries);
  if (take.some((e) => e.flags & 1))
    return {
      ok: false,
      reason: 'This zip is protected with a password; Ladder can only read zips without one.',
    };
  const declared = take.reduce((sum, e) => sum + e.size, 0);
  const largest = take.reduce((max, e) => Math.max(max, e.size), 0);
  if (declared > caps.expanded || largest > caps.file) {
    return {
      ok: false,
      reason: `This zip would expand to ${bytesText(declared)}; ${limits(caps)}.`,
    };
  }
  const text = new TextDecoder('utf-8');
  const files: ZipFile[] = [];
  let budget = caps.expanded;
  try {
    for (const entry of take) {
      const bytes = contentOf(zip, entry, budget, caps);
      budget -= bytes.length;
      const decoded = text.decode(bytes);
      files.push({
        name: `${prefix}/${entry.name}`,
        text: entry.name.endsWith('.json') ? compactJson(decoded) : decoded,
      });
    }
  } catch (error) {
    return { ok: false, reason: error instanceof Refused ? error.message : DAMAGED };
  }
  return { ok: true, files };
}
