// A backup is a compressed copy of the journal (`ladder-TIME.db.gz`): a plain journal's is a gzip file
// of the database (gunzip gives the database back, by hand if need be); a protected journal's is the
// same gzip stream, compressed from the plain pages in memory and then encrypted, since encrypted
// pages do not compress. Its layout: MAGIC, version, salt, IV, key check, AES-256-GCM ciphertext,
// tag. The key comes from the journal's passphrase through scrypt with the file's own salt, so the
// backup opens with the passphrase only; a passphrase change decrypts and encrypts the gzip stream
// again (rewrapArchive) without opening the database. The check value lets the app say which
// passphrase a backup needs without reading it all; the tag proves the whole file is unchanged.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  scrypt,
  scryptSync,
  timingSafeEqual,
  type CipherGCM,
  type DecipherGCM,
} from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  fsyncSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, gunzipSync } from 'node:zlib';
import { createPrivateFile, syncPath, writePrivateFile } from '../common/privateFiles';

export const ARCHIVE_EXT = '.db.gz';

const MAGIC = Buffer.from('LADDERBK', 'latin1');
const VERSION = 1;
const SALT = 16;
const IV = 12;
const CHECK = 32;
const TAG = 16;
const HEADER = MAGIC.length + 1 + SALT + IV + CHECK;
/**
 * The passphrase verifier's cost (64 MiB, about 120 ms here): a stolen backup is no cheaper to guess
 * at than the journal (Argon2id, 19 MiB) or its protection record.
 */
const SCRYPT = { N: 2 ** 16, r: 8, p: 1, maxmem: 256 * 2 ** 16 * 8 };
const CHECK_LABEL = 'ladder backup key check';
/**
 * Large pieces: each piece is a turn of the app's event loop (the compression itself runs in libuv's
 * pool), so a 10 MB journal takes a handful of turns instead of hundreds between saves.
 */
const PIECE = 4 * 1024 * 1024;
const zlibOptions = { chunkSize: 1024 * 1024 };

export function isArchiveName(name: string): boolean {
  return name.endsWith(ARCHIVE_EXT);
}

interface Keys {
  cipher: Buffer;
  check: Buffer;
}

function keysFrom(material: Buffer): Keys {
  const check = createHmac('sha256', material.subarray(32)).update(CHECK_LABEL).digest();
  return { cipher: material.subarray(0, 32), check };
}

function deriveSync(key: Buffer, salt: Buffer): Keys {
  return keysFrom(scryptSync(key, salt, 64, SCRYPT));
}

function derive(key: Buffer, salt: Buffer): Promise<Keys> {
  return new Promise((resolve, reject) =>
    scrypt(key, salt, 64, SCRYPT, (error, material) =>
      error ? reject(error) : resolve(keysFrom(material)),
    ),
  );
}

interface Header {
  salt: Buffer;
  iv: Buffer;
  check: Buffer;
}

function readHead(file: string, bytes: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(bytes);
    const read = readSync(fd, head, 0, bytes, 0);
    return head.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function parseHeader(head: Buffer): Header | null {
  if (head.length < HEADER || !head.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  if (head[MAGIC.length] !== VERSION) return null;
  let at = MAGIC.length + 1;
  const take = (n: number): Buffer => head.subarray(at, (at += n));
  return { salt: take(SALT), iv: take(IV), check: take(CHECK) };
}

/** Whether the archive is a protected journal's (encrypted); false for a plain one or a missing file. */
export function isEncryptedArchive(file: string): boolean {
  try {
    return readHead(file, MAGIC.length).equals(MAGIC);
  } catch {
    return false;
  }
}

/** Whether the archive starts as gzip does (a plain journal's); false for an encrypted or damaged one. */
export function isPlainArchive(file: string): boolean {
  try {
    return readHead(file, 2).equals(Buffer.of(0x1f, 0x8b));
  } catch {
    return false;
  }
}

function fits(header: Header, keys: Keys): boolean {
  return header.check.length === CHECK && timingSafeEqual(header.check, keys.check);
}

/** Whether `key` is the passphrase an encrypted archive was written under. */
export function archiveKeyFits(file: string, key: Buffer): boolean {
  const header = parseHeader(readHead(file, HEADER));
  return header !== null && fits(header, deriveSync(key, header.salt));
}

function headerBytes(header: Header): Buffer {
  return Buffer.concat([MAGIC, Buffer.of(VERSION), header.salt, header.iv, header.check]);
}

async function newEncryption(key: Buffer): Promise<{ head: Buffer; cipher: CipherGCM }> {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const keys = await derive(key, salt);
  const cipher = createCipheriv('aes-256-gcm', keys.cipher, iv);
  return { head: headerBytes({ salt, iv, check: keys.check }), cipher };
}

/**
 * Compresses the database read from `source` into `destination` (a new private file), encrypted when
 * `key` is given, and flushes it to disk. Resolves to the SHA-256 of the database bytes, which
 * `archiveImageHash` must give back from the written file before it counts as a backup.
 */
/** A database image in memory as a stream of pieces, so hashing it never holds the thread long. */
export function imageInPieces(image: Buffer): Readable {
  const pieces: Buffer[] = [];
  for (let at = 0; at < image.length; at += PIECE) pieces.push(image.subarray(at, at + PIECE));
  return Readable.from(pieces);
}

/** Reads a file in large pieces, for `writeArchive`. */
export function readInPieces(file: string): Readable {
  return createReadStream(file, { highWaterMark: PIECE });
}

export async function writeArchive(
  source: Readable,
  destination: string,
  key: Buffer | null,
): Promise<string> {
  const hash = createHash('sha256');
  const encryption = key ? await newEncryption(key) : null;
  createPrivateFile(destination);
  if (encryption) writePrivateFile(destination, encryption.head);
  const out = createWriteStream(destination, {
    flags: encryption ? 'a' : 'w',
    highWaterMark: PIECE,
  });
  const tap = async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      hash.update(chunk);
      yield chunk;
    }
  };
  if (encryption) await pipeline(source, tap, createGzip(zlibOptions), encryption.cipher, out);
  else await pipeline(source, tap, createGzip(zlibOptions), out);
  const fd = openSync(destination, 'r+');
  try {
    if (encryption)
      writeSync(fd, encryption.cipher.getAuthTag(), 0, TAG, statSync(destination).size);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** A decipher for the archive's body, its tag set, or a throw when the key does not fit. */
function openEncrypted(
  file: string,
  key: Buffer | null,
  keys: Keys | null = null,
): { decipher: DecipherGCM; start: number; end: number } {
  const header = parseHeader(readHead(file, HEADER));
  if (!header || !key) throw new Error('the backup is encrypted: it needs the passphrase');
  const derived = keys ?? deriveSync(key, header.salt);
  if (!fits(header, derived)) throw new Error('the backup is under another passphrase');
  const size = statSync(file).size;
  if (size < HEADER + TAG) throw new Error('the backup is cut short');
  const fd = openSync(file, 'r');
  const tag = Buffer.alloc(TAG);
  try {
    readSync(fd, tag, 0, TAG, size - TAG);
  } finally {
    closeSync(fd);
  }
  const decipher = createDecipheriv('aes-256-gcm', derived.cipher, header.iv);
  decipher.setAuthTag(tag);
  return { decipher, start: HEADER, end: size - TAG };
}

/**
 * The SHA-256 of the database inside the archive, read back in full: it rejects when the key does not
 * fit, the tag or gzip's own check fails, or the file is cut short. Streams, off the app's thread
 * for the decompression; nothing is written.
 */
export async function archiveImageHash(file: string, key: Buffer | null): Promise<string> {
  requireForm(file, key);
  const hash = createHash('sha256');
  const sink = async (chunks: AsyncIterable<Buffer>) => {
    for await (const chunk of chunks) hash.update(chunk);
  };
  if (isEncryptedArchive(file)) {
    // The key is derived off the app's thread (scrypt in libuv's pool), as when writing.
    const header = parseHeader(readHead(file, HEADER));
    const keys = header && key ? await derive(key, header.salt) : null;
    const { decipher, start, end } = openEncrypted(file, key, keys);
    // createReadStream's end is inclusive; an empty body reads nothing.
    const body = createReadStream(file, {
      start,
      end: Math.max(start, end) - 1,
      highWaterMark: PIECE,
    });
    if (end > start) await pipeline(body, decipher, createGunzip(zlibOptions), sink);
    else throw new Error('the backup is empty');
  } else {
    await pipeline(
      createReadStream(file, { highWaterMark: PIECE }),
      createGunzip(zlibOptions),
      sink,
    );
  }
  return hash.digest('hex');
}

/**
 * A protected journal's key opens only an encrypted archive, as SQLite's opens only an encrypted file:
 * a plain backup beside a protected journal is one to restore after removing the passphrase.
 */
function requireForm(file: string, key: Buffer | null): void {
  if (isEncryptedArchive(file) !== (key !== null))
    throw new Error(key ? 'the backup is not encrypted' : 'the backup is encrypted');
}

/** The gzip stream inside the archive (decrypted), whole; throws when the key or tag does not fit. */
function compressedBody(file: string, key: Buffer | null): Buffer {
  if (!isEncryptedArchive(file)) return readFileSync(file);
  const { decipher, start, end } = openEncrypted(file, key);
  const body = readFileSync(file).subarray(start, end);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

/**
 * The gzip stream inside the archive, decrypted with `key` when it is encrypted (whole, in memory);
 * the key is derived off the app's thread (scrypt at 64 MiB holds it over 100 ms).
 */
export async function readArchiveBody(file: string, key: Buffer | null): Promise<Buffer> {
  requireForm(file, key);
  if (!isEncryptedArchive(file)) return readFileSync(file);
  const header = parseHeader(readHead(file, HEADER));
  const keys = header && key ? await derive(key, header.salt) : null;
  const { decipher, start, end } = openEncrypted(file, key, keys);
  const body = readFileSync(file).subarray(start, end);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

/** The database inside the archive, in memory; throws as `archiveImageHash` rejects. */
export function readArchiveImage(file: string, key: Buffer | null): Buffer {
  requireForm(file, key);
  return gunzipSync(compressedBody(file, key));
}

/**
 * Moves an archive from passphrase `from` to `to` (null: plain) without opening the database: the
 * gzip stream is decrypted and encrypted again into a copy, flushed, and renamed over the original,
 * so a crash leaves one whole archive or the other.
 */
export function rewrapArchive(file: string, from: Buffer | null, to: Buffer | null): void {
  const encrypted = isEncryptedArchive(file);
  if (encrypted !== (from !== null)) throw new Error('the backup is not under the old passphrase');
  const body = compressedBody(file, from);
  let next = body;
  if (to) {
    const salt = randomBytes(SALT);
    const iv = randomBytes(IV);
    const keys = deriveSync(to, salt);
    const cipher = createCipheriv('aes-256-gcm', keys.cipher, iv);
    const sealed = Buffer.concat([cipher.update(body), cipher.final()]);
    next = Buffer.concat([
      headerBytes({ salt, iv, check: keys.check }),
      sealed,
      cipher.getAuthTag(),
    ]);
  }
  // Named as a half copy, so one left by a crash is removed at the next start (backupLeftovers.ts).
  const work = `${file}.rekeying.partial`;
  try {
    writePrivateFile(work, next, { flush: true });
    renameSync(work, file);
  } catch (error) {
    rmSync(work, { force: true });
    throw error;
  }
  syncPath(dirname(file));
}

/** Flushes a finished archive's folder after its rename, so the new name survives a power cut. */
export function syncFolderOf(file: string): void {
  syncPath(dirname(file));
}
