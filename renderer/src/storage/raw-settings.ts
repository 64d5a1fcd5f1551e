/**
 * Reading what is needed before unlocking (the keyring, the language) without opening the
 * database at this version: Dexie's dynamic mode opens it at whatever version it has and
 * upgrades nothing, so a migration can wait until the keys are there to back it up first.
 */
import Dexie from 'dexie';
import { keyringSchema, type Keyring } from '../crypto/keyring';
import { StorageError } from './errors';
import { recordTables } from './tables';

export interface FoundBeforeOpening {
  keyring: Keyring | undefined;
  language: unknown;
  /** Whether it holds anything worth converting: a record, or a local user. */
  hasData: boolean;
}

export async function readBeforeOpening(name: string): Promise<FoundBeforeOpening> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const tableNames = new Set(raw.tables.map((table) => table.name));
    const setting = async (key: string) => (tableNames.has('settings') ? (await raw.table('settings').get(key))?.value : undefined);
    const storedKeyring = await setting('keyring');
    let keyring: Keyring | undefined;
    if (storedKeyring !== undefined) {
      const parsed = keyringSchema.safeParse(storedKeyring);
      // A keyring that is there but broken must not be mistaken for "no encryption yet".
      if (!parsed.success) throw new StorageError('tampered', parsed.error);
      keyring = parsed.data;
    }
    let hasData = (await setting('localUser')) !== undefined;
    for (const table of recordTables) {
      if (hasData) break;
      if (tableNames.has(table)) hasData = (await raw.table(table).count()) > 0;
    }
    return { keyring, language: await setting('language'), hasData };
  } finally {
    raw.close();
  }
}
