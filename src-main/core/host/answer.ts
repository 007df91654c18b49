// One answer for every channel, the start gate's included: arguments checked (text, then the channel's
// schema), the call made, and whatever it threw mapped to the envelope's typed error.
import type { z } from 'zod';
import type { Channel } from '../../shared/contract';
import type { Envelope } from '../../shared/envelope';
import { LadderError, type ErrorCode } from '../../shared/errors';
import { schemas } from '../../shared/schemas';
import { findLoneSurrogate, LONE_SURROGATE_MESSAGE } from '../../shared/wellFormed';

/** Where each issue is and what is wrong, without echoing what was sent. */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.map(String).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `Invalid request: ${parts.join('; ')}${more}`;
}

type Parsed = { success: true; data: unknown } | { success: false; message: string };

const UNREADABLE = 'Invalid request: it could not be read.';

/**
 * One rule for every channel: text with a lone surrogate is refused, never silently altered (a
 * passphrase's UTF-8 bytes would turn it into U+FFFD). Arguments that throw when read are refused
 * too, so a handle answers instead of rejecting. Null when the text is fine.
 */
export function refusedText(args: unknown): Envelope | null {
  try {
    if (findLoneSurrogate(args) === null) return null;
    return { ok: false, error: { code: 'invalid-argument', message: LONE_SURROGATE_MESSAGE } };
  } catch {
    return { ok: false, error: { code: 'invalid-argument', message: UNREADABLE } };
  }
}

/**
 * A schema's own checks can throw on input they did not expect (a refinement reading a date that an
 * earlier check already refused): that input is invalid, not an internal fault.
 */
function parseArgs(channel: Channel, args: unknown): Parsed {
  try {
    const parsed = schemas[channel].safeParse(args ?? {});
    return parsed.success ? parsed : { success: false, message: describeIssues(parsed.error) };
  } catch {
    return { success: false, message: UNREADABLE };
  }
}

export interface AnswerRules {
  /** Turns what a call threw into the error to answer (e.g. the driver's errors into storage errors). */
  mapThrown: (thrown: unknown) => unknown;
  /** Whether a typed error is worth a log line. */
  logs: (code: ErrorCode) => boolean;
  /** Receives error codes and channel names only, never arguments or journal text. */
  log: (line: string) => void;
}

export async function answer(
  channel: Channel,
  args: unknown,
  call: (parsed: unknown) => unknown,
  rules: AnswerRules,
): Promise<Envelope> {
  const refused = refusedText(args);
  if (refused) return refused;
  const parsed = parseArgs(channel, args);
  if (!parsed.success)
    return { ok: false, error: { code: 'invalid-argument', message: parsed.message } };
  try {
    return { ok: true, result: await call(parsed.data) };
  } catch (thrown) {
    const error = rules.mapThrown(thrown);
    if (error instanceof LadderError) {
      if (rules.logs(error.code)) rules.log(`ladder: ${channel} failed: ${error.code}`);
      return { ok: false, error: error.toJSON() };
    }
    rules.log(
      `ladder: ${channel} failed: internal (${error instanceof Error ? error.name : typeof error})`,
    );
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong inside Ladder. Nothing was changed.',
      },
    };
  }
}
