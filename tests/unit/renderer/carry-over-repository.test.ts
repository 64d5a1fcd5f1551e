import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingInput } from '../../../renderer/src/domain/meeting';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import { CarryOverRefusedError, MinutesLockedError, StaleRevisionError } from '../../../renderer/src/storage/errors';
import { createAgendaRepository } from '../../../renderer/src/storage/repositories/agenda';
import { createMeetingRepository } from '../../../renderer/src/storage/repositories/meetings';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const options = { invitedPartnerIds: [] as string[], mattersArisingTitle: 'Offene Punkte', representativeName: 'Vertretung' };
const plan = (day: string, overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  title: `Netzwerktreffen ${day}`,
  type: 'network',
  startsAt: `${day}T14:00`,
  endsAt: `${day}T16:00`,
  timeZone: 'Europe/Berlin',
  confidentiality: 'internal',
  ...overrides,
});

async function setup() {
  db = freshDb();
  const clock = () => new Date('2026-03-05T15:00:00.000Z');
  const meetings = createMeetingRepository(db, clock);
  const agenda = createAgendaRepository(db, clock);
  const march = await meetings.create(plan('2026-03-05', { newSeriesName: 'Lenkungskreis' }), options);
  const seriesId = march.seriesId ?? '';
  const item = await agenda.add(march.id, { title: 'Förderantrag', presenter: 'Kim Probe', plannedMinutes: 20, minutes: 'Erste Beratung.' });
  const items = async (meetingId: string) => (await meetings.get(meetingId))!.items;
  return { meetings, agenda, march, seriesId, item, items, audit: createAuditRepository(db) };
}

describe('carrying an agenda item over', () => {
  it('goes to the next meeting of the series, linked both ways, in one transaction with both audit entries', async () => {
    const { meetings, agenda, march, seriesId, item, items, audit } = await setup();
    // Created out of order: "next" is by start, not by creation.
    const may = await meetings.create(plan('2026-05-07', { seriesId }), options);
    const april = await meetings.create(plan('2026-04-02', { seriesId }), options);
    await meetings.create(plan('2026-03-20'), options);

    expect((await agenda.targets(march.id)).next?.id).toBe(april.id);
    const carried = await agenda.carryOver(item.id, item.revision, null);

    expect(carried).toMatchObject({
      meetingId: april.id,
      kind: 'regular',
      title: 'Förderantrag',
      presenter: 'Kim Probe',
      plannedMinutes: 20,
      minutes: '',
      carriedOverFrom: { meetingId: march.id, itemId: item.id },
    });
    // After April's "matters arising".
    expect((await items(april.id)).map((other) => other.title)).toEqual(['Offene Punkte', 'Förderantrag']);
    expect((await items(march.id))[0]).toMatchObject({
      minutes: 'Erste Beratung.',
      carriedOverTo: { meetingId: april.id, itemId: carried.id },
      revision: item.revision + 1,
    });
    expect(await items(may.id)).toHaveLength(1);

    expect((await audit.listFor(item.id)).map((entry) => entry.action)).toEqual(['create', 'update']);
    expect((await audit.listFor(item.id))[1]!.changes).toContainEqual(
      expect.objectContaining({ field: 'carriedOverTo', new: { meetingId: april.id, itemId: carried.id } }),
    );
    expect((await audit.listFor(carried.id)).map((entry) => entry.action)).toEqual(['create']);
    expect(await audit.verify()).toMatchObject({ chain: { ok: true }, unaudited: [] });
  });

  it('goes to a chosen later meeting outside the series', async () => {
    const { meetings, agenda, march, item, items } = await setup();
    const workshop = await meetings.create(plan('2026-03-25', { title: 'Fachtag' }), options);
    const earlier = await meetings.create(plan('2026-02-01', { title: 'Vorgespräch' }), options);
    const targets = await agenda.targets(march.id);
    expect(targets.next).toBeNull();
    expect(targets.later.map((meeting) => meeting.title)).toEqual(['Fachtag']);

    await expect(agenda.carryOver(item.id, item.revision, earlier.id)).rejects.toMatchObject({ refusal: { kind: 'carryOver', reason: 'notLater' } });
    await expect(agenda.carryOver(item.id, item.revision, march.id)).rejects.toMatchObject({ refusal: { kind: 'carryOver', reason: 'sameMeeting' } });
    const carried = await agenda.carryOver(item.id, item.revision, workshop.id);
    expect(carried.meetingId).toBe(workshop.id);
    expect((await items(workshop.id)).map((other) => other.title)).toEqual(['Förderantrag']);
  });

  it('says so when the series has no next meeting, and writes nothing', async () => {
    const { agenda, march, item, items } = await setup();
    const refused = agenda.carryOver(item.id, item.revision, null);
    await expect(refused).rejects.toBeInstanceOf(CarryOverRefusedError);
    await expect(refused).rejects.toMatchObject({ refusal: { kind: 'carryOver', reason: 'noNextMeeting' } });
    expect((await items(march.id))[0]).toMatchObject({ revision: item.revision });
    expect((await items(march.id))[0]!.carriedOverTo ?? null).toBeNull();
  });

  it('refuses a second carry-over, an old revision, "matters arising" and approved minutes, leaving nothing half done', async () => {
    const { meetings, agenda, march, seriesId, item, items } = await setup();
    const april = await meetings.create(plan('2026-04-02', { seriesId }), options);
    const edited = await agenda.update(item.id, item.revision, { title: 'Förderantrag 2027' });
    await expect(agenda.carryOver(item.id, item.revision, april.id)).rejects.toBeInstanceOf(StaleRevisionError);
    expect(await items(april.id)).toHaveLength(1);

    await agenda.carryOver(item.id, edited.revision, april.id);
    const marked = (await items(march.id))[0]!;
    await expect(agenda.carryOver(item.id, marked.revision, april.id)).rejects.toMatchObject({ refusal: { reason: 'alreadyCarriedOver' } });
    expect(await items(april.id)).toHaveLength(2);

    const arising = (await items(april.id))[0]!;
    const may = await meetings.create(plan('2026-05-07', { seriesId }), options);
    await expect(agenda.carryOver(arising.id, arising.revision, may.id)).rejects.toMatchObject({ refusal: { reason: 'mattersArising' } });

    const later = await agenda.add(march.id, { title: 'Haushalt' });
    const held = await meetings.step(may.id, may.revision, { step: 'hold' });
    await meetings.step(may.id, held.revision, { step: 'approve' });
    await expect(agenda.carryOver(later.id, later.revision, may.id)).rejects.toMatchObject({ refusal: { reason: 'targetLocked' } });
    const marchHeld = await meetings.step(march.id, (await meetings.get(march.id))!.meeting.revision, { step: 'hold' });
    await meetings.step(march.id, marchHeld.revision, { step: 'approve' });
    await expect(agenda.carryOver(later.id, later.revision, april.id)).rejects.toBeInstanceOf(MinutesLockedError);
    expect(await items(april.id)).toHaveLength(2);
    expect(await items(may.id)).toHaveLength(1);
  });
});
