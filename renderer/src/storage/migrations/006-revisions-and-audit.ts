import type { Transaction } from 'dexie';
import type { AuditEntry, AuditHead } from '../../domain/audit';
import { nextEntry } from '../../domain/audit-chain';
import { entityOfTable, parentOfStored, type RecordTable } from '../tables';
import type { Migration } from './index';

/**
 * The tables that existed at version 6. Frozen here: a table added later does not exist
 * while this upgrade runs, so the live list (storage/tables.ts) must not be used.
 */
const tablesAtVersion6 = [
  'partners',
  'contacts',
  'meetings',
  'meetingSeries',
  'agendaItems',
  'actions',
  'referrals',
  'referralEvents',
  'agreements',
  'disclosures',
  'coverageAcknowledgements',
] as const satisfies readonly RecordTable[];

/** Who the baseline entries name: the update itself, not a person. */
export const baselineActor = { name: 'Roundtable', organisation: 'database update 6' } as const;

/**
 * One write path (integrity): every record gets a revision (1 for what exists), audit
 * entries can name the record they belong to (`parentId`, indexed so a case's history finds
 * its timeline entries), and every record that has no audit entry yet (partners, meetings,
 * minutes and actions were not audited before) gets a "baseline" entry, so that from now on
 * a record without any entry means it was written around the write path.
 */
export const migration006: Migration = {
  version: 6,
  stores: {
    audit: 'id, &seq, entityId, parentId, at',
  },
  upgrade: async (tx: Transaction) => {
    for (const table of tablesAtVersion6) {
      await tx
        .table(table)
        .toCollection()
        .modify((record: { revision?: number }) => {
          if (record.revision === undefined) record.revision = 1;
        });
    }
    const audit = tx.table<AuditEntry, string>('audit');
    const audited = new Set((await audit.orderBy('entityId').uniqueKeys()).map(String));
    const stored = (await tx.table('settings').get('auditHead'))?.value as AuditHead | undefined;
    const last = await audit.orderBy('seq').last();
    let head: AuditHead | undefined = stored && (!last || stored.seq >= last.seq) ? stored : last && { seq: last.seq, hash: last.hash };
    const at = new Date().toISOString();
    for (const table of tablesAtVersion6) {
      const records = (await tx.table(table).toArray()) as Record<string, unknown>[];
      for (const record of records) {
        const id = String(record.id);
        if (audited.has(id)) continue;
        const entry = nextEntry(head, {
          id: crypto.randomUUID(),
          at,
          actor: baselineActor,
          action: 'baseline',
          entity: entityOfTable[table],
          entityId: id,
          parentId: parentOfStored(table, record),
          changes: [],
        });
        await audit.add(entry);
        head = { seq: entry.seq, hash: entry.hash };
      }
    }
    if (head) await tx.table('settings').put({ key: 'auditHead', value: head });
  },
};
