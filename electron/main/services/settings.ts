/**
 * Main's own small settings in userData/settings.json: the last UI language and the backup
 * folder the coordinator chose.
 * Records never go here; they live in the renderer's IndexedDB. A missing, corrupt or
 * half-valid file yields defaults for the broken parts and never stops the app starting.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { languageSchema } from '../../contract';
import { writeFileAtomic } from '../atomic-write';

export const SETTINGS_FILE = 'settings.json';

// Each field falls back on its own, so one bad value does not wipe the others.
const settingsSchema = z.object({
  language: languageSchema.optional().catch(undefined),
  // Only ever set from the OS folder dialog; a hand-edited relative path would resolve
  // against whatever the working directory happens to be, so it is dropped.
  backupFolder: z.string().min(1).refine(isAbsolute).optional().catch(undefined),
});

export type MainSettings = z.infer<typeof settingsSchema>;

export function parseSettings(text: string): MainSettings {
  try {
    const result = settingsSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : {};
  } catch {
    return {};
  }
}

export interface SettingsStore {
  get(): MainSettings;
  update(patch: Partial<MainSettings>): Promise<void>;
}

export function createSettingsStore(file: string): SettingsStore {
  let current: MainSettings;
  try {
    current = parseSettings(readFileSync(file, 'utf8'));
  } catch {
    current = {};
  }
  // Writes are chained so two quick updates cannot land in the wrong order.
  let pending: Promise<void> = Promise.resolve();
  return {
    get: () => ({ ...current }),
    update(patch) {
      current = { ...current, ...patch };
      const snapshot = `${JSON.stringify(current, null, 2)}\n`;
      const write = pending.then(() => writeFileAtomic(file, snapshot));
      pending = write.catch(() => undefined);
      return write;
    },
  };
}
