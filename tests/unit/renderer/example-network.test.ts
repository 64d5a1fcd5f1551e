import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../renderer/src/domain/date-time';
import type { ActionItem, AgendaItem, Meeting } from '../../../renderer/src/domain/meeting';
import type { Agreement } from '../../../renderer/src/domain/agreement';
import type { Referral, ReferralEvent } from '../../../renderer/src/domain/referral';
import type { RiskPictureEdition } from '../../../renderer/src/domain/risk-picture';
import { nextStep } from '../../../renderer/src/domain/referral-next-step';
import { instantToWallClock } from '../../../renderer/src/domain/zoned-time';
import { unauditedRecords } from '../../../renderer/src/storage/audit-unaudited';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { LocalUserMissingError } from '../../../renderer/src/storage/errors';
import { createRecordStores } from '../../../renderer/src/storage/record-store';
import { createExampleNetworkRepository } from '../../../renderer/src/storage/repositories/example-network';
import { recordSpecs, recordTables } from '../../../renderer/src/storage/tables';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const now = new Date('2026-12-01T09:00:00.000Z');
const today = '2026-12-01';

async function load(language: 'de' | 'en', timeZone: string) {
  db = freshDb();
  const loaded = await createExampleNetworkRepository(db, () => now).load(language, timeZone);
  const stores = createRecordStores(db, () => today);
  return {
    loaded,
    meetings: (await stores.meetings.list()) as Meeting[],
    items: (await stores.agendaItems.list()) as AgendaItem[],
    actions: (await stores.actions.list()) as ActionItem[],
    referrals: (await stores.referrals.list()) as Referral[],
    events: (await stores.referralEvents.list()) as ReferralEvent[],
    agreements: (await stores.agreements.list()) as Agreement[],
    partners: await stores.partners.list(),
    riskPictures: (await stores.riskPictures.list()) as RiskPictureEdition[],
  };
}

describe.each([
  ['de', 'Europe/Berlin', /Beispiel/],
  ['en', 'America/New_York', /Example|example/],
] as const)('the example network in %s (%s)', (language, timeZone, fictional) => {
  it('has a record of every kind, each valid against its stored schema and audited', async () => {
    await load(language, timeZone);
    const specs = recordSpecs(() => today);
    for (const table of recordTables) {
      const rows = await db.table(table).toArray();
      // Every kind the example shows; disclosures and acknowledgements are left for the user to
      // record, and nothing in an example is held past its period or deleted yet.
      const leftToTheUser: readonly string[] = ['disclosures', 'coverageAcknowledgements', 'retentionHolds', 'erasures'];
      if (!leftToTheUser.includes(table)) expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows) expect(() => specs[table].schema.parse(db.codec.decode(table, row))).not.toThrow();
    }
    expect(await unauditedRecords(db)).toEqual([]);
  });

  it('shows a held meeting with minutes and an upcoming one, on the network’s clock', async () => {
    const { meetings, items } = await load(language, timeZone);
    const held = meetings.find((meeting) => meeting.status !== 'planned')!;
    const upcoming = meetings.find((meeting) => meeting.status === 'planned')!;
    expect(instantToWallClock(held.startsAt, timeZone)).toBe(`${addDays(today, -14)}T10:00`);
    expect(instantToWallClock(upcoming.startsAt, timeZone)).toBe(`${addDays(today, 9)}T14:00`);
    expect(items.some((item) => item.meetingId === held.id && item.minutes !== '' && item.decisions.length > 0)).toBe(true);
    expect(items.some((item) => item.meetingId === upcoming.id && item.kind === 'matters_arising')).toBe(true);
    for (const meeting of meetings) expect(meeting.title).toMatch(fictional);
  });

  it('has one overdue action, one due within a week and one done, dated from today', async () => {
    const { actions } = await load(language, timeZone);
    const open = actions.filter((action) => action.status === 'open' || action.status === 'in_progress');
    expect(open.filter((action) => action.dueDate < today)).toHaveLength(1);
    expect(open.filter((action) => action.dueDate >= today && action.dueDate <= addDays(today, 7))).toHaveLength(1);
    expect(actions.filter((action) => action.status === 'done')).toHaveLength(1);
    for (const action of actions) expect(action.text).toMatch(fictional);
  });

  it('has one fictional case with a next step, and one agreement due for review that covers it', async () => {
    const { referrals, events, agreements, loaded } = await load(language, timeZone);
    expect(referrals).toHaveLength(1);
    const [referral] = referrals as [Referral];
    expect(loaded.caseCode).toBe(referral.caseCode);
    expect(referral.caseCode).toMatch(/^RT-2026-\d{4}$/);
    expect(referral.summary).toMatch(fictional);
    expect(nextStep(events, today)).toMatchObject({ kind: 'support', dueDate: addDays(today, 5), overdue: false });
    expect(agreements).toHaveLength(1);
    const [agreement] = agreements as [Agreement];
    expect(agreement.title).toMatch(fictional);
    expect(agreement.reviewDate > today && agreement.reviewDate <= addDays(today, 30)).toBe(true);
    const parties = agreement.parties.map((party) => party.partnerId);
    for (const id of [referral.referringPartnerId, referral.leadPartnerId, ...referral.involvedPartnerIds]) expect(parties).toContain(id);
  });

  it('has a draft risk picture whose threats rest on its graded sources and are answered by the example’s actions', async () => {
    const { riskPictures, actions, partners } = await load(language, timeZone);
    expect(riskPictures).toHaveLength(1);
    const [edition] = riskPictures as [RiskPictureEdition];
    expect(edition).toMatchObject({ status: 'draft', editionNumber: 1, previousEditionId: null, agreement: null });
    expect(edition.title).toMatch(fictional);
    expect(edition.periodStart <= today && today <= edition.periodEnd).toBe(true);
    expect(edition.threats.length).toBeGreaterThanOrEqual(2);
    const sourceIds = new Set(edition.sources.map((source) => source.id));
    for (const threat of edition.threats) for (const id of threat.sourceIds) expect(sourceIds).toContain(id);
    const linked = new Set(edition.threats.flatMap((threat) => threat.actionIds));
    expect(linked.size).toBe(2);
    const actionIds = actions.map((action) => action.id);
    for (const id of linked) expect(actionIds).toContain(id);
    const partnerIds = partners.map((partner) => partner.id);
    for (const id of edition.threats.flatMap((threat) => threat.partnerIds)) expect(partnerIds).toContain(id);
  });
});

describe('loading the example network', () => {
  it('is one transaction: a failure at the last record leaves nothing behind', async () => {
    db = freshDb();
    const transaction = vi.spyOn(db, 'transaction');
    vi.spyOn(db.table('riskPictures'), 'add').mockRejectedValue(new Error('disk full'));
    await expect(createExampleNetworkRepository(db, () => now).load('de', 'Europe/Berlin')).rejects.toThrow();
    expect(transaction).toHaveBeenCalledTimes(1);
    for (const table of recordTables) expect(await db.table(table).count(), table).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('is refused before anything is written when nobody has said who works here', async () => {
    db = freshDb({ localUser: false });
    await expect(createExampleNetworkRepository(db, () => now).load('en', 'Europe/Berlin')).rejects.toBeInstanceOf(LocalUserMissingError);
    expect(await db.table('partners').count()).toBe(0);
  });
});
