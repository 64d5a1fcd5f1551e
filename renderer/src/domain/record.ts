/**
 * Fields every stored record has (architecture guide, data rules): a UUID key, times of
 * creation and last change, and a tombstone instead of deletion so that nothing a partner
 * shared disappears silently and a future sync or retention job can see what happened.
 */
export interface RecordMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export function newRecordMeta(now: Date = new Date()): RecordMeta {
  const stamp = now.toISOString();
  return { id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, deletedAt: null };
}
