import { RoundtableDb } from '../../../renderer/src/storage/db';

/** A fresh database with a unique name, so tests never share state. */
export function freshDb(): RoundtableDb {
  return new RoundtableDb(`test-${crypto.randomUUID()}`);
}
