// Every channel, assembled from the features' names parts (each feature declares its channels once,
// in shared/<feature>/*Channels.ts). Plain data: the renderer and the preload need the list without
// pulling in the schemas (and zod).
import { appChannels } from './app/appChannels';
import { backupChannels } from './backup/backupChannels';
import { conversationChannels } from './conversations/conversationChannels';
import { dataChannels } from './data/dataChannels';
import { followupChannels } from './followups/followupChannels';
import { journalChannels } from './journal/journalChannels';
import { lockChannels } from './lock/lockChannels';
import { practiceChannels } from './practice/practiceChannels';
import { profileChannels } from './profile/profileChannels';
import { questionChannels } from './questions/questionChannels';
import { rehearsalChannels } from './rehearsal/rehearsalChannels';
import { searchChannels } from './search/searchChannels';
import { settingsChannels } from './settings/settingsChannels';
import { voiceChannels } from './voice/voiceChannels';

export const channelParts = {
  ...appChannels,
  ...lockChannels,
  ...journalChannels,
  ...profileChannels,
  ...searchChannels,
  ...settingsChannels,
  ...conversationChannels,
  ...followupChannels,
  ...questionChannels,
  ...rehearsalChannels,
  ...voiceChannels,
  ...practiceChannels,
  ...backupChannels,
  ...dataChannels,
};

export type ChannelParts = typeof channelParts;
export type ChannelName = keyof ChannelParts;

export const CHANNELS = Object.freeze(Object.keys(channelParts) as ChannelName[]);

const known: ReadonlySet<string> = new Set(CHANNELS);

export function isChannel(name: string): name is ChannelName {
  return known.has(name);
}
