import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseFiguresSnapshot } from '../../../renderer/src/domain/risk-picture';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { LocalUserMissingError, RecordNotFoundError, RiskPictureRefusedError, StaleRevisionError } from '../../../renderer/src/storage/errors';
import { createAgendaRepository } from '../../../renderer/src/storage/repositories/agenda';
import { createMeetingRepository } from '../../../renderer/src/storage/repositories/meetings';
import { createRiskPictureRepository, nextPeriod, type RiskPictureDeps } from '../../../renderer/src/storage/repositories/risk-pictures';
import { editionInput } from './risk-picture-fixtures';
import { freshDb, testUser } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const now = new Date('2026-03-10T12:00:00.000Z');
const clock = () => now;

const snapshot: CaseFiguresSnapshot = {
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  previousStart: '2024-01-01',
  previousEnd: '2024-12-31',
  total: 12,
  previousTotal: null,
  breakdowns: { concern: [{ key: 'right_wing', count: 7, previous: null }], ageBand: [], area: [], outcome: [] },
  countedAt: now.toISOString(),
};

async function setup(options: { sealed?: boolean; deps?: RiskPictureDeps } = {}) {
  db = freshDb({ sealed: options.sealed });
  const meetings = createMeetingRepository(db, clock);
  const agenda = createAgendaRepository(db, clock);
  const audit = createAuditRepository(db, clock);
  const repo = createRiskPictureRepository(db, clock, options.deps);
  /** How many audit entries a step left, and that the trail is still intact with every record audited. */
  const auditedSteps = async <T>(step: () => Promise<T>): Promise<{ result: T; entries: number }> => {
    const before = (await audit.listAll()).length;
    const result = await step();
    const entries = (await audit.listAll()).length - before;
    expect(await audit.verify()).toMatchObject({ chain: { ok: true }, unaudited: [] });
    return { result, entries };
  };
  /** A refused step writes nothing: no edition changed, no audit entry. */
  const refusedWithoutWriting = async (step: () => Promise<unknown>, error: unknown) => {
    const rowsBefore = await db.table('riskPictures').toArray();
    const entriesBefore = (await audit.listAll()).length;
    await expect(step()).rejects.toThrow(error as Error);
    expect(await db.table('riskPictures').toArray()).toEqual(rowsBefore);
    expect(await audit.listAll()).toHaveLength(entriesBefore);
  };
  const meetingWithDecision = async (day: string) => {
    const meeting = await meetings.create(
      {
        title: `Netzwerktreffen ${day}`,
        type: 'network',
        startsAt: `${day}T14:00`,
        endsAt: `${day}T16:00`,
        timeZone: 'Europe/Berlin',
        confidentiality: 'internal',
      },
      { invitedPartnerIds: [], mattersArisingTitle: 'Offene Punkte', representativeName: 'Vertretung' },
    );
    const item = await agenda.add(meeting.id, { title: 'Lagebild', presenter: '', plannedMinutes: 20, minutes: '' });
    const decided = await agenda.addDecision(item.id, item.revision, 'Das Lagebild 2025 wird abgestimmt.');
    return { meeting, decisionId: decided.decisions[0]!.id };
  };
  return { repo, audit, auditedSteps, refusedWithoutWriting, meetingWithDecision };
}

const refusal = (reason: string) => expect.objectContaining({ name: 'RiskPictureRefusedError', refusal: { kind: 'riskPicture', reason } });

describe('the risk picture repository', () => {
  it('creates a first edition as a draft with one audit entry', async () => {
    const { repo, auditedSteps, audit } = await setup();
    const { result: edition, entries } = await auditedSteps(() => repo.create(editionInput()));
    expect(entries).toBe(1);
    expect(edition).toMatchObject({ status: 'draft', editionNumber: 1, previousEditionId: null, agreement: null, caseFigures: null, revision: 1 });
    expect(edition.threats.map((threat) => threat.id)).toEqual(['threat-right', 'threat-islamist', 'threat-gangs']);
    expect((await audit.listFor(edition.id)).map((entry) => [entry.entity, entry.action])).toEqual([['riskPicture', 'create']]);
    expect(await repo.list()).toMatchObject([{ id: edition.id, threatCount: 3, status: 'draft' }]);
  });

  it('refuses an invalid edition as a rejected promise, storing nothing', async () => {
    const { repo, refusedWithoutWriting } = await setup();
    const invalid = editionInput({ periodStart: '2025-12-31', periodEnd: '2025-01-01' });
    await refusedWithoutWriting(() => repo.create(invalid), Error);
    // A call that fails must fail as a promise, so a caller's .catch sees it.
    const pending = repo.create(invalid);
    expect(pending).toBeInstanceOf(Promise);
    await pending.catch(() => undefined);
  });

  it('saves a draft with one audit entry, and refuses a save based on an old revision without writing', async () => {
    const { repo, auditedSteps, refusedWithoutWriting } = await setup();
    const edition = await repo.create(editionInput());
    const { result: saved, entries } = await auditedSteps(() => repo.save(edition.id, edition.revision, editionInput({ summary: 'Neu gefasst.' })));
    expect(entries).toBe(1);
    expect(saved).toMatchObject({ summary: 'Neu gefasst.', revision: 2 });
    await refusedWithoutWriting(() => repo.save(edition.id, edition.revision, editionInput({ summary: 'Veraltet.' })), StaleRevisionError);
    expect((await repo.get(edition.id))?.summary).toBe('Neu gefasst.');
  });

  it('agrees a draft with one audit entry; from then on save and agree are refused as read-only', async () => {
    const { repo, auditedSteps, refusedWithoutWriting, meetingWithDecision } = await setup();
    const { meeting, decisionId } = await meetingWithDecision('2026-03-05');
    const edition = await repo.create(editionInput());
    const { result: agreed, entries } = await auditedSteps(() =>
      repo.agree(edition.id, edition.revision, { agreedOn: '2026-03-05', meetingId: meeting.id, decisionId }),
    );
    expect(entries).toBe(1);
    expect(agreed).toMatchObject({
      status: 'agreed',
      agreement: { agreedOn: '2026-03-05', meetingId: meeting.id, decisionId, recordedBy: testUser },
      caseFigures: null,
    });
    await refusedWithoutWriting(() => repo.save(agreed.id, agreed.revision, editionInput({ summary: 'Nachträglich.' })), RiskPictureRefusedError);
    await expect(repo.save(agreed.id, agreed.revision, editionInput())).rejects.toEqual(refusal('agreedReadOnly'));
    await expect(repo.agree(agreed.id, agreed.revision, { agreedOn: '2026-03-06', meetingId: null, decisionId: null })).rejects.toEqual(
      refusal('agreedReadOnly'),
    );
    await refusedWithoutWriting(() => repo.removeDraft(agreed.id, agreed.revision), RiskPictureRefusedError);
  });

  it('refuses to agree with a decision of another meeting, a decision without a meeting, or an unknown meeting', async () => {
    const { repo, refusedWithoutWriting, meetingWithDecision } = await setup();
    const march = await meetingWithDecision('2026-03-05');
    const february = await meetingWithDecision('2026-02-05');
    const edition = await repo.create(editionInput());
    await refusedWithoutWriting(
      () => repo.agree(edition.id, edition.revision, { agreedOn: '2026-03-05', meetingId: march.meeting.id, decisionId: february.decisionId }),
      RiskPictureRefusedError,
    );
    await expect(
      repo.agree(edition.id, edition.revision, { agreedOn: '2026-03-05', meetingId: march.meeting.id, decisionId: february.decisionId }),
    ).rejects.toEqual(refusal('decisionNotInMeeting'));
    await expect(repo.agree(edition.id, edition.revision, { agreedOn: '2026-03-05', meetingId: null, decisionId: march.decisionId })).rejects.toEqual(
      refusal('decisionNotInMeeting'),
    );
    await refusedWithoutWriting(
      () => repo.agree(edition.id, edition.revision, { agreedOn: '2026-03-05', meetingId: 'no-such-meeting', decisionId: null }),
      RecordNotFoundError,
    );
    expect((await repo.get(edition.id))?.status).toBe('draft');
  });

  it('refuses to agree on a date after today, as a rejected promise', async () => {
    const { repo, refusedWithoutWriting } = await setup();
    const edition = await repo.create(editionInput());
    await refusedWithoutWriting(
      () => repo.agree(edition.id, edition.revision, { agreedOn: '2026-03-11', meetingId: null, decisionId: null }),
      RiskPictureRefusedError,
    );
    const pending = repo.agree(edition.id, edition.revision, { agreedOn: '2026-03-11', meetingId: null, decisionId: null });
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toEqual(refusal('agreedInFuture'));
    // Today itself is fine.
    expect((await repo.agree(edition.id, edition.revision, { agreedOn: '2026-03-10', meetingId: null, decisionId: null })).status).toBe('agreed');
  });

  it('refuses to agree when nobody has said who works at this computer', async () => {
    const { repo, refusedWithoutWriting } = await setup();
    const edition = await repo.create(editionInput());
    await db.table('settings').delete('localUser');
    await refusedWithoutWriting(
      () => repo.agree(edition.id, edition.revision, { agreedOn: '2026-03-10', meetingId: null, decisionId: null }),
      LocalUserMissingError,
    );
  });

  it('keeps the case figures counted for the period at the moment of agreement', async () => {
    const count = vi.fn(async () => snapshot);
    const { repo } = await setup({ deps: { caseFigures: { tables: ['referrals'], count } } });
    const edition = await repo.create(editionInput());
    const agreed = await repo.agree(edition.id, edition.revision, { agreedOn: '2026-03-10', meetingId: null, decisionId: null });
    expect(count).toHaveBeenCalledExactlyOnceWith('2025-01-01', '2025-12-31', now);
    expect(agreed.caseFigures).toEqual(snapshot);
    expect((await repo.get(edition.id))?.caseFigures).toEqual(snapshot);
  });

  it('starts the next edition from an agreed one: same content and threat ids, the following period, one audit entry', async () => {
    const { repo, auditedSteps, refusedWithoutWriting } = await setup();
    const first = await repo.create(editionInput());
    await refusedWithoutWriting(() => repo.startNext(first.id), RiskPictureRefusedError);
    await expect(repo.startNext(first.id)).rejects.toEqual(refusal('notAgreed'));
    const agreed = await repo.agree(first.id, first.revision, { agreedOn: '2026-03-10', meetingId: null, decisionId: null });

    const { result: next, entries } = await auditedSteps(() => repo.startNext(agreed.id));
    expect(entries).toBe(1);
    expect(next).toMatchObject({
      status: 'draft',
      editionNumber: 2,
      previousEditionId: agreed.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      agreement: null,
      caseFigures: null,
    });
    expect(next.id).not.toBe(agreed.id);
    expect(next.threats).toEqual(agreed.threats);
    expect(next.sources).toEqual(agreed.sources);
    expect(next.markings).toEqual(agreed.markings);
    expect(await repo.successorOf(agreed.id)).toMatchObject({ id: next.id });

    await refusedWithoutWriting(() => repo.startNext(agreed.id), RiskPictureRefusedError);
    await expect(repo.startNext(agreed.id)).rejects.toEqual(refusal('alreadyContinued'));
  });

  it('starts the edition after a leap year for the whole next calendar year', async () => {
    const { repo } = await setup();
    const leap = await repo.create(editionInput({ title: 'Lagebild 2024', periodStart: '2024-01-01', periodEnd: '2024-12-31' }));
    const agreed = await repo.agree(leap.id, leap.revision, { agreedOn: '2026-03-10', meetingId: null, decisionId: null });
    expect(await repo.startNext(agreed.id)).toMatchObject({ periodStart: '2025-01-01', periodEnd: '2025-12-31' });
  });

  it('removes a draft with one audit entry, after which the agreed edition can be continued again', async () => {
    const { repo, auditedSteps, refusedWithoutWriting } = await setup();
    const first = await repo.create(editionInput());
    const agreed = await repo.agree(first.id, first.revision, { agreedOn: '2026-03-10', meetingId: null, decisionId: null });
    const next = await repo.startNext(agreed.id);
    await refusedWithoutWriting(() => repo.removeDraft(next.id, next.revision + 1), StaleRevisionError);
    const { entries } = await auditedSteps(() => repo.removeDraft(next.id, next.revision));
    expect(entries).toBe(1);
    expect(await repo.get(next.id)).toBeUndefined();
    expect(await repo.successorOf(agreed.id)).toBeUndefined();
    expect((await repo.list()).map((edition) => edition.id)).toEqual([agreed.id]);
    expect((await repo.startNext(agreed.id)).previousEditionId).toBe(agreed.id);
  });

  it('stores no threat, source or summary text in plaintext when the database is sealed', async () => {
    const { repo } = await setup({ sealed: true });
    const edition = await repo.create(editionInput());
    const row = JSON.stringify(await db.table('riskPictures').get(edition.id));
    for (const secret of [
      'Rechtsextreme Anwerbung',
      'Gesamtschule Nord',
      'Nordstadt',
      'Verfassungsschutzbericht',
      'Schulsozialarbeit',
      'psychosozialer',
      'Mobilisierung',
    ]) {
      expect(row).not.toContain(secret);
    }
    const auditRows = JSON.stringify(await db.table('audit').toArray());
    expect(auditRows).not.toContain('Rechtsextreme Anwerbung');
    // It still reads back whole.
    expect((await repo.get(edition.id))?.threats[0]?.title).toBe('Rechtsextreme Anwerbung an Schulen');
  });
});

describe('the period of the next edition', () => {
  it('moves a calendar year on by a year, across a leap year both ways', () => {
    expect(nextPeriod('2023-01-01', '2023-12-31')).toEqual({ periodStart: '2024-01-01', periodEnd: '2024-12-31' });
    expect(nextPeriod('2024-01-01', '2024-12-31')).toEqual({ periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    expect(nextPeriod('2025-01-01', '2025-12-31')).toEqual({ periodStart: '2026-01-01', periodEnd: '2026-12-31' });
  });

  it('moves a school year, a quarter and a year from mid-month on by whole months', () => {
    expect(nextPeriod('2023-08-01', '2024-07-31')).toEqual({ periodStart: '2024-08-01', periodEnd: '2025-07-31' });
    expect(nextPeriod('2024-01-01', '2024-03-31')).toEqual({ periodStart: '2024-04-01', periodEnd: '2024-06-30' });
    expect(nextPeriod('2023-03-15', '2024-03-14')).toEqual({ periodStart: '2024-03-15', periodEnd: '2025-03-14' });
  });

  it('moves any other period on by as many days', () => {
    expect(nextPeriod('2024-02-20', '2024-03-05')).toEqual({ periodStart: '2024-03-06', periodEnd: '2024-03-20' });
    expect(nextPeriod('2025-01-31', '2025-02-27')).toEqual({ periodStart: '2025-02-28', periodEnd: '2025-03-27' });
  });
});
