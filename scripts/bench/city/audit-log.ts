/**
 * The city's audit trail, built as the app builds it: every write the record store would
 * have made (a create per record, status changes, timeline entries, completed reviews) is
 * noted with its time, then all notes are put in time order and chained with the app's own
 * `nextEntry`, so the app's audit check passes on the generated data.
 */
import type { AuditAction, AuditChange, AuditEntry, AuditHead, LocalUser } from '../../../renderer/src/domain/audit';
import { diffChanges, nextEntry } from '../../../renderer/src/domain/audit-chain';
import type { RecordMeta } from '../../../renderer/src/domain/record';
import { entityOfTable, parentOfStored, recordSpecs, type RecordTable } from '../../../renderer/src/storage/tables';
import type { Random } from './random';

interface Note {
  at: string;
  order: number;
  actor: LocalUser;
  action: AuditAction;
  table: RecordTable;
  entityId: string;
  parentId: string | null;
  changes: AuditChange[];
}

/** As the record store: bookkeeping fields never get an audit line of their own. */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', 'revision']);

export class AuditLog {
  private readonly notes: Note[] = [];
  private readonly specs: ReturnType<typeof recordSpecs>;

  constructor(
    today: string,
    /** Who worked at the computer at a given instant (coordinators change over ten years). */
    private readonly actorAt: (at: string) => LocalUser,
  ) {
    this.specs = recordSpecs(() => today);
  }

  get count(): number {
    return this.notes.length;
  }

  /** The fields the record store compares for a table (its spec's audited fields, or all but bookkeeping). */
  private fields(table: RecordTable, record: object): string[] {
    const audited = (this.specs[table] as { auditedFields?: readonly string[] }).auditedFields;
    return audited ? [...audited, 'deletedAt'] : Object.keys(record).filter((field) => !bookkeeping.has(field));
  }

  /** A record's creation: by default every audited field, old null (as `insert` writes it). */
  created(table: RecordTable, record: RecordMeta, options: { action?: AuditAction; changes?: AuditChange[] } = {}): void {
    this.note(table, record, record.createdAt, options.action ?? 'create', options.changes ?? diffChanges(null, record, this.fields(table, record)));
  }

  /** A change of a record at `at`: by default the field-by-field difference (as `update` writes it). */
  changed(table: RecordTable, before: RecordMeta, after: RecordMeta, at: string, action: AuditAction, changes?: AuditChange[]): void {
    this.note(table, after, at, action, changes ?? diffChanges(before, after, this.fields(table, after)));
  }

  private note(table: RecordTable, record: RecordMeta, at: string, action: AuditAction, changes: AuditChange[]): void {
    this.notes.push({
      at,
      order: this.notes.length,
      actor: this.actorAt(at),
      action,
      table,
      entityId: record.id,
      parentId: parentOfStored(table, record as unknown as Record<string, unknown>),
      changes,
    });
  }

  /** The entries in time order, chained, and the head the settings keep. */
  chain(random: Random): { entries: AuditEntry[]; head: AuditHead } {
    const sorted = [...this.notes].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order));
    const entries: AuditEntry[] = [];
    let head: AuditHead = { seq: 0, hash: '0'.repeat(64) };
    for (const note of sorted) {
      const entry = nextEntry(entries.length > 0 ? head : undefined, {
        id: random.uuid(),
        at: note.at,
        actor: note.actor,
        action: note.action,
        entity: entityOfTable[note.table],
        entityId: note.entityId,
        parentId: note.parentId,
        changes: note.changes,
      });
      entries.push(entry);
      head = { seq: entry.seq, hash: entry.hash };
    }
    return { entries, head };
  }
}
