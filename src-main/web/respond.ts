// Writing responses: every one carries the security headers; errors are JSON the client understands.
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../core/transport/csp';
import { statusForErrorCode } from './errorStatus';

export function withSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

export function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

export function sendError(
  res: ServerResponse,
  code: string,
  message: string,
  status = statusForErrorCode(code),
): void {
  sendJson(res, status, { error: { code, message } });
}

export function sendPlain(
  res: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  res.end(text);
}
