import { afterEach, describe, expect, it } from 'vitest';
import type { ActionItem, ActionStatus, Meeting } from '../../../renderer/src/domain/meeting';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createNetworkFiguresRepository } from '../../../renderer/src/storage/repositories/network-figures';
import { freshDb, seedRecords } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const year2025 = { start: '2025-01-01', end: '2025-12-31' };

function action(id: string, dueDate: string, status: ActionStatus, createdAt: string, updatedAt: string): ActionItem {
  return {
    id,
    createdAt,
    updatedAt,
    deletedAt: null,
    revision: 1,
    meetingId: 'm',
    agendaItemId: 'i',
    text: `Action ${id}`,
    ownerPartnerId: 'p',
    ownerContactId: null,
    dueDate,
    status,
    history: [{ at: createdAt, status: 'open' }],
  };
}

function meeting(id: string, startsAt: string): Meeting {
  return {
    id,
    createdAt: startsAt,
    updatedAt: startsAt,
    deletedAt: null,
    revision: 1,
    title: id,
    type: 'network',
    seriesId: null,
    startsAt,
    endsAt: startsAt,
    timeZone: 'Europe/Berlin',
    location: '',
    onlineLink: '',
    chair: '',
    minuteTaker: '',
    confidentiality: 'internal',
    status: 'held',
    attendees: [],
    invitedPartnerIds: [],
  } as unknown as Meeting;
}

describe('the network figures’ reads', () => {
  it('reads the actions that can count in the period and no others', async () => {
    db = freshDb();
    await seedRecords(db, 'actions', [
      action('opened-in-period', '2025-09-01', 'open', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z'),
      action('done-later', '2024-06-01', 'done', '2024-01-01T10:00:00.000Z', '2026-02-01T10:00:00.000Z'),
      action('open-since-long', '2023-06-01', 'in_progress', '2023-01-01T10:00:00.000Z', '2023-02-01T10:00:00.000Z'),
      // Closed before the period began and untouched since: it cannot count.
      action('closed-before', '2023-06-01', 'done', '2023-01-01T10:00:00.000Z', '2023-07-01T10:00:00.000Z'),
      // Still open, but due only after the period: never overdue in it.
      action('due-after', '2026-03-01', 'open', '2023-01-01T10:00:00.000Z', '2023-02-01T10:00:00.000Z'),
      action('undated', '', 'open', '2023-01-01T10:00:00.000Z', '2023-02-01T10:00:00.000Z'),
    ]);
    const opened: string[] = [];
    const decode = db.codec.decode.bind(db.codec);
    db.codec = { ...db.codec, decode: (table, stored) => (opened.push(table), decode(table, stored)) };
    const actions = await createNetworkFiguresRepository(db).actions(year2025);
    expect(actions.map((found) => found.id).sort()).toEqual(['done-later', 'open-since-long', 'opened-in-period']);
    expect(opened).toHaveLength(3);
  });

  it('reads the meetings that start in the period, with a day’s margin for the zones', async () => {
    db = freshDb();
    await seedRecords(db, 'meetings', [
      meeting('before', '2024-12-20T10:00:00.000Z'),
      meeting('new-year-berlin', '2024-12-31T23:30:00.000Z'),
      meeting('in', '2025-06-01T10:00:00.000Z'),
      meeting('after', '2026-01-05T10:00:00.000Z'),
    ]);
    const meetings = await createNetworkFiguresRepository(db).meetings(year2025);
    expect(meetings.map((found) => found.id)).toEqual(['new-year-berlin', 'in']);
  });
});
