import { afterEach, describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../renderer/src/crypto/bytes';
import type { StoredAuditEntry } from '../../../renderer/src/domain/audit';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { StorageError } from '../../../renderer/src/storage/errors';
import { createRecordStores, writeTransaction } from '../../../renderer/src/storage/record-store';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import { createSealedCodec, plaintextFieldsOf } from '../../../renderer/src/storage/sealed-codec';
import { recordTables } from '../../../renderer/src/storage/tables';
import { createSettingsRepository } from '../../../renderer/src/storage/repositories/settings';
import { freshDb, testSessionKeys, testUser } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => {
  await db?.delete();
});

const at = new Date('2026-03-01T10:00:00Z');

async function partnerWithNotes() {
  db = freshDb({ sealed: true });
  const stores = createRecordStores(db, () => '2026-03-01');
  const partner = await writeTransaction(db, ['partners'], () =>
    stores.partners.insert(
      { name: 'Jugendamt Nordstadt', shortName: '', sector: 'youth', status: 'active', role: '', joinedOn: '', notes: 'Frau Zebrafink, Tel. 0171' },
      { action: 'create', at },
    ),
  );
  return { stores, partner };
}

const tampered = expect.objectContaining({ name: 'StorageError', problem: 'tampered' });

describe('the encryption codec', () => {
  it('keeps in plaintext only bookkeeping and what the indexes need', () => {
    const plaintext = Object.fromEntries(recordTables.map((table) => [table, [...plaintextFieldsOf(table)].sort()]));
    expect(plaintext).toEqual({
      partners: ['createdAt', 'deletedAt', 'id', 'revision', 'sector', 'status', 'updatedAt'],
      contacts: ['createdAt', 'deletedAt', 'id', 'partnerId', 'revision', 'updatedAt'],
      meetings: ['createdAt', 'deletedAt', 'id', 'invitedPartnerIds', 'revision', 'seriesId', 'startsAt', 'status', 'type', 'updatedAt'],
      meetingSeries: ['createdAt', 'deletedAt', 'id', 'revision', 'updatedAt'],
      agendaItems: ['createdAt', 'deletedAt', 'id', 'meetingId', 'revision', 'updatedAt'],
      actions: ['agendaItemId', 'createdAt', 'deletedAt', 'dueDate', 'id', 'meetingId', 'ownerPartnerId', 'revision', 'status', 'updatedAt'],
      referrals: [
        'caseCode',
        'caseYear',
        'createdAt',
        'deletedAt',
        'id',
        'involvedPartnerIds',
        'leadPartnerId',
        'nextReviewOn',
        'receivedOn',
        'referringPartnerId',
        'retentionFrom',
        'revision',
        'status',
        'updatedAt',
      ],
      referralEvents: ['createdAt', 'deletedAt', 'dueDate', 'id', 'kind', 'referralId', 'revision', 'updatedAt'],
      agreements: ['createdAt', 'deletedAt', 'endDate', 'id', 'partyIds', 'reviewDate', 'revision', 'startDate', 'status', 'updatedAt'],
      disclosures: ['agreementId', 'createdAt', 'deletedAt', 'fromPartnerId', 'id', 'referralId', 'revision', 'sharedOn', 'toPartnerId', 'updatedAt'],
      coverageAcknowledgements: ['createdAt', 'deletedAt', 'id', 'referralId', 'revision', 'updatedAt'],
      riskPictures: ['createdAt', 'deletedAt', 'id', 'periodEnd', 'periodStart', 'previousEditionId', 'revision', 'status', 'updatedAt'],
      retentionHolds: ['createdAt', 'deletedAt', 'id', 'recordId', 'revision', 'until', 'updatedAt'],
      erasures: ['caseYear', 'createdAt', 'deletedAt', 'id', 'parentId', 'revision', 'table', 'updatedAt'],
    });
  });

  it('stores personal fields, the local user and audit values only sealed, and reads them back', async () => {
    const { stores, partner } = await partnerWithNotes();
    const raw = JSON.stringify({ partners: await db.partners.toArray(), audit: await db.audit.toArray(), settings: await db.settings.toArray() });
    for (const text of ['Zebrafink', 'Jugendamt', testUser.name, testUser.organisation]) expect(raw).not.toContain(text);
    expect(await stores.partners.get(partner.id)).toEqual(partner);
    expect(await createSettingsRepository(db).get('localUser')).toEqual(testUser);
    const [entry] = await createAuditRepository(db).listFor(partner.id);
    expect(entry).toMatchObject({
      actorName: testUser.name,
      changes: expect.arrayContaining([{ field: 'notes', old: null, new: 'Frau Zebrafink, Tel. 0171' }]),
    });
    expect((await createAuditRepository(db).verify()).chain).toEqual({ ok: true, count: 1 });
  });

  it('refuses a sealed value moved to another record, put back beside another revision, or changed by one bit', async () => {
    const { stores, partner } = await partnerWithNotes();
    const other = await writeTransaction(db, ['partners'], () =>
      stores.partners.insert(
        { name: 'Polizei', shortName: '', sector: 'police', status: 'active', role: '', joinedOn: '', notes: '' },
        { action: 'create', at },
      ),
    );
    const stored = (await db.partners.get(partner.id)) as unknown as { sealed: string; revision: number };
    await db.partners.update(other.id, { sealed: stored.sealed } as never);
    await expect(stores.partners.get(other.id)).rejects.toEqual(tampered);
    await db.partners.update(partner.id, { revision: 2 } as never);
    await expect(stores.partners.get(partner.id)).rejects.toEqual(tampered);
    const bytes = fromBase64(stored.sealed);
    bytes[20]! ^= 1;
    await db.partners.update(partner.id, { revision: 1, sealed: toBase64(bytes) } as never);
    await expect(stores.partners.get(partner.id)).rejects.toEqual(tampered);
  });

  it('refuses a row put in without sealing (plaintext in an encrypted database) and one sealed with another key', async () => {
    const { stores, partner } = await partnerWithNotes();
    await db.partners.put({ ...partner, id: 'plain' });
    await expect(stores.partners.get('plain')).rejects.toBeInstanceOf(StorageError);
    const foreign = createSealedCodec(new Uint8Array(32).fill(9)).encode('partners', { ...partner, id: 'foreign' });
    await db.partners.put(foreign as never);
    await expect(stores.partners.get('foreign')).rejects.toEqual(tampered);
  });

  it('reports an audit entry whose sealed values were swapped or forged, without the key to rehash it', async () => {
    const { stores, partner } = await partnerWithNotes();
    await writeTransaction(db, ['partners'], () => stores.partners.update(partner.id, 1, (record) => ({ ...record, notes: 'neu' }), { action: 'update', at }));
    const [first, second] = (await db.audit.orderBy('seq').toArray()) as (StoredAuditEntry & { sealedChanges: string })[];
    await db.audit.update(second!.id, { sealedChanges: first!.sealedChanges } as never);
    const audit = createAuditRepository(db);
    expect((await audit.verify()).chain).toEqual({ ok: false, seq: 2, reason: 'hash' });
    await expect(audit.listFor(partner.id)).rejects.toEqual(tampered);
  });

  it('derives separate keys for records, the audit chain and backups', () => {
    const { records, audit, backup } = testSessionKeys;
    expect(new Set([toBase64(records), toBase64(audit), toBase64(backup)]).size).toBe(3);
  });
});
