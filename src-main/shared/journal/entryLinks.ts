// A link from one journal entry to another, stored as a Lexical link whose url is
// `ladder:entry/<id>`. This file is the only place that spells the form: every link rule (save,
// import, paste, the editor) asks it, and any other `ladder:` url is refused. Case-sensitive and
// exact, so `LADDER:entry/…`, `ladder:entry/../x` or a trailing query are not entry links.

const PREFIX = 'ladder:entry/';
// The ids Ladder gives (UUIDs, `md-<hash>` for imported notes): letters, digits, `-` and `_`.
const ENTRY_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isEntryId(id: string): boolean {
  return ENTRY_ID.test(id);
}

/** The url of a link to the entry `id`. */
export function entryLinkUrl(id: string): string {
  if (!isEntryId(id)) throw new Error('Not an entry id.');
  return PREFIX + id;
}

/** The entry id a link points to, or null when `url` is not exactly an entry link. */
export function entryIdFromLink(url: string): string | null {
  if (!url.startsWith(PREFIX)) return null;
  const id = url.slice(PREFIX.length);
  return isEntryId(id) ? id : null;
}
