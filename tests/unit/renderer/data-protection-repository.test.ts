import { createSettingsRepository } from '../../../renderer/src/storage/repositories/settings';
import { afterEach, describe, expect, it } from 'vitest';
import type { Erasure } from '../../../renderer/src/domain/erasure';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createDataProtectionRepository, readRetentionSchedule } from '../../../renderer/src/storage/repositories/data-protection';
import { createDisclosureRepository } from '../../../renderer/src/storage/repositories/disclosures';
import { defaultRetentionSchedule } from '../../../renderer/src/domain/retention';
import { freshDb, seedRecords } from './storage-helpers';
import { networkClock, networkToday, seedPartnerNetwork } from './partner-network';

let db: RoundtableDb;
afterEach(async () => db?.delete());

async function seed() {
  db = freshDb();
  const network = await seedPartnerNetwork(db);
  const disclosures = createDisclosureRepository(db, networkClock, () => networkToday);
  const share = (referralId: string, from: string, to: string, sharedOn: string, more: object = {}) =>
    disclosures.add(referralId, {
      sharedOn,
      fromPartnerId: from,
      toPartnerId: to,
      dataCategories: ['identity'],
      description: 'Notiz',
      purpose: 'Fallkonferenz',
      consent: 'with_consent',
      agreementId: network.agreement.id,
      ...more,
    });
  // The seed shared on 2026-03-02 and 2026-03-04; these sit on and just outside the period's ends.
  const onStart = await share(network.involved.id, network.school.id, network.police.id, '2026-03-01');
  const beforeStart = await share(network.involved.id, network.school.id, network.police.id, '2026-02-28');
  const onEnd = await share(network.referred.id, network.police.id, network.youth.id, '2026-03-05', { agreementId: '', noAgreementReason: 'Akute Gefahr' });
  const afterEnd = await share(network.referred.id, network.police.id, network.school.id, '2026-03-06');
  return { network, onStart, beforeStart, onEnd, afterEnd };
}

const period = { start: '2026-03-01', end: '2026-03-05' };

describe('the data-protection officer’s reads', () => {
  it('reads the log of a period through the sharedOn index: exactly the disclosures in it, ends included', async () => {
    const { network, onStart, onEnd } = await seed();
    const repository = createDataProtectionRepository(db, networkClock);
    const rows = await repository.disclosureLog(period);
    expect(rows.map((row) => row.id).sort()).toEqual([onStart.id, network.made.id, network.received.id, onEnd.id].sort());
    expect(rows.map((row) => row.sharedOn)).toEqual(['2026-03-01', '2026-03-02', '2026-03-04', '2026-03-05']);
    expect(rows[0]).toMatchObject({
      caseCode: network.involved.caseCode,
      fromPartnerName: 'Schule am Park',
      toPartnerName: 'Polizei',
      agreementTitle: 'Schule und Polizei',
      legalBases: ['dsgvo_6_1_e', 'bdsg_22'],
    });
    expect(rows[3]).toMatchObject({ caseCode: network.referred.caseCode, toPartnerName: 'Jugendhilfe', agreementId: '', noAgreementReason: 'Akute Gefahr' });
  });

  it('pages the log in the same order, reading only the page’s disclosures', async () => {
    await seed();
    const repository = createDataProtectionRepository(db, networkClock);
    const all = await repository.disclosureLog(period);
    const opened: string[] = [];
    const decode = db.codec.decode.bind(db.codec);
    db.codec = { ...db.codec, decode: (table, stored) => (opened.push(table), decode(table, stored)) };
    const page = await repository.disclosureLogPage(period, 1);
    expect(page).toMatchObject({ total: 4, page: 1, pageCount: 1 });
    expect(page.items).toEqual(all);
    expect(opened.filter((table) => table === 'disclosures')).toHaveLength(4);
  });

  it('gives the records of processing from the agreements in force and the disclosures received', async () => {
    const { network } = await seed();
    const records = await createDataProtectionRepository(db, networkClock).recordsOfProcessing(networkToday, new Intl.Collator('de'));
    expect(records.purposes.map((purpose) => [purpose.title, purpose.purpose, purpose.legalBases])).toEqual([
      ['Schule und Polizei', 'Prävention', ['dsgvo_6_1_e', 'bdsg_22']],
    ]);
    // Received: police 3 (seed 1, two here), school 2 (seed 1, one here), youth 1.
    expect(records.recipients.map((recipient) => [recipient.name, recipient.count])).toEqual([
      ['Polizei', 3],
      ['Schule am Park', 2],
      ['Jugendhilfe', 1],
    ]);
    expect(records.partnerNames.get(network.school.id)).toBe('Schule am Park');
    expect(records.kinds.find((entry) => entry.kind === 'cases')!.retention).toEqual([
      { rule: 'closedCase', months: defaultRetentionSchedule.closedCase },
      { rule: 'caseNotTakenOn', months: defaultRetentionSchedule.caseNotTakenOn },
    ]);
  });

  it('lists the deletions done newest first, paged, and those of a period', async () => {
    db = freshDb();
    const erasure = (id: string, createdAt: string, extra: Partial<Erasure> = {}): Erasure => ({
      id,
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
      revision: 1,
      table: 'referrals',
      parentId: null,
      caseCode: 'RT-2022-0042',
      caseYear: 2022,
      caseNumber: 42,
      reason: 'retention',
      note: '',
      auditEntriesErased: 3,
      actorsErasedAt: null,
      ...extra,
    });
    await seedRecords(db, 'erasures', [
      erasure('e1', '2026-01-10T10:00:00.000Z'),
      erasure('e3', '2026-03-01T10:00:00.000Z', {
        table: 'contacts',
        caseCode: null,
        caseYear: null,
        caseNumber: null,
        reason: 'request',
        note: 'Asked by phone',
      }),
      erasure('e2', '2026-02-10T10:00:00.000Z'),
      // A disclosure deleted with case e1 (an erasure's id is the deleted record's): named by that case's code.
      erasure('e1-d', '2026-01-10T10:00:00.000Z', { table: 'disclosures', parentId: 'e1', caseCode: null, caseYear: null, caseNumber: null }),
    ]);
    const repository = createDataProtectionRepository(db, networkClock);
    const first = await repository.erasurePage(1, 2);
    expect(first).toMatchObject({ total: 4, page: 1, pageCount: 2 });
    expect(first.items.map((item) => item.id)).toEqual(['e3', 'e2']);
    expect(first.items[0]).toMatchObject({ reason: 'request', note: 'Asked by phone', table: 'contacts', parentCaseCode: null });
    const second = (await repository.erasurePage(2, 2)).items;
    expect(second.map((item) => [item.id, item.parentCaseCode])).toEqual(
      expect.arrayContaining([
        ['e1', null],
        ['e1-d', 'RT-2022-0042'],
      ]),
    );
    expect((await repository.erasuresIn({ start: '2026-02-01', end: '2026-03-01' })).map((item) => item.id)).toEqual(['e3', 'e2']);
  });

  it('reads the retention schedule: the defaults while no valid setting exists, the stored one once saved', async () => {
    db = freshDb();
    expect(await readRetentionSchedule(db)).toEqual(defaultRetentionSchedule);
    await db.settings.put({ key: 'retentionSchedule', value: db.codec.encodeSetting('retentionSchedule', { closedCase: 'junk' }) });
    expect(await readRetentionSchedule(db)).toEqual(defaultRetentionSchedule);
    await createSettingsRepository(db).set('retentionSchedule', { ...defaultRetentionSchedule, closedCase: 48 });
    expect(await readRetentionSchedule(db)).toMatchObject({ closedCase: 48 });
  });
});
