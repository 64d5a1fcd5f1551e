/**
 * The case figures counted from the database (encrypted, as the app stores it): only the
 * cases received in the period and the one before, read through the receivedOn index and
 * decrypted only when live; archived and removed cases left out; and agreeing an edition
 * keeps the figures of that moment.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Referral } from '../../../renderer/src/domain/referral';
import { emptyEdition } from '../../../renderer/src/domain/risk-picture';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { caseFiguresDeps, createCaseFiguresRepository } from '../../../renderer/src/storage/repositories/case-figures';
import { createRiskPictureRepository } from '../../../renderer/src/storage/repositories/risk-pictures';
import { freshDb, seedRecords } from './storage-helpers';

const at = new Date('2027-01-15T10:00:00.000Z');
let db: RoundtableDb;
afterEach(async () => db?.delete());

let serial = 0;
function referral(receivedOn: string, overrides: Partial<Referral> = {}): Referral {
  serial += 1;
  const year = Number(receivedOn.slice(0, 4));
  return {
    id: `case-${serial}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    revision: 1,
    initials: '',
    ageBand: '16_17',
    gender: '',
    area: 'Nordstadt',
    referringPartnerId: 'school',
    referringContactId: null,
    receivedOn,
    leadPartnerId: '',
    involvedPartnerIds: [],
    concernTypes: ['right_wing'],
    vulnerabilities: [],
    summary: 'Nur für die Fallkonferenz.',
    consent: 'not_asked',
    consentFrom: '',
    consentOn: '',
    consentJustification: '',
    riskLevel: 'medium',
    riskAssessedOn: '',
    caseCode: `RT-${year}-${String(serial).padStart(4, '0')}`,
    caseYear: year,
    caseNumber: serial,
    status: 'received',
    outcome: null,
    closedOn: null,
    nextReviewOn: null,
    retentionFrom: null,
    corrections: [],
    ...overrides,
  };
}
const times = (count: number, make: () => Referral) => Array.from({ length: count }, make);

/** Counts the referrals the codec decodes: what the counting decrypts. */
function countDecodes(database: RoundtableDb): { referrals: number } {
  const decoded = { referrals: 0 };
  const codec = database.codec;
  database.codec = {
    ...codec,
    decode: (table, stored) => {
      if (table === 'referrals') decoded.referrals += 1;
      return codec.decode(table, stored);
    },
  };
  return decoded;
}

describe('counting the case figures from the database', () => {
  it('counts the live cases of the period and the previous one, decrypting no other case', async () => {
    db = freshDb({ sealed: true });
    await seedRecords(db, 'referrals', [
      ...times(6, () => referral('2026-02-01', { concernTypes: ['islamist', 'right_wing'] })),
      ...times(2, () => referral('2026-12-31', { concernTypes: ['racism'], area: '' })),
      ...times(5, () => referral('2025-01-01')),
      // Archived and removed: left out, though received in the period.
      referral('2026-05-05', { deletedAt: '2026-06-01T00:00:00.000Z' }),
      referral('2025-05-05', { deletedAt: '2026-06-01T00:00:00.000Z' }),
      // Outside both periods: never read.
      ...times(20, () => referral('2024-12-31')),
      ...times(20, () => referral('2027-01-01')),
    ]);
    const decoded = countDecodes(db);
    const figures = await createCaseFiguresRepository(db).countCaseFigures('2026-01-01', '2026-12-31', at);
    expect(figures).toMatchObject({ previousStart: '2025-01-01', previousEnd: '2025-12-31', total: 8, previousTotal: 5, countedAt: at.toISOString() });
    // 6 Islamist and right-wing, 2 racism (<5): with 8 shown, 8 − 6 would give the 2 away, so the
    // smallest other group (right-wing, listed first of the two sixes) is suppressed too.
    expect(figures.breakdowns.concern).toEqual([
      { key: 'islamist', count: 6, previous: 0 },
      { key: 'right_wing', count: null, previous: 5 },
      { key: 'racism', count: null, previous: 0 },
    ]);
    expect(figures.breakdowns.area).toEqual([
      { key: 'Nordstadt', count: null, previous: 5 },
      { key: '', count: null, previous: 0 },
    ]);
    expect(figures.breakdowns.outcome).toEqual([{ key: 'open', count: 8, previous: 5 }]);
    expect(decoded.referrals).toBe(13);
  });

  it('finds a period without cases empty', async () => {
    db = freshDb({ sealed: true });
    await seedRecords(
      db,
      'referrals',
      times(3, () => referral('2020-03-03')),
    );
    const figures = await createCaseFiguresRepository(db).countCaseFigures('2026-04-01', '2026-06-30', at);
    expect(figures).toMatchObject({ previousStart: '2026-01-01', previousEnd: '2026-03-31', total: 0, previousTotal: 0 });
    expect(Object.values(figures.breakdowns).flat()).toEqual([]);
  });
});

describe('agreeing an edition', () => {
  it('keeps the case figures counted at that moment, whatever happens to the cases later', async () => {
    db = freshDb({ sealed: true });
    await seedRecords(
      db,
      'referrals',
      times(7, () => referral('2026-03-03')),
    );
    const clock = () => at;
    const editions = createRiskPictureRepository(db, clock, { caseFigures: caseFiguresDeps(db) });
    const draft = await editions.create(emptyEdition('Lagebild 2026', '2026-01-01', '2026-12-31'));
    expect(draft.caseFigures).toBeNull();
    const agreed = await editions.agree(draft.id, draft.revision, { agreedOn: '2027-01-14', meetingId: null, decisionId: null });
    expect(agreed.caseFigures).toMatchObject({ periodStart: '2026-01-01', total: 7, previousTotal: 0, countedAt: at.toISOString() });

    await seedRecords(
      db,
      'referrals',
      times(3, () => referral('2026-09-09', { concernTypes: ['drugs'] })),
    );
    const live = await createCaseFiguresRepository(db).countCaseFigures('2026-01-01', '2026-12-31', at);
    expect(live.total).toBe(10);
    expect((await editions.get(draft.id))!.caseFigures).toEqual(agreed.caseFigures);
  });
});
