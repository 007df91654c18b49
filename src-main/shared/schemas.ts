// Argument schemas of every channel, assembled from the features' schema parts (each checked against
// its feature's names part): the main side parses with these before any service runs.
import type { z } from 'zod';
import { appSchemas } from './app/appSchemas';
import { backupSchemas } from './backup/backupSchemas';
import type { ChannelName } from './channels';
import { conversationSchemas } from './conversations/conversationSchemas';
import { dataSchemas } from './data/dataSchemas';
import { followupSchemas } from './followups/followupSchemas';
import { journalSchemas } from './journal/journalSchemas';
import { lockSchemas } from './lock/lockSchemas';
import { practiceSchemas } from './practice/practiceSchemas';
import { profileSchemas } from './profile/profileSchemas';
import { questionSchemas } from './questions/questionSchemas';
import { rehearsalSchemas } from './rehearsal/rehearsalSchemas';
import { searchSchemas } from './search/searchSchemas';
import { settingsSchemas } from './settings/settingsSchemas';
import { audioSchemas } from './voice/audioSchemas';

export const schemas = {
  ...appSchemas,
  ...lockSchemas,
  ...journalSchemas,
  ...profileSchemas,
  ...searchSchemas,
  ...settingsSchemas,
  ...conversationSchemas,
  ...followupSchemas,
  ...questionSchemas,
  ...rehearsalSchemas,
  ...audioSchemas,
  ...practiceSchemas,
  ...backupSchemas,
  ...dataSchemas,
} satisfies Record<ChannelName, z.ZodType>;

export type Schemas = typeof schemas;

// The two assemblies list the same features: a feature spread here but not in channels.ts fails here.
const _sameFeatures: [Exclude<keyof Schemas, ChannelName>] extends [never]
  ? true
  : Exclude<keyof Schemas, ChannelName> = true;
void _sameFeatures;
