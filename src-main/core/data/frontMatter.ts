// YAML front matter: read from notes other apps export, written on the export's Markdown copies.
// The `core` schema only: no custom tags, no dates turned into objects, nothing executed.
import { parseDocument, stringify } from 'yaml';

export class FrontMatterTooLong extends Error {}

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
/**
 * Larger front matter is not parsed: the YAML parser takes 2-3 s on a hostile half megabyte. Room
 * for what Ladder's own Markdown copies hold: a title of up to 200,000 characters and the fields.
 */
export const MAX_FRONT_MATTER_CHARS = 512 * 1024;

/** Splits `---` front matter from the body; throws when the block is there but is not valid YAML, or too long. */
export function readFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { data: {}, body: text.replace(/^\uFEFF/, '') };
  const rest = text.slice(open[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) return { data: {}, body: text.replace(/^\uFEFF/, '') };
  if (close.index > MAX_FRONT_MATTER_CHARS) throw new FrontMatterTooLong();
  const doc = parseDocument(rest.slice(0, close.index), { schema: 'core', uniqueKeys: false });
  if (doc.errors.length > 0) throw new Error('front matter is not valid YAML');
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  return {
    data:
      data !== null && typeof data === 'object' && !Array.isArray(data)
        ? (data as Record<string, unknown>)
        : {},
    body: rest.slice(close.index + close[0].length),
  };
}

/** A front matter block for `data` (keys in the given order), ending with its closing line. */
export function writeFrontMatter(data: Record<string, unknown>): string {
  const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  return `---\n${stringify(clean, { lineWidth: 0 })}---\n`;
}
