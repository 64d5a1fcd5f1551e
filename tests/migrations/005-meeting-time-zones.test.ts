import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RoundtableDb } from '../../renderer/src/storage/db';
import { migrations } from '../../renderer/src/storage/migrations';

/** A meeting as versions 2–4 stored it: instants computed on this computer's clock, no zone. */
const meetingRow = (id: string, startsAt: string, endsAt: string) => ({
  id,
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
  deletedAt: null,
  title: `Netzwerktreffen ${id}`,
  type: 'network',
  seriesId: null,
  startsAt,
  endsAt,
  location: 'Rathaus',
  onlineLink: '',
  chair: 'Toni Exempel',
  minuteTaker: '',
  confidentiality: 'internal',
  status: 'approved',
  attendees: [{ id: 'at1', partnerId: 'p1', contactId: null, name: 'Kim Probe', organisation: '', attendance: 'present', note: '' }],
  approvedAt: '2026-03-12T09:00:00.000Z',
  circulations: [],
  amendments: [],
});

describe('migration 005: meeting time zones', () => {
  it('gives every stored meeting the computer’s zone at upgrade time and changes nothing else', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    for (const migration of migrations.filter((m) => m.version <= 4)) v4.version(migration.version).stores(migration.stores);
    const rows = [meetingRow('m1', '2026-03-05T13:00:00.000Z', '2026-03-05T15:00:00.000Z'), { ...meetingRow('m2', '2026-06-04T14:00:00.000Z', '2026-06-04T16:00:00.000Z'), deletedAt: '2026-06-10T08:00:00.000Z' }];
    await v4.table('meetings').bulkAdd(rows);
    await v4.table('meetingSeries').add({ id: 's1', name: 'Monatlich', createdAt: '', updatedAt: '', deletedAt: null });
    await v4.table('agendaItems').add({ id: 'i1', meetingId: 'm1', deletedAt: null, title: 'Lagebild' });
    await v4.table('partners').add({ id: 'p1', name: 'Polizei', sector: 'police', status: 'active', createdAt: '', updatedAt: '', deletedAt: null });
    v4.close();

    const db = new RoundtableDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    // This suite runs in Berlin and in New York: the zone is whichever the computer had.
    const zone = process.env.TZ;
    expect(['Europe/Berlin', 'America/New_York']).toContain(zone);
    expect(await db.meetings.orderBy('id').toArray()).toEqual(rows.map((row) => ({ ...row, timeZone: zone })));
    expect(await db.meetingSeries.toArray()).toEqual([{ id: 's1', name: 'Monatlich', createdAt: '', updatedAt: '', deletedAt: null }]);
    expect(await db.agendaItems.toArray()).toEqual([{ id: 'i1', meetingId: 'm1', deletedAt: null, title: 'Lagebild' }]);
    expect((await db.partners.get('p1'))?.name).toBe('Polizei');
    await db.delete();
  });
});
