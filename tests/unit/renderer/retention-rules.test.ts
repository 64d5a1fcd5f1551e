import { describe, expect, it } from 'vitest';
import type { ReferralEvent } from '../../../renderer/src/domain/referral';
import {
  auditActorsDue,
  candidateStartBound,
  caseDiscussionDue,
  caseDue,
  caseRetentionStart,
  defaultRetentionSchedule,
  dueOn,
  formerPartnerContactDue,
  isDue,
  isDueToday,
  longestRetentionMonths,
  retentionScheduleSchema,
} from '../../../renderer/src/domain/retention';

const schedule = { ...defaultRetentionSchedule };
type Timeline = Pick<ReferralEvent, 'kind' | 'on' | 'dueDate' | 'doneOn' | 'toStatus' | 'deletedAt'>;
const status = (on: string, toStatus: ReferralEvent['toStatus']): Timeline => ({ kind: 'status', on, dueDate: '', doneOn: null, toStatus, deletedAt: null });
const review = (dueDate: string, doneOn: string | null = null, deletedAt: string | null = null): Timeline => ({
  kind: 'review',
  on: dueDate,
  dueDate,
  doneOn,
  toStatus: null,
  deletedAt,
});
const closedCase = { status: 'closed' as const, closedOn: '2026-03-10', updatedAt: '2026-03-10T09:00:00.000Z' };

describe('the retention rules', () => {
  it('count whole calendar months; a month end that the target month lacks becomes its last day', () => {
    expect(dueOn('2026-03-10', 36)).toBe('2029-03-10');
    expect(dueOn('2025-08-31', 6)).toBe('2026-02-28');
    expect(dueOn('2024-02-29', 12)).toBe('2025-02-28');
    expect(isDue('2026-03-10', 36, '2029-03-09')).toBe(false);
    expect(isDue('2026-03-10', 36, '2029-03-10')).toBe(true);
  });

  it('bound an index query so that every start already due is inside it, also across month ends', () => {
    for (const today of ['2026-02-28', '2026-03-01', '2026-03-31', '2024-02-29', '2026-12-31']) {
      for (const months of [1, 6, 12, 36]) {
        const bound = candidateStartBound(today, months);
        // Every start due today lies on or before the bound …
        for (let day = 0; day < 40; day += 1) {
          const start = new Date(`${bound}T00:00:00Z`);
          start.setUTCDate(start.getUTCDate() + 1 + day);
          const iso = start.toISOString().slice(0, 10);
          expect(isDue(iso, months, today), `${iso} after bound ${bound} (${today}, ${months})`).toBe(false);
        }
      }
    }
  });

  it('start a closed case’s period at its last review, done or due, not at a removed one', () => {
    expect(caseRetentionStart(closedCase, [status('2026-03-10', 'closed')])).toBe('2026-03-10');
    expect(caseRetentionStart(closedCase, [review('2026-09-10', '2026-09-14'), review('2027-03-10')])).toBe('2027-03-10');
    expect(caseRetentionStart(closedCase, [review('2026-09-10', '2026-09-14'), review('2027-03-10', null, '2026-05-01T00:00:00.000Z')])).toBe('2026-09-14');
  });

  it('start a case not taken on at that decision, and never while a case is open', () => {
    const signposted = { status: 'signposted' as const, closedOn: null, updatedAt: '2026-04-02T09:00:00.000Z' };
    expect(caseRetentionStart(signposted, [status('2026-01-05', 'received'), status('2026-01-20', 'signposted')])).toBe('2026-01-20');
    expect(caseDue(signposted, [status('2026-01-20', 'signposted')], [], schedule)).toMatchObject({ rule: 'caseNotTakenOn', dueOn: '2027-01-20' });
    expect(caseRetentionStart({ ...closedCase, status: 'support' }, [])).toBeNull();
    expect(caseDue({ ...closedCase, status: 'review' }, [], [], schedule)).toBeNull();
  });

  it('let an agreement shorten a case’s period, never lengthen it, and say which', () => {
    const shared = [
      { agreementId: 'a', title: 'Schulen und Polizei', retentionMonths: 24 },
      { agreementId: 'b', title: 'Jugendamt', retentionMonths: 60 },
      { agreementId: 'c', title: 'Ohne Frist', retentionMonths: null },
    ];
    expect(caseDue(closedCase, [], shared, schedule)).toEqual({
      rule: 'closedCase',
      from: '2026-03-10',
      months: 24,
      dueOn: '2028-03-10',
      agreement: { id: 'a', title: 'Schulen und Polizei' },
    });
    expect(caseDue(closedCase, [], shared.slice(1), schedule)).toEqual({ rule: 'closedCase', from: '2026-03-10', months: 36, dueOn: '2029-03-10' });
  });

  it('keep a record while a hold lasts, and list it again the day after the hold ends', () => {
    const reason = caseDue(closedCase, [], [], schedule);
    expect(isDueToday(reason, null, '2029-03-10')).toBe(true);
    expect(isDueToday(reason, { until: '2029-06-30' }, '2029-06-30')).toBe(false);
    expect(isDueToday(reason, { until: '2029-06-30' }, '2029-07-01')).toBe(true);
    expect(isDueToday(reason, null, '2029-03-09')).toBe(false);
  });

  it('keep case discussions while a case they discuss is open, contacts from the day their partner left, names a year after the deletion', () => {
    expect(caseDiscussionDue('2026-02-24', true, schedule)).toBeNull();
    expect(caseDiscussionDue('2026-02-24', false, schedule)).toMatchObject({ rule: 'caseDiscussion', dueOn: '2029-02-24' });
    expect(formerPartnerContactDue(null, schedule)).toBeNull();
    expect(formerPartnerContactDue('2026-01-31', schedule)).toMatchObject({ dueOn: '2026-07-31' });
    expect(auditActorsDue('2029-03-10', schedule)).toMatchObject({ dueOn: '2030-03-10' });
  });

  it('read a stored schedule with each missing rule at its default, and refuse a period outside 1–120 months', () => {
    expect(retentionScheduleSchema.parse({ closedCase: 48 })).toEqual({ ...defaultRetentionSchedule, closedCase: 48 });
    expect(retentionScheduleSchema.safeParse({ closedCase: 0 }).success).toBe(false);
    expect(retentionScheduleSchema.safeParse({ closedCase: 121 }).success).toBe(false);
    expect(retentionScheduleSchema.safeParse({ closedCase: 1.5 }).success).toBe(false);
    expect(longestRetentionMonths({ ...defaultRetentionSchedule, formerPartnerContact: 72 })).toBe(72);
  });
});
