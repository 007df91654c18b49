// Argument schemas of the settings channels.
import { z } from 'zod';
import type { SchemasFor } from '../channelParts';
import { empty } from '../schemaParts';
import type { settingsChannels } from './settingsChannels';

export const settingsSchemas = {
  'settings.get': empty,
  'settings.set': z
    .object({
      theme: z.enum(['system', 'light', 'dark', 'high-contrast']).optional(),
      welcomeSeen: z.boolean().optional(),
      layout: z
        .object({
          sideBarVisible: z.boolean(),
          sideBarWidth: z.number().min(0).max(100),
          activeView: z.string().max(100),
          openTabs: z
            .array(z.object({ type: z.string().max(40), id: z.string().max(100) }).strict())
            .max(100),
          activeTab: z.string().max(200).nullable(),
        })
        .strict()
        .optional(),
    })
    .strict(),
} satisfies SchemasFor<typeof settingsChannels>;
