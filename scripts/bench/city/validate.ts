/**
 * Every generated record through the app's own strict record schemas (the ones storage
 * checks before each write), and the audit chain through the app's own verifier. A record
 * the schema would change (trim, fill a default) counts as invalid too: what is loaded must
 * be exactly what the app would have stored.
 */
import type { AuditEntry, AuditHead } from '../../../renderer/src/domain/audit';
import { canonicalJson, verifyChain } from '../../../renderer/src/domain/audit-chain';
import { recordSpecs, recordTables, type RecordTable } from '../../../renderer/src/storage/tables';
import type { City } from './city';

export function validateCity(city: City): void {
  const specs = recordSpecs(() => city.today);
  const ids = new Set<string>();
  for (const table of city.tables) {
    if (!(recordTables as readonly string[]).includes(table.store)) continue;
    const schema = specs[table.store as RecordTable].schema;
    for (const row of table.rows) {
      const result = schema.safeParse(row);
      const id = (row as { id: string }).id;
      if (!result.success) throw new Error(`invalid ${table.store} record ${id}: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
      if (canonicalJson(result.data) !== canonicalJson(row)) {
        const parsed = result.data as unknown as Record<string, unknown>;
        const fields = [...new Set([...Object.keys(parsed), ...Object.keys(row)])].filter(
          (field) => canonicalJson(parsed[field]) !== canonicalJson((row as Record<string, unknown>)[field]),
        );
        throw new Error(`${table.store} record ${id} is not as the app would store it: the schema changes ${fields.join(', ')}`);
      }
      if (ids.has(id)) throw new Error(`duplicate id ${id}`);
      ids.add(id);
    }
  }
  const referrals = city.tables.find((table) => table.store === 'referrals')!.rows as { caseCode: string }[];
  if (new Set(referrals.map((referral) => referral.caseCode)).size !== referrals.length) throw new Error('case codes are not unique');

  const entries = city.tables.find((table) => table.store === 'audit')!.rows as AuditEntry[];
  const head = (city.tables.find((table) => table.store === 'settings')!.rows as { key: string; value: unknown }[]).find((row) => row.key === 'auditHead')!
    .value as AuditHead;
  const verdict = verifyChain(entries, head);
  if (!verdict.ok) throw new Error(`audit chain broken: ${JSON.stringify(verdict)}`);
  const audited = new Set(entries.map((entry) => entry.entityId));
  const unaudited = [...ids].filter((id) => !audited.has(id));
  if (unaudited.length > 0) throw new Error(`${unaudited.length} records have no audit entry`);
}
