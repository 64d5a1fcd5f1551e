import { describe, expect, it } from 'vitest';
import {
  admittedStatuses,
  defaultTrackerQuery,
  dueWindowRange,
  filterAndSortActions,
  isOverdue,
  matchesTrackerQuery,
} from '../../../renderer/src/domain/action-tracker';
import type { ActionItem } from '../../../renderer/src/domain/meeting';

const action = (id: string, overrides: Partial<ActionItem>): ActionItem => ({
  id,
  meetingId: 'm',
  agendaItemId: 'i',
  text: id,
  ownerPartnerId: 'police',
  ownerContactId: null,
  dueDate: '',
  status: 'open',
  history: [],
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
  revision: 1,
  ...overrides,
});
const today = '2026-03-10';
const owners: Record<string, string> = { police: 'Polizei', school: 'Schule' };
const collator = new Intl.Collator('de');
const run = (query: Partial<typeof defaultTrackerQuery>, list: ActionItem[]) =>
  filterAndSortActions(list, { ...defaultTrackerQuery, ...query }, today, (id) => owners[id]!, collator).map((a) => a.id);

const list = [
  action('late', { dueDate: '2026-03-09' }),
  action('today', { dueDate: '2026-03-10', ownerPartnerId: 'school' }),
  action('week', { dueDate: '2026-03-17', status: 'in_progress' }),
  action('month', { dueDate: '2026-04-09', ownerPartnerId: 'school' }),
  action('undated', {}),
  action('done-late', { dueDate: '2026-01-01', status: 'done' }),
  action('removed', { dueDate: '2026-03-01', deletedAt: '2026-03-02T00:00:00Z' }),
];

describe('action tracker', () => {
  it('shows open and in-progress actions by due date, undated last, by default', () => {
    expect(run({}, list)).toEqual(['late', 'today', 'week', 'month', 'undated']);
  });
  it('knows overdue: an open action past its due date, not today, not done', () => {
    expect(isOverdue(list[0]!, today)).toBe(true);
    expect(isOverdue(list[1]!, today)).toBe(false);
    expect(isOverdue(list[5]!, today)).toBe(false);
    expect(run({ due: 'overdue', status: 'all' }, list)).toEqual(['late']);
  });
  it('filters due windows of 7 and 30 days from today', () => {
    expect(run({ due: 'next7' }, list)).toEqual(['today', 'week']);
    expect(run({ due: 'next30' }, list)).toEqual(['today', 'week', 'month']);
  });
  it('filters by owner and by one status, and sorts by owner or status', () => {
    expect(run({ owner: 'school' }, list)).toEqual(['today', 'month']);
    expect(run({ status: 'done' }, list)).toEqual(['done-late']);
    expect(run({ sort: 'owner' }, list)).toEqual(['late', 'week', 'undated', 'today', 'month']);
    expect(run({ sort: 'status', status: 'all' }, list)).toEqual(['late', 'today', 'month', 'undated', 'week', 'done-late']);
  });
});

describe('action tracker order and windows', () => {
  it('breaks ties on the due date by id, so pages never overlap (the order an index gives)', () => {
    const tied = [action('b', { dueDate: '2026-03-12' }), action('a', { dueDate: '2026-03-12' }), action('c', {}), action('0', {})];
    expect(run({}, tied)).toEqual(['a', 'b', '0', 'c']);
  });
  it('sorts by the owner’s listed name, two owners of one name by their ids, then due date', () => {
    const sameName: Record<string, string> = { 'school-2': 'Schule', 'school-1': 'Schule', police: 'Polizei' };
    const list = [
      action('x', { ownerPartnerId: 'school-2', dueDate: '2026-03-11' }),
      action('y', { ownerPartnerId: 'school-1' }),
      action('z', { ownerPartnerId: 'police' }),
    ];
    const ids = filterAndSortActions(list, { ...defaultTrackerQuery, sort: 'owner' }, today, (id) => sameName[id]!, collator).map((a) => a.id);
    expect(ids).toEqual(['z', 'y', 'x']);
  });
  it('sorts by status in workflow order, undated last within each', () => {
    const list = [
      action('u', { status: 'in_progress' }),
      action('d', { status: 'in_progress', dueDate: '2027-01-01' }),
      action('o', { dueDate: '2027-02-01' }),
    ];
    expect(run({ sort: 'status' }, list)).toEqual(['o', 'd', 'u']);
  });
  it('admits only open statuses under a due window, whatever the status filter', () => {
    expect(admittedStatuses({ status: 'all', due: 'any' })).toEqual(['open', 'in_progress', 'done', 'dropped']);
    expect(admittedStatuses({ status: 'all', due: 'next7' })).toEqual(['open', 'in_progress']);
    expect(admittedStatuses({ status: 'done', due: 'overdue' })).toEqual([]);
    expect(admittedStatuses({ status: 'openOnly', due: 'any' })).toEqual(['open', 'in_progress']);
  });
  it('spans the windows as dates: overdue before today, the next 7 days including today and the 7th', () => {
    expect(dueWindowRange('any', today)).toBeNull();
    expect(dueWindowRange('overdue', today)).toEqual({ from: '', to: today, includeFrom: false, includeTo: false });
    expect(dueWindowRange('next7', today)).toEqual({ from: today, to: '2026-03-17', includeFrom: true, includeTo: true });
    expect(dueWindowRange('next30', '2026-12-15')).toMatchObject({ to: '2027-01-14' });
  });
  it('tells whether an action still matches after a change (a status change can take it off the list)', () => {
    const open = action('a', { dueDate: '2026-03-01' });
    expect(matchesTrackerQuery(open, defaultTrackerQuery, today)).toBe(true);
    expect(matchesTrackerQuery({ ...open, status: 'done' }, defaultTrackerQuery, today)).toBe(false);
    expect(matchesTrackerQuery({ ...open, status: 'done' }, { ...defaultTrackerQuery, status: 'all' }, today)).toBe(true);
    expect(matchesTrackerQuery(open, { ...defaultTrackerQuery, owner: 'school' }, today)).toBe(false);
  });
});
