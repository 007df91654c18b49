// Settings: stored values over the defaults; `set` changes only the keys it is given.
import type { ParsedArgs } from '../../shared/contract';
import type { Settings } from '../../shared/domain';
import { readSettings, writeSettings } from './settingsRepository';
import type { ServiceContext } from '../common/context';

export const DEFAULT_SETTINGS: Settings = { theme: 'system', layout: null, welcomeSeen: false };

export function createSettingsService(ctx: ServiceContext) {
  const get = (): Settings => {
    const stored = readSettings(ctx.db);
    const out: Settings = { ...DEFAULT_SETTINGS };
    // Only known keys, so a stray row can never leak into the renderer's state.
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      if (key in stored) (out as unknown as Record<string, unknown>)[key] = stored[key];
    }
    return out;
  };
  return {
    get,
    set(args: ParsedArgs<'settings.set'>): Settings {
      writeSettings(ctx.db, args);
      return get();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
