/**
 * Rows written before a field existed (a case from version 10 has no corrections and no
 * retention start, an agreement no retention in months) read with the field's value for
 * "none", so no page meets an undefined where the record's type promises a value.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createRecordStores } from '../../../renderer/src/storage/record-store';
import { weekAgreement, weekReferral } from '../../fixtures/week-records';
import { freshDb, seedRecords } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

describe('records written before a field was added', () => {
  it('read with the added field’s value for none', async () => {
    db = freshDb();
    const {
      corrections: _corrections,
      retentionFrom: _retentionFrom,
      ...oldCase
    } = weekReferral({ caseCode: 'RT-2025-0001', status: 'support', receivedOn: '2025-01-02', nextReviewOn: null, referringPartnerId: 'p1' });
    const { retentionMonths: _months, ...oldAgreement } = weekAgreement({
      title: 'Alt',
      status: 'active',
      startDate: '2025-01-01',
      reviewDate: '2026-01-01',
      endDate: '',
      parties: [],
    });
    await seedRecords(db, 'referrals', [oldCase as never]);
    await seedRecords(db, 'agreements', [oldAgreement as never]);
    const stores = createRecordStores(db, () => '2026-03-10');
    expect(await stores.referrals.get(oldCase.id)).toMatchObject({ corrections: [], retentionFrom: null, caseCode: 'RT-2025-0001' });
    expect((await stores.agreements.list())[0]).toMatchObject({ retentionMonths: null, title: 'Alt' });
  });
});
