/**
 * The records due for deletion besides cases: case discussions once no case they discuss is
 * open, contacts of partners that left, the names in the audit entries of deleted records, and
 * the list itself (sorted, paged, counted). The shared network: retention-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { writeTransaction } from '../../../renderer/src/storage/record-store';
import { createTimelineWriter } from '../../../renderer/src/storage/repositories/referral-timeline';
import { at, dueIds, dueOn, entry, fixture, item, lineOf, meetingOn, onlyRule, repository, useRetentionFixture } from './retention-fixture';

useRetentionFixture();
const ids = fixture.ids;

describe('case discussions', () => {
  it('fall due from the meeting’s day where it was held, not while a case they discuss is open, and never twice', async () => {
    await onlyRule('caseDiscussion', 36);
    expect(await dueIds('2026-03-31')).not.toContain(ids['closedDiscussion']);
    const due = await dueOn('2026-04-01');
    expect(due.find((record) => record.id === ids['closedDiscussion'])).toMatchObject({
      kind: 'caseDiscussion',
      table: 'agendaItems',
      label: 'Fallkonferenz April',
      detail: 'Fall RT-2023-0001',
      meetingId: ids['panel'],
      reason: { rule: 'caseDiscussion', from: '2023-04-01', dueOn: '2026-04-01' },
    });
    const listed = due.map((record) => record.id);
    expect(listed).not.toContain(ids['openDiscussion']);
    expect(listed).not.toContain(ids['standing']);
    expect(listed).not.toContain(ids['erasedDiscussion']);
  });
  it('are kept when an open case’s panel entry names only their meeting', async () => {
    await onlyRule('caseDiscussion', 36);
    await writeTransaction(fixture.db, ['meetings', 'agendaItems', 'referralEvents', 'referrals'], async () => {
      const meeting = (await fixture.stores.meetings.insert(meetingOn('Fallkonferenz Mai', '2023-05-02T08:00:00.000Z'), { action: 'create', at })).id;
      ids['unnamedDiscussion'] = (await fixture.stores.agendaItems.insert(item(meeting, 'Fallbesprechung', true), { action: 'create', at })).id;
      await createTimelineWriter(fixture.stores).add(entry(ids['open']!, 'panel', '2023-05-02', { meetingId: meeting }), { action: 'event', at });
    });
    expect(await dueIds('2026-06-01')).not.toContain(ids['unnamedDiscussion']);
  });
});

describe('contacts of former partners', () => {
  it('fall due the period after the partner left, at a month’s end', async () => {
    await onlyRule('formerPartnerContact', 1);
    expect(await dueIds('2024-02-28')).not.toContain(ids['kim']);
    expect(await lineOf('2024-02-29', ids['kim']!)).toMatchObject({
      kind: 'formerPartnerContact',
      label: 'Kim Probe',
      detail: 'Schule am Park',
      reason: { rule: 'formerPartnerContact', from: '2024-01-31', dueOn: '2024-02-29' },
    });
  });
});

describe('the names in the audit entries of deleted records', () => {
  it('fall due the period after the deletion, one line for a case with its parts, none once erased', async () => {
    await onlyRule('auditActors', 12);
    expect(await dueIds('2025-01-30')).not.toContain(ids['erasedCase']);
    const due = await dueOn('2025-01-31');
    expect(due.find((record) => record.id === ids['erasedCase'])).toMatchObject({
      kind: 'auditActors',
      table: 'referrals',
      label: 'RT-2022-0042',
      reason: { rule: 'auditActors', from: '2024-01-31', dueOn: '2025-01-31' },
    });
    const listed = due.map((record) => record.id);
    expect(listed).not.toContain(ids['erasedEntry']);
    expect(listed).not.toContain(ids['namesGone']);
  });
});

describe('the list', () => {
  it('is sorted by due day, oldest first, paged, and counted', async () => {
    await repository().saveSchedule({ closedCase: 6, caseNotTakenOn: 12, caseDiscussion: 120, formerPartnerContact: 1, auditActors: 120 });
    const all = await dueOn('2024-03-01');
    expect(all.map((record) => record.reason.dueOn)).toEqual([...all.map((record) => record.reason.dueOn)].sort());
    expect(all.map((record) => record.label)).toEqual(['RT-2023-0005', 'RT-2023-0002', 'Kim Probe', 'RT-2023-0001', 'RT-2023-0003']);
    const second = await repository().due('2024-03-01', { page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 5, page: 2, pageCount: 3, first: 2 });
    expect(second.records.map((record) => record.label)).toEqual(['Kim Probe', 'RT-2023-0001']);
    expect(await repository().dueCount('2024-03-01')).toBe(5);
  });
});
