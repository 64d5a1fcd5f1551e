import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../renderer/src/domain/agreement';
import type { FiguresPeriod } from '../../../renderer/src/domain/figures-period';
import type { ActionItem, ActionStatus, Attendee, Meeting } from '../../../renderer/src/domain/meeting';
import {
  actionsPerQuarter,
  agreementsInForcePerQuarter,
  attendancePerPartner,
  coveragePerQuarter,
  meetingsHeldPerQuarter,
} from '../../../renderer/src/domain/network-figures';
import type { Partner } from '../../../renderer/src/domain/partner';

const year2025: FiguresPeriod = { start: '2025-01-01', end: '2025-12-31' };

function attendee(partnerId: string, attendance: Attendee['attendance']): Attendee {
  return { id: crypto.randomUUID(), partnerId, contactId: null, name: 'A', organisation: '', attendance, note: '' };
}

type MeetingFacts = Pick<Meeting, 'startsAt' | 'timeZone' | 'status' | 'attendees'>;
const meeting = (startsAt: string, timeZone: string, status: Meeting['status'], attendees: Attendee[] = []): MeetingFacts => ({
  startsAt,
  timeZone,
  status,
  attendees,
});

type ActionFacts = Pick<ActionItem, 'createdAt' | 'dueDate' | 'status' | 'history'>;
/** An action created at `createdAt`, then changed as `changes` says (noon UTC: the same day in Berlin and New York). */
function action(createdOn: string, dueDate: string, ...changes: [day: string, status: ActionStatus][]): ActionFacts {
  const history = [
    { at: `${createdOn}T12:00:00.000Z`, status: 'open' as ActionStatus },
    ...changes.map(([day, status]) => ({ at: `${day}T12:00:00.000Z`, status })),
  ];
  return { createdAt: history[0]!.at, dueDate, status: history[history.length - 1]!.status, history };
}

type AgreementFacts = Pick<Agreement, 'status' | 'startDate' | 'reviewDate' | 'endDate' | 'updatedAt'>;
const agreement = (status: Agreement['status'], startDate: string, endDate = '', updatedOn = '2025-01-01'): AgreementFacts => ({
  status,
  startDate,
  reviewDate: '2030-01-01',
  endDate,
  updatedAt: `${updatedOn}T12:00:00.000Z`,
});

describe('meetings per quarter', () => {
  it('counts held meetings by the day they were planned on in their own zone, not the reader’s', () => {
    const meetings = [
      // 31 March 23:30 in Berlin is 21:30 UTC and 17:30 in New York: Q1 wherever it is read.
      meeting('2025-03-31T21:30:00.000Z', 'Europe/Berlin', 'held'),
      // 1 April 00:30 in Berlin is still 31 March in UTC: Q2.
      meeting('2025-03-31T22:30:00.000Z', 'Europe/Berlin', 'approved'),
      meeting('2025-07-10T08:00:00.000Z', 'Europe/Berlin', 'circulated'),
      // Planned, not held: not counted.
      meeting('2025-11-10T08:00:00.000Z', 'Europe/Berlin', 'planned'),
      // Outside the period.
      meeting('2024-12-31T12:00:00.000Z', 'Europe/Berlin', 'held'),
    ];
    expect(meetingsHeldPerQuarter(meetings, year2025)).toEqual([1, 1, 1, 0]);
  });

  it('counts only the days of a partial quarter that lie inside the period', () => {
    const meetings = [meeting('2025-01-10T10:00:00.000Z', 'Europe/Berlin', 'held'), meeting('2025-02-10T10:00:00.000Z', 'Europe/Berlin', 'held')];
    expect(meetingsHeldPerQuarter(meetings, { start: '2025-02-01', end: '2025-03-31' })).toEqual([1]);
  });
});

describe('attendance per partner', () => {
  it('is attended of invited held meetings in the period, highest rate first', () => {
    const meetings = [
      meeting('2025-02-10T10:00:00.000Z', 'Europe/Berlin', 'held', [attendee('police', 'present'), attendee('school', 'apologies')]),
      meeting('2025-05-10T10:00:00.000Z', 'Europe/Berlin', 'approved', [attendee('police', 'present'), attendee('school', 'present')]),
      meeting('2025-08-10T10:00:00.000Z', 'Europe/Berlin', 'held', [attendee('police', 'absent'), attendee('school', 'absent'), attendee('youth', 'present')]),
      // Not held: no one's rate changes.
      meeting('2025-09-10T10:00:00.000Z', 'Europe/Berlin', 'planned', [attendee('school', 'invited')]),
    ];
    expect(attendancePerPartner(meetings, year2025)).toEqual([
      { partnerId: 'youth', invited: 1, attended: 1, rate: 100 },
      { partnerId: 'police', invited: 3, attended: 2, rate: 67 },
      { partnerId: 'school', invited: 3, attended: 1, rate: 33 },
    ]);
  });
});

describe('actions per quarter', () => {
  it('counts an action opened in one quarter and done in a later one in each, and as overdue in between', () => {
    const late = action('2025-02-01', '2025-03-15', ['2025-05-20', 'in_progress'], ['2025-08-05', 'done']);
    expect(actionsPerQuarter([late], year2025)).toEqual({ opened: [1, 0, 0, 0], done: [0, 0, 1, 0], overdue: [1, 1, 0, 0] });
  });

  it('puts changes on a quarter’s first and last day in that quarter', () => {
    const edges = [action('2025-03-31', '2025-04-30', ['2025-04-01', 'done']), action('2025-04-01', '', ['2025-06-30', 'done'])];
    expect(actionsPerQuarter(edges, year2025)).toEqual({ opened: [1, 1, 0, 0], done: [0, 2, 0, 0], overdue: [0, 0, 0, 0] });
  });

  it('is not overdue on its due day, nor once dropped, and counts a reopened action done again once per quarter', () => {
    const dueOnLastDay = action('2025-01-05', '2025-03-31');
    const dropped = action('2025-01-05', '2025-02-01', ['2025-03-01', 'dropped']);
    const redone = action('2025-01-05', '', ['2025-01-10', 'done'], ['2025-01-20', 'open'], ['2025-02-01', 'done']);
    expect(actionsPerQuarter([dueOnLastDay, dropped, redone], year2025)).toEqual({ opened: [3, 0, 0, 0], done: [1, 0, 0, 0], overdue: [0, 1, 1, 1] });
  });

  it('takes an action created before the period and still open as overdue at every quarter end', () => {
    expect(actionsPerQuarter([action('2023-06-01', '2023-07-01')], year2025).overdue).toEqual([1, 1, 1, 1]);
  });

  it('takes the state at the period’s last day when the period ends mid-quarter', () => {
    const doneAfterPeriod = action('2025-01-05', '2025-02-01', ['2025-02-20', 'done']);
    expect(actionsPerQuarter([doneAfterPeriod], { start: '2025-01-01', end: '2025-02-10' })).toEqual({ opened: [1], done: [0], overdue: [1] });
  });
});

describe('agreements in force per quarter', () => {
  it('counts an agreement ending mid-quarter until that quarter, and one starting on a quarter’s last day from it', () => {
    const agreements = [
      agreement('expired', '2024-01-01', '2025-05-15'),
      agreement('active', '2025-06-30'),
      agreement('draft', '2024-01-01'),
      // Terminated in August (its last change), with no end date: in force until then.
      agreement('terminated', '2024-01-01', '', '2025-08-20'),
    ];
    expect(agreementsInForcePerQuarter(agreements, year2025)).toEqual([2, 2, 1, 1]);
  });
});

describe('coverage per quarter', () => {
  function partner(sector: Partner['sector'], status: Partner['status'], joinedOn: string, createdOn = '2020-01-01'): Partner {
    return {
      id: crypto.randomUUID(),
      createdAt: `${createdOn}T12:00:00.000Z`,
      updatedAt: '',
      deletedAt: null,
      revision: 1,
      name: sector,
      shortName: '',
      sector,
      status,
      role: '',
      joinedOn,
      notes: '',
    };
  }

  it('counts today’s partners from the day they joined', () => {
    const partners = [partner('police', 'active', '2024-05-01'), partner('school', 'active', '2025-05-01'), partner('youth', 'prospective', '', '2025-10-01')];
    expect(coveragePerQuarter(partners, year2025)).toEqual({ covered: [1, 2, 2, 2], prospective: [0, 0, 0, 1], missing: [17, 16, 16, 15] });
  });
});
