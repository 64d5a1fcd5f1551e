/**
 * Appends N well-formed audit entries (a valid chain, built with the app's own
 * nextStoredEntry, sealed and keyed with the profile's keys as the app writes them) to the
 * app's IndexedDB and moves the stored head, as if N changes had been made: what a large
 * city's ten years leave. Built in Node, written with raw IndexedDB in batches. Reload the
 * page afterwards so the app reads the new head.
 */
import type { Page } from 'playwright-core';
import type { AuditHead, StoredAuditEntry } from '../../../renderer/src/domain/audit';
import { nextStoredEntry } from '../../../renderer/src/domain/audit-chain';
import { appKeys, type AppKeys } from './sealing';

const entities = ['referral', 'partner', 'meeting', 'agendaItem', 'action', 'referralEvent'] as const;

/** Reads the stored head (settings 'auditHead'). */
export function readAuditHead(page: Page): Promise<AuditHead | undefined> {
  return page.evaluate(
    () =>
      new Promise<AuditHead | undefined>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('settings').objectStore('settings').get('auditHead');
          read.onsuccess = () => {
            db.close();
            resolve((read.result as { value: AuditHead } | undefined)?.value);
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

/** The next `count` entries after `head`, sealed and keyed as the app stores them, and the new head. */
function buildEntries(keys: AppKeys, head: AuditHead | undefined, count: number): { entries: StoredAuditEntry[]; head: AuditHead | undefined } {
  const entries: StoredAuditEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const seq = (head?.seq ?? 0) + 1;
    const entry = nextStoredEntry(
      head,
      {
        id: `seed-${seq}-${Math.random().toString(36).slice(2)}`,
        at: new Date(Date.UTC(2016, 0, 1) + seq * 60_000).toISOString(),
        actor: { name: 'Toni Exempel', organisation: 'Präventionskoordination Musterstadt' },
        action: 'update',
        entity: entities[seq % entities.length]!,
        // About two entries per record, as in a city's trail.
        entityId: `seed-record-${Math.floor(seq / 2)}`,
        parentId: null,
        changes: [
          { field: 'status', old: 'open', new: 'in_progress' },
          { field: 'notes', old: 'Telefonat mit der Schule vereinbart.', new: `Telefonat mit der Schule geführt, Rückmeldung ${seq}.` },
        ],
      },
      keys.digest,
      keys.codec.sealAudit,
    );
    entries.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  }
  return { entries, head };
}

function write(page: Page, rows: StoredAuditEntry[], last: AuditHead): Promise<void> {
  return page.evaluate(
    ({ rows, last }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['audit', 'settings'], 'readwrite');
          const audit = tx.objectStore('audit');
          for (const row of rows) audit.add(row);
          tx.objectStore('settings').put({ key: 'auditHead', value: last });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { rows, last },
  );
}

export async function seedAuditTrail(page: Page, count: number, { batch = 10_000 } = {}): Promise<AuditHead> {
  const keys = await appKeys(page);
  let head = await readAuditHead(page);
  let writing: Promise<void> = Promise.resolve();
  // The next batch is hashed here while the page writes the one before.
  for (let built = 0; built < count; built += batch) {
    const next = buildEntries(keys, head, Math.min(batch, count - built));
    head = next.head;
    await writing;
    writing = write(page, next.entries, head!);
  }
  await writing;
  return head!;
}
