import 'fake-indexeddb/auto';
import { RoundtableDb } from '../../../renderer/src/storage/db';

export const testUser = { name: 'Toni Exempel', organisation: 'Präventionsstelle' };

/**
 * A fresh database with a unique name, so tests never share state. Every change is audited
 * with who made it, so the local user is set when the database is created, unless a test
 * wants to see what happens without one.
 */
export function freshDb(options: { localUser?: boolean } = {}): RoundtableDb {
  const db = new RoundtableDb(`test-${crypto.randomUUID()}`);
  if (options.localUser ?? true) {
    db.on('populate', (tx) => {
      void tx.table('settings').put({ key: 'localUser', value: testUser });
    });
  }
  return db;
}
