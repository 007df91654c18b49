// The checks that keep browser mode private: loopback only, exact Host header, secret token.
import { createHash, timingSafeEqual } from 'node:crypto';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host);
}

/** The address to bind: `localhost` is pinned to IPv4 so the printed URL always works. */
export function bindAddressFor(host: string): string {
  return host === '::1' ? '::1' : '127.0.0.1';
}

/** The origin people open; IPv6 literals need brackets. */
export function originFor(host: string, port: number): string {
  return host === '::1' ? `http://[::1]:${port}` : `http://127.0.0.1:${port}`;
}

/**
 * A Host header naming anything but the loopback address and our port means the request reached us
 * under a foreign name (DNS rebinding) and must be refused.
 */
export function isAllowedHostHeader(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const value = hostHeader.toLowerCase();
  return (
    value === `127.0.0.1:${port}` || value === `localhost:${port}` || value === `[::1]:${port}`
  );
}

/** Compares in constant time; hashing first hides the length of the expected token as well. */
export function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
