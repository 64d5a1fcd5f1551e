/**
 * Index keys a record's stored form carries beside the record itself: ids worked out from a
 * nested field, so IndexedDB can index them (it cannot index `attendees[].partnerId`). A
 * meeting's invited partners, from its attendees; an agreement's parties. Only ids, never
 * anything about a person, so they may be plaintext.
 *
 * Both codecs add them on the way to the disk and drop them on the way back: records as the
 * app and its schemas know them never hold them, and no write path can forget them.
 */
import type { RecordTable } from './tables';

type Derive = (record: Record<string, unknown>) => unknown;

/** Distinct non-empty ids of `field` across the objects of `list`, in their first order. */
function idsOf(list: unknown, field: string): string[] {
  if (!Array.isArray(list)) return [];
  const ids = list.map((entry: unknown) => (entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>)[field] : undefined));
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

const indexKeys: Partial<Record<RecordTable, Record<string, Derive>>> = {
  meetings: { invitedPartnerIds: (meeting) => idsOf(meeting['attendees'], 'partnerId') },
  agreements: { partyIds: (agreement) => idsOf(agreement['parties'], 'partnerId') },
};

/** The names of the index keys `table` stores (none for most tables). */
export function indexKeyFieldsOf(table: RecordTable): string[] {
  return Object.keys(indexKeys[table] ?? {});
}

/** `record` with its index keys worked out afresh (the same object when the table has none). */
export function withIndexKeys(table: RecordTable, record: object): object {
  const derive = indexKeys[table];
  if (!derive) return record;
  const source = record as Record<string, unknown>;
  return { ...record, ...Object.fromEntries(Object.entries(derive).map(([field, of]) => [field, of(source)])) };
}

/** `stored` without its index keys (the same object when the table has none). */
export function withoutIndexKeys(table: RecordTable, stored: object): object {
  const derive = indexKeys[table];
  if (!derive) return stored;
  const record = { ...stored } as Record<string, unknown>;
  for (const field of Object.keys(derive)) delete record[field];
  return record;
}
