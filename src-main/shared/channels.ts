// The names of every channel, as plain data: the renderer and the preload need the list without
// pulling in the schemas (and zod). contract.ts checks at compile time that it matches the schemas.
export const CHANNELS = [
  'app.info',
  'journal.list',
  'journal.get',
  'journal.create',
  'journal.save',
  'journal.counts',
  'journal.tags',
  'journal.history',
  'journal.revision',
  'journal.restoreRevision',
  'journal.trash',
  'journal.restore',
  'journal.listTrash',
  'journal.emptyTrash',
  'journal.deleteForever',
  'profile.get',
  'skills.list',
  'skills.add',
  'skills.rename',
  'skills.rate',
  'skills.setColleaguesView',
  'skills.remove',
  'goals.list',
  'goals.save',
  'goals.remove',
  'search.query',
  'settings.get',
  'settings.set',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

const known: ReadonlySet<string> = new Set(CHANNELS);

export function isChannel(name: string): name is ChannelName {
  return known.has(name);
}
