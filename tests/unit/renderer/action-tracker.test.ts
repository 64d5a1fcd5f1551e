import { describe, expect, it } from 'vitest';
import { defaultTrackerQuery, filterAndSortActions, isOverdue } from '../../../renderer/src/domain/action-tracker';
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
  filterAndSortActions(list, { ...defaultTrackerQuery, ...query }, today, (a) => owners[a.ownerPartnerId]!, collator).map((a) => a.id);

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
