// POST /api/<channel>: token checked, body parsed, the store answers. Bodies are never logged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isChannel } from '../shared/contract';
import type { Envelope } from '../shared/envelope';
import { readBody } from './body';
import { tokenMatches } from './guards';
import { sendError, sendJson } from './respond';

export interface ChannelHandler {
  handle(channel: string, args: unknown): Promise<Envelope>;
}

export async function serveApi(
  req: IncomingMessage,
  res: ServerResponse,
  channel: string,
  token: string,
  store: ChannelHandler,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, 'method-not-allowed', 'The API answers POST requests only.', 405);
    req.resume();
    return;
  }
  if (!tokenMatches(req.headers['x-ladder-token'], token)) {
    sendError(res, 'forbidden', 'Missing or wrong access token.');
    req.resume();
    return;
  }
  const body = await readBody(req);
  if (!body.ok) {
    if (body.reason === 'too-large') {
      sendError(res, 'payload-too-large', 'The request is larger than 16 MB.');
    } else {
      res.destroy();
    }
    return;
  }
  if (!isChannel(channel)) {
    sendError(res, 'unknown-channel', `There is no API call named "${channel.slice(0, 80)}".`);
    return;
  }
  let args: unknown;
  try {
    args = body.text.trim() === '' ? {} : JSON.parse(body.text);
  } catch {
    sendError(res, 'invalid-argument', 'The request body is not valid JSON.');
    return;
  }
  let outcome: Envelope;
  try {
    outcome = await store.handle(channel, args);
  } catch {
    sendError(res, 'internal', 'Ladder hit an unexpected problem.');
    return;
  }
  if (outcome.ok) sendJson(res, 200, { result: outcome.result ?? null });
  else sendError(res, outcome.error.code, outcome.error.message);
}
