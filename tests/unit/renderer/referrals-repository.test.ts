import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { ReferralInput } from '../../../renderer/src/domain/referral';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { LocalUserMissingError, StaleRevisionError, TransitionRefusedError } from '../../../renderer/src/storage/errors';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { createReferralRepository } from '../../../renderer/src/storage/repositories/referrals';
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
    expect(await repo.list()).toEqual([]);
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
