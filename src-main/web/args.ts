// Command-line options of `npm run web`.
export interface WebArgs {
  dataDir?: string;
  port: number;
  host: string;
}

export type ParseResult = { ok: true; args: WebArgs } | { ok: false; message: string };

export const USAGE =
  'Usage: npm run web -- [--data DIR] [--port N] [--host 127.0.0.1|::1|localhost]';

export function parseWebArgs(argv: readonly string[]): ParseResult {
  const args: WebArgs = { port: 0, host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? '';
    const eq = raw.indexOf('=');
    const name = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = () => inline ?? argv[++i];
    switch (name) {
      case '--data': {
        const dir = value();
        if (!dir) return { ok: false, message: `--data needs a folder.\n${USAGE}` };
        args.dataDir = dir;
        break;
      }
      case '--port': {
        const text = value() ?? '';
        const port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535)
          return { ok: false, message: `--port needs a number from 0 to 65535.\n${USAGE}` };
        args.port = port;
        break;
      }
      case '--host': {
        const host = value();
        if (!host) return { ok: false, message: `--host needs an address.\n${USAGE}` };
        args.host = host;
        break;
      }
      case '--help':
      case '-h':
        return { ok: false, message: USAGE };
      default:
        return { ok: false, message: `Unknown option "${raw}".\n${USAGE}` };
    }
  }
  return { ok: true, args };
}
