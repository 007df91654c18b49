// The passphrase verifier kept in the protection record. With an authenticated cipher a wrong key and
// a damaged first page look the same to SQLite (SQLITE_NOTADB), so without it a damaged protected
// journal would be reported as a wrong passphrase. It is a salted scrypt hash of the passphrase:
// checking a guess against it costs more than checking it against the database's own first page
// (Argon2id, 19 MiB, 2 passes; see AEGIS in the driver), so it gives an attacker no cheaper way in.
// It only ever says "this passphrase is right": a mismatch leaves the decision to the file itself.
import {
  randomBytes,
  scrypt as scryptCb,
  timingSafeEqual,
  type BinaryLike,
  type ScryptOptions,
} from 'node:crypto';

export interface PassphraseVerifier {
  kdf: 'scrypt';
  /** scrypt's cost, block size and parallelism, kept so a later version can raise them. */
  N: number;
  r: number;
  p: number;
  /** base64 of 16 random bytes. */
  salt: string;
  /** base64 of the 32-byte scrypt output. */
  hash: string;
}

/** 64 MiB of memory; about 0.25 s on the 2-core machine the benchmarks run on (run off the main thread). */
export const SCRYPT_PARAMS = { N: 2 ** 16, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** Never weaker than what Ladder writes; and a record edited by hand must not make it allocate without bound. */
const MIN_LOG_N = 16;
const MAX_LOG_N = 18;

function scrypt(key: BinaryLike, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCb(key, salt, HASH_BYTES, options, (error, derived) =>
      error ? reject(error) : resolve(derived),
    );
  });
}

/** scrypt needs 128 * N * r bytes; Node's default ceiling (32 MiB) is below that. */
function optionsOf(v: Pick<PassphraseVerifier, 'N' | 'r' | 'p'>): ScryptOptions {
  return { N: v.N, r: v.r, p: v.p, maxmem: 256 * v.N * v.r };
}

/**
 * Hashes a copy of the key, so zeroing the caller's buffer (on lock) can never race the hash. The
 * copy starts with the key's length: scrypt keys HMAC with the passphrase, and HMAC pads a short key
 * with zero bytes, so "pass" and "pass\0" would otherwise hash alike (the fuzzer found it).
 */
async function derive(
  key: Buffer,
  salt: Buffer,
  v: Pick<PassphraseVerifier, 'N' | 'r' | 'p'>,
): Promise<Buffer> {
  const copy = Buffer.alloc(4 + key.length);
  copy.writeUInt32BE(key.length, 0);
  key.copy(copy, 4);
  try {
    return await scrypt(copy, salt, optionsOf(v));
  } finally {
    copy.fill(0);
  }
}

export async function makeVerifier(key: Buffer): Promise<PassphraseVerifier> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(key, salt, SCRYPT_PARAMS);
  const verifier: PassphraseVerifier = {
    kdf: 'scrypt',
    ...SCRYPT_PARAMS,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
  };
  hash.fill(0);
  return verifier;
}

/** Whether the key is the passphrase the verifier was made from (constant-time comparison). */
export async function verifierMatches(verifier: PassphraseVerifier, key: Buffer): Promise<boolean> {
  const expected = Buffer.from(verifier.hash, 'base64');
  const actual = await derive(key, Buffer.from(verifier.salt, 'base64'), verifier);
  try {
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  } finally {
    actual.fill(0);
  }
}

function isBase64Of(value: unknown, bytes: number): value is string {
  return (
    typeof value === 'string' &&
    /^[A-Za-z0-9+/]+={0,2}$/.test(value) &&
    Buffer.from(value, 'base64').length === bytes
  );
}

/** The verifier in a record as read from disk, or null when it is missing or malformed (then the file decides). */
export function parseVerifier(raw: unknown): PassphraseVerifier | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const v = raw as Partial<Record<keyof PassphraseVerifier, unknown>>;
  const { N, r, p } = v;
  // r and p must be Ladder's own exactly (below), which refuses them as text too.
  if (v.kdf !== 'scrypt' || typeof N !== 'number') return null;
  const logN = Math.log2(N);
  if (
    !Number.isInteger(logN) ||
    logN < MIN_LOG_N ||
    logN > MAX_LOG_N ||
    r !== SCRYPT_PARAMS.r ||
    p !== SCRYPT_PARAMS.p
  )
    return null;
  if (!isBase64Of(v.salt, SALT_BYTES) || !isBase64Of(v.hash, HASH_BYTES)) return null;
  return { kdf: 'scrypt', N, r, p, salt: v.salt, hash: v.hash };
}
