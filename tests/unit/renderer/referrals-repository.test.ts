import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { ReferralInput } from '../../../renderer/src/domain/referral';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { LocalUserMissingError, StaleRevisionError, TransitionRefusedError } from '../../../renderer/src/storage/errors';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { createReferralRepository } from '../../../renderer/src/storage/repositories/referrals';
import { createRecordStores, writeTransaction } from '../../../renderer/src/storage/record-store';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

async function setup({ withUser = true } = {}) {
  db = freshDb();
  const clock = () => new Date('2026-03-10T09:00:00.000Z');
  const today = () => '2026-03-10';
  const school = await createPartnerRepository(db, clock).create({ ...blankPartnerInput(), name: 'Schule', sector: 'school' });
  if (!withUser) await db.settings.delete('localUser');
  return { school, repo: createReferralRepository(db, clock, today), audit: createAuditRepository(db, clock) };
}
const input = (referringPartnerId: string, overrides: Partial<ReferralInput> = {}): ReferralInput => ({
  ageBand: '16_17',
  referringPartnerId,
  receivedOn: '2026-03-01',
  concernTypes: ['right_wing'],
  riskLevel: 'medium',
  ...overrides,
});

describe('referral repository', () => {
  it('numbers cases per year of receipt, uniquely and in order', async () => {
    const { repo, school } = await setup();
    const a = await repo.create(input(school.id));
    const b = await repo.create(input(school.id));
    const c = await repo.create(input(school.id, { receivedOn: '2025-12-30' }));
    expect([a.caseCode, b.caseCode, c.caseCode]).toEqual(['RT-2026-0001', 'RT-2026-0002', 'RT-2025-0001']);
  });

  it('records creation, each status change and its decision in one audit chain that verifies', async () => {
    const { repo, school, audit } = await setup();
    const referral = await repo.create(input(school.id));
    await repo.transition(referral.id, referral.revision, { to: 'screening', on: '2026-03-02', decidedBy: 'Toni', note: '', outcome: null });
    const all = await audit.listFor(referral.id);
    // Each timeline entry a step writes has its own (empty) entry: every record is audited.
    expect(all.map((e) => [e.entity, e.action])).toEqual([
      ['referral', 'create'],
      ['referralEvent', 'event'],
      ['referral', 'status'],
      ['referralEvent', 'event'],
    ]);
    const entries = all.filter((e) => e.entity === 'referral');
    expect(entries[1]!.changes).toContainEqual({ field: 'status', old: 'received', new: 'screening' });
    expect(entries[1]!.actorName).toBe('Toni Exempel');
    expect(await audit.verify()).toEqual({ chain: { ok: true, count: 5 }, unaudited: [] });
  });

  it('closing needs an outcome, then schedules the 6- and 12-month reviews', async () => {
    const { repo, school } = await setup();
    const referral = await repo.create(input(school.id));
    let revision = referral.revision;
    for (const to of ['screening', 'information_gathering', 'panel'] as const) {
      revision = (await repo.transition(referral.id, revision, { to, on: '2026-03-05', decidedBy: 'Panel', note: '', outcome: null })).revision;
    }
    await expect(repo.transition(referral.id, revision, { to: 'closed', on: '2026-03-08', decidedBy: 'Panel', note: '', outcome: null })).rejects.toMatchObject(
      { reason: 'outcomeRequired' },
    );
    await repo.transition(referral.id, revision, { to: 'closed', on: '2026-03-08', decidedBy: 'Panel', note: '', outcome: 'no_further_action' });
    const bundle = (await repo.get(referral.id))!;
    expect(bundle.referral).toMatchObject({ status: 'closed', outcome: 'no_further_action', closedOn: '2026-03-08' });
    expect(bundle.events.filter((e) => e.kind === 'review').map((e) => [e.reviewMonths, e.dueDate])).toEqual([
      [6, '2026-09-08'],
      [12, '2027-03-08'],
    ]);
  });

  it('a refused transition changes nothing and writes no audit entry', async () => {
    const { repo, school, audit } = await setup();
    const referral = await repo.create(input(school.id));
    const before = (await audit.listFor(referral.id)).length;
    await expect(
      repo.transition(referral.id, referral.revision, { to: 'support', on: '2026-03-02', decidedBy: 'x', note: '', outcome: null }),
    ).rejects.toBeInstanceOf(TransitionRefusedError);
    expect((await repo.get(referral.id))!.referral.status).toBe('received');
    expect((await audit.listFor(referral.id)).length).toBe(before);
  });

  it('refuses a case without referring partner, or with a received date in the future', async () => {
    const { repo, school } = await setup();
    await expect(repo.create(input(''))).rejects.toBeInstanceOf(ZodError);
    await expect(repo.create(input(school.id, { receivedOn: '2026-03-11' }))).rejects.toBeInstanceOf(ZodError);
    expect(await repo.hasAny()).toBe(false);
  });

  it('writes nothing when nobody has said who they are', async () => {
    const { repo, school } = await setup({ withUser: false });
    const entries = await db.audit.count();
    await expect(repo.create(input(school.id))).rejects.toBeInstanceOf(LocalUserMissingError);
    expect(await db.referrals.count()).toBe(0);
    expect(await db.audit.count()).toBe(entries);
  });

  it('audits an edit with old and new values, and a view', async () => {
    const { repo, school, audit } = await setup();
    const referral = await repo.create(input(school.id));
    await repo.update(referral.id, referral.revision, input(school.id, { riskLevel: 'high' }));
    await audit.recordView(referral.id);
    const entries = (await audit.listFor(referral.id)).filter((e) => e.entity === 'referral');
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'view']);
    expect(entries[1]!.changes).toEqual([{ field: 'riskLevel', old: 'medium', new: 'high' }]);
  });

  it('refuses an edit or a status change based on an old revision, keeping the newer one', async () => {
    const { repo, school } = await setup();
    const referral = await repo.create(input(school.id));
    await repo.update(referral.id, referral.revision, input(school.id, { summary: 'Aus Fenster A' }));
    await expect(repo.update(referral.id, referral.revision, input(school.id, { riskLevel: 'high' }))).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(
      repo.transition(referral.id, referral.revision, { to: 'screening', on: '2026-03-02', decidedBy: 'x', note: '', outcome: null }),
    ).rejects.toBeInstanceOf(StaleRevisionError);
    expect((await repo.get(referral.id))!.referral).toMatchObject({ summary: 'Aus Fenster A', riskLevel: 'medium', status: 'received', revision: 2 });
    expect((await repo.get(referral.id))!.events).toHaveLength(1);
  });
});

describe("a case's next review date, kept on the case", () => {
  const nextReview = async (repo: Awaited<ReturnType<typeof setup>>['repo'], id: string) => (await repo.get(id))!.referral.nextReviewOn;
  const review = (due: string) => ({ kind: 'review' as const, on: due, text: '', dueDate: due });

  it('follows every timeline write: reviews added, done and removed; notes change nothing', async () => {
    const { repo, school } = await setup();
    const referral = await repo.create(input(school.id));
    expect(await nextReview(repo, referral.id)).toBeNull();

    const june = await repo.addEvent(referral.id, review('2026-06-01'));
    expect(await nextReview(repo, referral.id)).toBe('2026-06-01');
    // An earlier one, added later, comes first; a later one changes nothing.
    const may = await repo.addEvent(referral.id, review('2026-05-01'));
    await repo.addEvent(referral.id, review('2026-09-01'));
    expect(await nextReview(repo, referral.id)).toBe('2026-05-01');
    await repo.addEvent(referral.id, { kind: 'note', on: '2026-03-05', text: 'Anruf der Mutter' });
    expect(await nextReview(repo, referral.id)).toBe('2026-05-01');

    // Done: the next one not done counts, also when the done one was the earliest.
    await repo.completeEvent(may.id, may.revision, '2026-03-09');
    expect(await nextReview(repo, referral.id)).toBe('2026-06-01');
    // Removed: it no longer falls due.
    await repo.removeEvent(june.id, june.revision);
    expect(await nextReview(repo, referral.id)).toBe('2026-09-01');
    const bundle = (await repo.get(referral.id))!;
    expect(bundle.events.map((event) => event.id)).not.toContain(june.id);
  });

  it('is set by closing (the 6-month review) and moves on to the 12-month one when that is done', async () => {
    const { repo, school } = await setup();
    const referral = await repo.create(input(school.id));
    let revision = referral.revision;
    for (const to of ['screening', 'information_gathering', 'panel'] as const) {
      revision = (await repo.transition(referral.id, revision, { to, on: '2026-03-05', decidedBy: 'Panel', note: '', outcome: null })).revision;
      expect(await nextReview(repo, referral.id)).toBeNull();
    }
    await repo.transition(referral.id, revision, { to: 'closed', on: '2026-03-08', decidedBy: 'Panel', note: '', outcome: 'support_completed' });
    expect(await nextReview(repo, referral.id)).toBe('2026-09-08');
    const sixMonths = (await repo.get(referral.id))!.events.find((event) => event.reviewMonths === 6)!;
    await repo.completeEvent(sixMonths.id, sixMonths.revision, '2026-03-10');
    expect(await nextReview(repo, referral.id)).toBe('2027-03-08');
    const twelveMonths = (await repo.get(referral.id))!.events.find((event) => event.reviewMonths === 12)!;
    await repo.completeEvent(twelveMonths.id, twelveMonths.revision, '2026-03-10');
    expect(await nextReview(repo, referral.id)).toBeNull();
  });

  it('is bookkeeping: keeping it moves neither the revision a form was based on nor the audit trail of the case', async () => {
    const { repo, school, audit } = await setup();
    const referral = await repo.create(input(school.id));
    const entries = (await audit.listFor(referral.id)).filter((entry) => entry.entity === 'referral');
    const event = await repo.addEvent(referral.id, review('2026-06-01'));
    await repo.completeEvent(event.id, event.revision, '2026-03-09');
    const after = (await repo.get(referral.id))!.referral;
    expect(after).toMatchObject({ revision: referral.revision, updatedAt: referral.updatedAt });
    // The timeline entries carry the audit entries; the case's own stay as they were.
    expect((await audit.listFor(referral.id)).filter((entry) => entry.entity === 'referral')).toEqual(entries);
    // A form opened before is still based on the current revision, and saving it keeps the date.
    await repo.addEvent(referral.id, review('2026-07-01'));
    await repo.update(referral.id, referral.revision, input(school.id, { riskLevel: 'high' }));
    expect((await repo.get(referral.id))!.referral).toMatchObject({ riskLevel: 'high', nextReviewOn: '2026-07-01' });
    expect(await audit.verify()).toMatchObject({ chain: { ok: true }, unaudited: [] });
  });

  it('cannot be forged: a change of the case leaves it alone, and storage refuses a date that is none', async () => {
    const { repo, school } = await setup();
    const referral = await repo.create(input(school.id));
    await repo.addEvent(referral.id, review('2026-06-01'));
    const stores = createRecordStores(db, () => '2026-03-10');
    const write = <T>(work: () => Promise<T>) => writeTransaction(db, ['referrals'], work);
    const at = new Date('2026-03-10T10:00:00.000Z');
    // Through the audited path, together with a real change: refused, nothing written.
    await expect(
      write(() =>
        stores.referrals.update(referral.id, referral.revision, (current) => ({ ...current, riskLevel: 'high', nextReviewOn: null }), { action: 'update', at }),
      ),
    ).rejects.toThrow('derived');
    // The derived path writes derived fields only, and only valid ones.
    await expect(write(() => stores.referrals.setDerived(referral.id, { riskLevel: 'high' }))).rejects.toThrow('not a derived field');
    await expect(write(() => stores.referrals.setDerived(referral.id, { nextReviewOn: 'soon' }))).rejects.toBeInstanceOf(ZodError);
    // A case stored without it (written by an older version around the migration) is refused.
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, revision: _r, nextReviewOn: _n, ...fields } = (await repo.get(referral.id))!.referral;
    await expect(
      write(() => stores.referrals.insert({ ...fields, caseCode: 'RT-2026-0099', caseNumber: 99 } as never, { action: 'create', at })),
    ).rejects.toBeInstanceOf(ZodError);
    expect((await repo.get(referral.id))!.referral).toMatchObject({ riskLevel: 'medium', nextReviewOn: '2026-06-01', revision: referral.revision });
  });

  it('keeps a status step on the timeline: it cannot be removed', async () => {
    const { repo, school } = await setup();
    const referral = await repo.create(input(school.id));
    const [received] = (await repo.get(referral.id))!.events;
    await expect(repo.removeEvent(received!.id, received!.revision)).rejects.toBeInstanceOf(TransitionRefusedError);
    expect((await repo.get(referral.id))!.events).toHaveLength(1);
  });
});
