/**
 * Deleting a case for good: the example network's case (with its timeline, a disclosure-free
 * history, and a case discussion in a meeting's minutes), closed, then deleted for its
 * retention. Afterwards nothing stored holds its personal fields, the audit check is intact,
 * and the deletion is on record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { eraseEntryValues } from '../../../renderer/src/domain/audit-format';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createSealedCodec } from '../../../renderer/src/storage/sealed-codec';
import { createErasureRepository, ERASED_TITLE } from '../../../renderer/src/storage/repositories/erasure';
import { createExampleNetworkRepository } from '../../../renderer/src/storage/repositories/example-network';
import { createReferralRepository } from '../../../renderer/src/storage/repositories/referrals';
import { createRecordStores, writeTransaction } from '../../../renderer/src/storage/record-store';
import { freshDb, testSessionKeys } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const now = new Date('2026-03-10T09:00:00.000Z');
const clock = () => now;
const today = () => '2026-03-10';
// (The area, "Beispielviertel", is also named in the example's risk picture and other minutes: not the case's alone.)
const personal = ['X. Y.', 'Frei erfundener Beispielfall', 'Erziehungsberechtigte (Beispiel)', 'Im Runden Tisch besprochen'];

async function closedExampleCase() {
  db = freshDb({ sealed: true });
  await createExampleNetworkRepository(db, clock).load('de', 'Europe/Berlin');
  const referrals = createReferralRepository(db, clock, today);
  const [listed] = await createRecordStores(db, today).referrals.list();
  let revision = listed!.revision;
  revision = (await referrals.transition(listed!.id, revision, { to: 'review', on: '2026-03-09', decidedBy: 'Panel', note: '', outcome: null })).revision;
  const closed = await referrals.transition(listed!.id, revision, {
    to: 'closed',
    on: '2026-03-10',
    decidedBy: 'Panel',
    note: '',
    outcome: 'support_completed',
  });
  return { referral: closed, referrals, erasure: createErasureRepository(db, clock, today) };
}

/** Every stored row decoded (records, audit entries, settings), as text. */
async function everythingStored(): Promise<string> {
  const codec = createSealedCodec(testSessionKeys.records);
  const parts: unknown[] = [];
  for (const table of db.tables) {
    const rows = await table.toArray();
    if (table.name === 'audit') parts.push(rows.map((row) => codec.openAudit(row as never)));
    else if (table.name === 'settings') parts.push(rows);
    else parts.push(rows.map((row) => codec.decode(table.name as never, row)));
    parts.push(rows); // and raw, as on the disk
  }
  return JSON.stringify(parts);
}

describe('deleting a case for good', () => {
  it('shows what would go before anything happens', async () => {
    const { referral, erasure } = await closedExampleCase();
    const preview = await erasure.previewCase(referral.id);
    expect(preview).toMatchObject({ caseCode: referral.caseCode, revision: referral.revision, disclosures: 0, activeHold: null });
    expect(preview.timelineEntries).toBeGreaterThanOrEqual(4);
    expect(preview.caseDiscussions).toHaveLength(1);
    expect(preview.auditEntries).toBeGreaterThan(preview.timelineEntries);
  });

  it('erases the case, its timeline and the case discussion, keeps what it was and why, and the chain verifies', async () => {
    const { referral, erasure, referrals } = await closedExampleCase();
    const before = await everythingStored();
    for (const text of personal) expect(before).toContain(text);

    const erased = await erasure.eraseCase(referral.id, referral.revision, { reason: 'retention', note: '' });
    expect(erased).toMatchObject({ id: referral.id, table: 'referrals', caseCode: referral.caseCode, reason: 'retention', parentId: null });

    const after = await everythingStored();
    for (const text of personal) expect(after, text).not.toContain(text);
    expect(await referrals.get(referral.id)).toBeUndefined();
    const stores = createRecordStores(db, today);
    expect(await stores.referralEvents.whereIncludingDeleted('referralId', referral.id)).toEqual([]);
    const erasures = await stores.erasures.list();
    expect(erasures.filter((record) => record.parentId === referral.id).length).toBeGreaterThanOrEqual(4);
    const [item] = (await stores.agendaItems.list()).filter((candidate) => candidate.erasedAt);
    expect(item).toMatchObject({ title: ERASED_TITLE, minutes: '', decisions: [], erasedAt: now.toISOString() });

    const audit = createAuditRepository(db, clock);
    expect((await audit.verify()).chain).toMatchObject({ ok: true });
    const history = await audit.listFor(referral.id);
    expect(history.filter((entry) => entry.entity === 'referral').every((entry) => entry.changes.length === 0 && entry.erased?.values)).toBe(true);
    expect(history.find((entry) => entry.entity === 'erasure')).toMatchObject({ action: 'erase', actorName: 'Toni Exempel' });
  });

  it('never gives the deleted case’s number out again', async () => {
    const { referral, erasure, referrals } = await closedExampleCase();
    await erasure.eraseCase(referral.id, referral.revision, { reason: 'retention', note: '' });
    const next = await referrals.create({
      ageBand: '16_17',
      referringPartnerId: referral.referringPartnerId,
      receivedOn: referral.receivedOn,
      concernTypes: ['right_wing'],
      riskLevel: 'low',
    });
    expect(next.caseNumber).toBe(referral.caseNumber + 1);
  });

  it('is refused while a legal hold lasts, for a stale revision, and for its retention while the case is open; nothing changes', async () => {
    const { referral, erasure } = await closedExampleCase();
    await expect(erasure.eraseCase(referral.id, referral.revision - 1, { reason: 'retention', note: '' })).rejects.toMatchObject({
      refusal: { kind: 'stale' },
    });
    const stores = createRecordStores(db, today);
    await writeTransaction(db, ['retentionHolds'], () =>
      stores.retentionHolds.insert(
        { recordId: referral.id, table: 'referrals', until: '2026-06-30', reason: 'Verfahren anhängig' },
        { action: 'create', at: now },
      ),
    );
    await expect(erasure.eraseCase(referral.id, referral.revision, { reason: 'retention', note: '' })).rejects.toMatchObject({
      refusal: { kind: 'erasure', reason: 'held' },
    });
    expect(await stores.referrals.get(referral.id)).toBeDefined();
    expect(await stores.erasures.list()).toEqual([]);
  });

  it('a request or an unlawful record needs a note; a case still open can go at the person’s request', async () => {
    db = freshDb({ sealed: true });
    await createExampleNetworkRepository(db, clock).load('en', 'Europe/Berlin');
    const [open] = await createRecordStores(db, today).referrals.list();
    const erasure = createErasureRepository(db, clock, today);
    await expect(erasure.eraseCase(open!.id, open!.revision, { reason: 'retention', note: '' })).rejects.toMatchObject({
      refusal: { kind: 'erasure', reason: 'stillOpen' },
    });
    await expect(erasure.eraseCase(open!.id, open!.revision, { reason: 'request', note: '' })).rejects.toThrow();
    await erasure.eraseCase(open!.id, open!.revision, { reason: 'request', note: 'Art. 17 request of 2026-03-01' });
    expect(await createRecordStores(db, today).referrals.getIncludingDeleted(open!.id)).toBeUndefined();
  });

  it('erases who worked on the case one period later, and the chain still verifies', async () => {
    const { referral, erasure } = await closedExampleCase();
    await erasure.eraseCase(referral.id, referral.revision, { reason: 'retention', note: '' });
    expect(await erasure.eraseAuditActors(referral.id)).toBeGreaterThan(0);
    const audit = createAuditRepository(db, clock);
    // The case's own entries and those of everything deleted with it (its timeline entries).
    const entries = (await audit.listFor(referral.id)).filter((entry) => entry.entity !== 'erasure');
    expect(entries.some((entry) => entry.entity === 'referralEvent')).toBe(true);
    expect(entries.every((entry) => entry.actorName === '' && entry.erased?.actor)).toBe(true);
    expect((await audit.verify()).chain).toMatchObject({ ok: true });
    expect(await erasure.eraseAuditActors(referral.id)).toBe(0);
  });

  it('tells an erasure Roundtable made from one made with the files: values stripped without a deletion on record break the check', async () => {
    const { referral, erasure } = await closedExampleCase();
    await erasure.eraseCase(referral.id, referral.revision, { reason: 'retention', note: '' });
    const audit = createAuditRepository(db, clock);
    expect((await audit.check({ mode: 'full' })).chain).toMatchObject({ ok: true });
    // Someone with the files, without the key, strips a partner's entry the way erasing does.
    const partnerEntry = (await db.audit.orderBy('seq').toArray()).find((entry) => entry.entity === 'partner')!;
    await db.audit.put(eraseEntryValues(partnerEntry, now.toISOString()));
    expect((await audit.check({ mode: 'full' })).chain).toEqual({ ok: false, seq: partnerEntry.seq, reason: 'erased' });
  });
});
