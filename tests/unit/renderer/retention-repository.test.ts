/**
 * The records due for deletion (cases) and the schedule behind them: closed and not-taken-on
 * cases, an agreement's shorter period deciding, and legal holds that keep a record off the
 * list until they end. The shared network: retention-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { defaultRetentionSchedule } from '../../../renderer/src/domain/retention';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import { dueIds, fixture, lineOf, onlyRule, repository, useRetentionFixture } from './retention-fixture';

useRetentionFixture();
const ids = fixture.ids;

describe('the retention schedule', () => {
  it('is the defaults until saved, and refuses a period outside 1–120 months with the translated message', async () => {
    expect(await repository().schedule()).toEqual(defaultRetentionSchedule);
    await expect(repository().saveSchedule({ ...defaultRetentionSchedule, closedCase: 0 })).rejects.toBeInstanceOf(ZodError);
    await expect(repository().saveSchedule({ ...defaultRetentionSchedule, auditActors: 121 })).rejects.toThrow(/retentionMonths/);
    await expect(repository().saveSchedule({ ...defaultRetentionSchedule, caseDiscussion: 2.5 })).rejects.toThrow(/retentionMonths/);
    expect(await repository().schedule()).toEqual(defaultRetentionSchedule);
    await repository().saveSchedule({ ...defaultRetentionSchedule, closedCase: 48 });
    expect((await repository().schedule()).closedCase).toBe(48);
    await repository().resetSchedule();
    expect(await repository().schedule()).toEqual(defaultRetentionSchedule);
  });
});

describe('closed cases', () => {
  it('fall due on the day their period ends, counted on the calendar at a month’s end', async () => {
    await onlyRule('closedCase', 6);
    expect(await dueIds('2024-02-28')).not.toContain(ids['lastOfAugust']);
    const line = await lineOf('2024-02-29', ids['lastOfAugust']!);
    expect(line).toMatchObject({
      kind: 'case',
      table: 'referrals',
      label: 'RT-2023-0001',
      hold: null,
      reason: { rule: 'closedCase', from: '2023-08-31', months: 6, dueOn: '2024-02-29' },
    });
    expect(line!.revision).toBeGreaterThan(0);
  });

  it('run from the last post-closure review', async () => {
    await onlyRule('closedCase', 36);
    expect(await dueIds('2026-07-14')).not.toContain(ids['reviewed']);
    expect(await lineOf('2026-07-15', ids['reviewed']!)).toMatchObject({ reason: { from: '2023-07-15', dueOn: '2026-07-15' } });
  });

  it('fall due earlier when an agreement they were shared under keeps its data for a shorter period, which the reason names', async () => {
    await onlyRule('closedCase', 36);
    expect(await dueIds('2023-07-31')).not.toContain(ids['shared']);
    expect(await lineOf('2023-08-01', ids['shared']!)).toMatchObject({
      reason: { rule: 'closedCase', from: '2023-05-01', months: 3, dueOn: '2023-08-01', agreement: { title: 'Schule und Polizei' } },
    });
  });

  it('a case not taken on falls due under its own rule', async () => {
    await onlyRule('caseNotTakenOn', 12);
    expect(await dueIds('2024-02-29')).not.toContain(ids['notTakenOn']);
    expect(await lineOf('2024-03-01', ids['notTakenOn']!)).toMatchObject({ reason: { rule: 'caseNotTakenOn', from: '2023-03-01', dueOn: '2024-03-01' } });
  });

  it('an open case is never due', async () => {
    await onlyRule('closedCase', 1);
    await repository().saveSchedule({ ...defaultRetentionSchedule, closedCase: 1, caseNotTakenOn: 1 });
    expect(await dueIds('2040-01-01')).not.toContain(ids['open']);
  });
});

describe('legal holds', () => {
  it('keep a due case off the list until they end; then it is listed again, naming the hold that ended', async () => {
    await onlyRule('closedCase', 6);
    fixture.today = '2024-03-01';
    const hold = await repository().hold(ids['lastOfAugust']!, 'referrals', { until: '2024-06-30', reason: 'Verfahren beim Verwaltungsgericht anhängig' });
    expect(await dueIds('2024-03-01')).not.toContain(ids['lastOfAugust']);
    expect(await dueIds('2024-06-30')).not.toContain(ids['lastOfAugust']);
    expect((await lineOf('2024-07-01', ids['lastOfAugust']!))?.hold).toEqual({
      id: hold.id,
      until: '2024-06-30',
      reason: 'Verfahren beim Verwaltungsgericht anhängig',
      endedOn: '2024-06-30',
      revision: 1,
    });
    // Extended: the same hold, to a later day.
    fixture.today = '2024-07-01';
    const extended = await repository().hold(ids['lastOfAugust']!, 'referrals', { until: '2024-12-31', reason: 'Verfahren dauert an' });
    expect(extended.id).toBe(hold.id);
    expect(await dueIds('2024-07-01')).not.toContain(ids['lastOfAugust']);
    expect(await repository().dueCount('2024-07-01')).toBe((await dueIds('2024-07-01')).length);
  });

  it('refuse a day not after today, and are in the case’s history', async () => {
    fixture.today = '2024-03-01';
    await expect(repository().hold(ids['lastOfAugust']!, 'referrals', { until: '2024-03-01', reason: 'x' })).rejects.toThrow(/holdUntil/);
    await expect(repository().hold(ids['lastOfAugust']!, 'referrals', { until: '2024-04-01', reason: '' })).rejects.toBeInstanceOf(ZodError);
    await repository().hold(ids['lastOfAugust']!, 'referrals', { until: '2024-04-01', reason: 'Auskunftsersuchen offen' });
    const history = await createAuditRepository(fixture.db).listFor(ids['lastOfAugust']!);
    expect(history.at(-1)).toMatchObject({
      entity: 'retentionHold',
      parentId: ids['lastOfAugust'],
      changes: [
        { field: 'holdUntil', old: null, new: '2024-04-01' },
        { field: 'holdReason', old: null, new: 'Auskunftsersuchen offen' },
      ],
    });
  });

  it('ended early, the record is due again at once', async () => {
    await onlyRule('closedCase', 6);
    fixture.today = '2024-03-01';
    const hold = await repository().hold(ids['lastOfAugust']!, 'referrals', { until: '2025-01-01', reason: 'Anfrage der Staatsanwaltschaft' });
    expect(await dueIds('2024-03-01')).not.toContain(ids['lastOfAugust']);
    await repository().endHold(hold.id, hold.revision);
    const line = await lineOf('2024-03-01', ids['lastOfAugust']!);
    expect(line?.hold?.endedOn).toBe('2024-01-31');
  });
});
