import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingInput } from '../../../renderer/src/domain/meeting';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import { LifecycleStepError, MinutesLockedError, StaleRevisionError, StorageError } from '../../../renderer/src/storage/errors';
import { createActionRepository } from '../../../renderer/src/storage/repositories/actions';
import { createAgendaRepository } from '../../../renderer/src/storage/repositories/agenda';
import { createMeetingRepository } from '../../../renderer/src/storage/repositories/meetings';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

async function setup() {
  db = freshDb();
  let now = new Date('2026-03-01T10:00:00.000Z');
  const clock = () => now;
  const partners = createPartnerRepository(db, clock);
  const police = await partners.create({
    ...blankPartnerInput(),
    name: 'Polizei',
    sector: 'police',
    contacts: [{ name: 'Kim Probe', email: 'kim@polizei.example.org' }, { name: 'Deniz Vorlage' }],
  });
  const school = await partners.create({ ...blankPartnerInput(), name: 'Schule', sector: 'school' });
  return {
    police,
    school,
    clock,
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
    meetings: createMeetingRepository(db, clock),
    agenda: createAgendaRepository(db, clock),
    actions: createActionRepository(db, clock),
  };
}

const options = { invitedPartnerIds: [] as string[], mattersArisingTitle: 'Offene Punkte', representativeName: 'Vertretung' };
const plan = (overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  title: 'Netzwerktreffen',
  type: 'network',
  startsAt: '2026-03-05T14:00',
  endsAt: '2026-03-05T16:00',
  confidentiality: 'internal',
  ...overrides,
});

describe('meeting repositories', () => {
  it('creates a meeting with its invited partners as attendees, one per contact or a representative', async () => {
    const { meetings, police, school } = await setup();
    const created = await meetings.create(plan(), { ...options, invitedPartnerIds: [police.id, school.id] });
    const bundle = await meetings.get(created.id);
    expect(bundle?.meeting.attendees.map((a) => [a.name, a.attendance, a.partnerId])).toEqual([
      ['Kim Probe', 'invited', police.id],
      ['Deniz Vorlage', 'invited', police.id],
      ['Vertretung', 'invited', school.id],
    ]);
    expect(bundle?.meeting.status).toBe('planned');
    expect(bundle?.items).toEqual([]);
  });

  it('stores the planned wall clock as instants in the meeting’s zone, beside the zone, whatever this computer’s zone', async () => {
    const { meetings } = await setup();
    const berlin = await meetings.create(plan({ startsAt: '2026-06-04T16:00', endsAt: '2026-06-04T18:00', timeZone: 'Europe/Berlin' }), options);
    expect((await meetings.get(berlin.id))?.meeting).toMatchObject({
      startsAt: '2026-06-04T14:00:00.000Z',
      endsAt: '2026-06-04T16:00:00.000Z',
      timeZone: 'Europe/Berlin',
    });
    const local = await meetings.create(plan({ startsAt: '2026-06-04T16:00', endsAt: '2026-06-04T18:00' }), options);
    expect(local.timeZone).toBe(process.env.TZ);
    expect(local.startsAt).toBe(new Date(2026, 5, 4, 16).toISOString());

    const moved = await meetings.updateDetails(
      berlin.id,
      berlin.revision,
      plan({ startsAt: '2026-06-04T16:00', endsAt: '2026-06-04T18:00', timeZone: 'America/New_York' }),
    );
    expect(moved).toMatchObject({ startsAt: '2026-06-04T20:00:00.000Z', endsAt: '2026-06-04T22:00:00.000Z', timeZone: 'America/New_York' });
  });

  it('refuses a time the clocks skip, and stores nothing', async () => {
    const { meetings } = await setup();
    await expect(meetings.create(plan({ startsAt: '2026-03-29T02:30', endsAt: '2026-03-29T04:00', timeZone: 'Europe/Berlin' }), options)).rejects.toThrow(
      /nonexistentTime/,
    );
    expect(await meetings.list()).toEqual([]);
  });

  it('starts the next meeting of a series with the open actions of earlier ones', async () => {
    const { meetings, agenda, actions, police } = await setup();
    const first = await meetings.create(plan({ newSeriesName: 'Monatliches Netzwerktreffen' }), options);
    const item = await agenda.add(first.id, { title: 'Lagebild' });
    const open = await actions.add(item.id, { text: 'Lagebild aktualisieren', ownerPartnerId: police.id, dueDate: '2026-03-20' });
    const done = await actions.add(item.id, { text: 'Raum buchen', ownerPartnerId: police.id });
    await actions.setStatus(done.id, done.revision, 'done');

    const second = await meetings.create(plan({ seriesId: first.seriesId ?? '', startsAt: '2026-04-02T14:00', endsAt: '2026-04-02T16:00' }), options);
    const bundle = await meetings.get(second.id);
    expect(bundle?.items).toHaveLength(1);
    expect(bundle?.items[0]).toMatchObject({ kind: 'matters_arising', title: 'Offene Punkte', arisingActionIds: [open.id] });
  });

  it('carries the open actions of every earlier meeting of the series, oldest meeting first, and none of later or other meetings', async () => {
    const { meetings, agenda, actions, police } = await setup();
    const march = await meetings.create(plan({ newSeriesName: 'Lenkungskreis', startsAt: '2026-03-05T14:00', endsAt: '2026-03-05T16:00' }), options);
    const seriesId = march.seriesId ?? '';
    // Planned after March, but held before it: it counts as earlier.
    const february = await meetings.create(plan({ seriesId, startsAt: '2026-02-05T14:00', endsAt: '2026-02-05T16:00' }), options);
    const june = await meetings.create(plan({ seriesId, startsAt: '2026-06-04T14:00', endsAt: '2026-06-04T16:00' }), options);
    const elsewhere = await meetings.create(plan({ startsAt: '2026-01-08T14:00', endsAt: '2026-01-08T16:00' }), options);
    const add = async (meetingId: string, text: string, dueDate = '') => {
      const bundle = (await meetings.get(meetingId))!;
      const item = bundle.items.find((candidate) => candidate.kind === 'regular') ?? (await agenda.add(meetingId, { title: 'Punkt' }));
      return actions.add(item.id, { text, ownerPartnerId: police.id, dueDate });
    };
    const marchUndated = await add(march.id, 'März ohne Datum');
    const marchDue = await add(march.id, 'März fällig', '2026-04-01');
    const februaryOpen = await add(february.id, 'Februar offen', '2026-05-01');
    const februaryDone = await add(february.id, 'Februar erledigt');
    await actions.setStatus(februaryDone.id, februaryDone.revision, 'done');
    const februaryRemoved = await add(february.id, 'Februar entfernt');
    await actions.remove(februaryRemoved.id, februaryRemoved.revision);
    await add(june.id, 'Juni');
    await add(elsewhere.id, 'Andere Reihe');

    const may = await meetings.create(plan({ seriesId, startsAt: '2026-05-07T14:00', endsAt: '2026-05-07T16:00' }), options);
    const arising = (await meetings.get(may.id))!.items[0]!;
    expect(arising.kind).toBe('matters_arising');
    expect(arising.arisingActionIds).toEqual([februaryOpen.id, marchDue.id, marchUndated.id]);
  });

  it('reads only the actions and meetings asked for by id, leaving out removed and unknown ones', async () => {
    const { meetings, agenda, actions, police } = await setup();
    const first = await meetings.create(plan({ title: 'Erstes Treffen' }), options);
    const second = await meetings.create(plan({ title: 'Zweites Treffen' }), options);
    const item = await agenda.add(first.id, { title: 'Lagebild' });
    const kept = await actions.add(item.id, { text: 'Lagebild aktualisieren', ownerPartnerId: police.id });
    const removed = await actions.add(item.id, { text: 'Raum buchen', ownerPartnerId: police.id });
    await actions.add(item.id, { text: 'Nicht gefragt', ownerPartnerId: police.id });
    await actions.remove(removed.id, removed.revision);

    expect((await actions.getMany([kept.id, removed.id, 'unknown'])).map((action) => action.text)).toEqual(['Lagebild aktualisieren']);
    expect((await meetings.getMany([second.id, 'unknown'])).map((meeting) => meeting.title)).toEqual(['Zweites Treffen']);
    expect(await actions.getMany([])).toEqual([]);
  });

  it('keeps approved minutes locked until amended, and lets action status change at any time', async () => {
    const { meetings, agenda, actions, police } = await setup();
    const created = await meetings.create(plan(), options);
    const item = await agenda.add(created.id, { title: 'Bericht', minutes: 'Alles gut' });
    const action = await actions.add(item.id, { text: 'Bericht verteilen', ownerPartnerId: police.id });
    const held = await meetings.step(created.id, created.revision, { step: 'hold' });
    const approved = await meetings.step(created.id, held.revision, { step: 'approve' });

    await expect(agenda.update(item.id, item.revision, { title: 'Bericht', minutes: 'geändert' })).rejects.toBeInstanceOf(MinutesLockedError);
    await expect(agenda.add(created.id, { title: 'Neu' })).rejects.toBeInstanceOf(MinutesLockedError);
    await expect(actions.update(action.id, action.revision, { text: 'x', ownerPartnerId: police.id })).rejects.toBeInstanceOf(MinutesLockedError);
    await expect(meetings.removeAttendee(created.id, approved.revision, 'any')).rejects.toBeInstanceOf(MinutesLockedError);
    expect((await actions.setStatus(action.id, action.revision, 'in_progress')).history.map((h) => h.status)).toEqual(['open', 'in_progress']);

    await expect(meetings.step(created.id, approved.revision, { step: 'amend', reason: '' })).rejects.toBeInstanceOf(LifecycleStepError);
    const amended = await meetings.step(created.id, approved.revision, { step: 'amend', reason: 'Ergänzung TOP 1' });
    expect(amended.status).toBe('held');
    await agenda.update(item.id, item.revision, { title: 'Bericht', minutes: 'Alles gut, ergänzt' });
    expect((await meetings.get(created.id))?.items[0]?.minutes).toBe('Alles gut, ergänzt');
  });

  it('applies successive attendance changes, each on the revision the one before gave; an older base is refused', async () => {
    const { meetings, police } = await setup();
    const created = await meetings.create(plan(), { ...options, invitedPartnerIds: [police.id] });
    const [kim, deniz] = created.attendees;
    const first = await meetings.updateAttendee(created.id, created.revision, kim!.id, { attendance: 'present' });
    await meetings.updateAttendee(created.id, first.revision, deniz!.id, { attendance: 'apologies', note: 'Elternabend' });
    // Another window still showing the meeting as created: refused, not a silent revert.
    await expect(meetings.updateAttendee(created.id, created.revision, kim!.id, { attendance: 'absent' })).rejects.toBeInstanceOf(StaleRevisionError);
    const attendees = (await meetings.get(created.id))!.meeting.attendees;
    expect(attendees.map((a) => [a.name, a.attendance, a.note])).toEqual([
      ['Kim Probe', 'present', ''],
      ['Deniz Vorlage', 'apologies', 'Elternabend'],
    ]);
  });

  it("refuses a planning form saved from an old revision: the other window's change stays", async () => {
    const { meetings } = await setup();
    const created = await meetings.create(plan(), options);
    await meetings.updateDetails(created.id, created.revision, plan({ location: 'Rathaus, Raum 101' }));
    await expect(meetings.updateDetails(created.id, created.revision, plan({ title: 'Netzwerktreffen März' }))).rejects.toBeInstanceOf(StaleRevisionError);
    expect((await meetings.get(created.id))?.meeting).toMatchObject({ title: 'Netzwerktreffen', location: 'Rathaus, Raum 101', revision: 2 });
  });

  it('audits the meeting, its lifecycle, attendance, agenda and actions', async () => {
    const { meetings, agenda, actions, police } = await setup();
    const audit = createAuditRepository(db);
    const created = await meetings.create(plan(), { ...options, invitedPartnerIds: [police.id] });
    const withKim = await meetings.updateAttendee(created.id, created.revision, created.attendees[0]!.id, { attendance: 'present' });
    const item = await agenda.add(created.id, { title: 'Bericht' });
    const action = await actions.add(item.id, { text: 'Bericht verteilen', ownerPartnerId: police.id });
    await actions.setStatus(action.id, action.revision, 'done');
    const held = await meetings.step(created.id, withKim.revision, { step: 'hold' });
    const approved = await meetings.step(created.id, held.revision, { step: 'approve' });
    await meetings.step(created.id, approved.revision, { step: 'circulate', to: 'Alle Mitglieder', on: '2026-03-06', variant: 'full' });
    const entries = await audit.listFor(created.id);
    expect(entries.map((entry) => [entry.entity, entry.action])).toEqual([
      ['meeting', 'create'],
      ['meeting', 'attendance'],
      ['agendaItem', 'create'],
      ['action', 'create'],
      ['action', 'status'],
      ['meeting', 'status'],
      ['meeting', 'status'],
      ['meeting', 'status'],
    ]);
    expect(entries[6]!.changes).toContainEqual({ field: 'status', old: 'held', new: 'approved' });
    expect(await audit.verify()).toMatchObject({ chain: { ok: true }, unaudited: [] });
  });

  it('reorders agenda items and removes an item with its actions', async () => {
    const { meetings, agenda, actions, police } = await setup();
    const created = await meetings.create(plan(), options);
    const a = await agenda.add(created.id, { title: 'A' });
    const b = await agenda.add(created.id, { title: 'B' });
    const c = await agenda.add(created.id, { title: 'C' });
    await agenda.move(c.id, c.revision, -1);
    await agenda.move(a.id, a.revision, -1); // already first: nothing changes
    expect((await meetings.get(created.id))?.items.map((i) => i.title)).toEqual(['A', 'C', 'B']);
    await actions.add(b.id, { text: 'x', ownerPartnerId: police.id });
    // Moving C past B moved B too: its page shows the new revision.
    await expect(agenda.remove(b.id, b.revision)).rejects.toBeInstanceOf(StaleRevisionError);
    const shown = (await meetings.get(created.id))!.items.find((i) => i.id === b.id)!;
    await agenda.remove(b.id, shown.revision);
    const bundle = await meetings.get(created.id);
    expect(bundle?.items.map((i) => i.title)).toEqual(['A', 'C']);
    expect(bundle?.actions).toEqual([]);
  });

  it('rejects an action whose contact belongs to another partner, and stores nothing', async () => {
    const { meetings, agenda, actions, police, school } = await setup();
    const created = await meetings.create(plan(), options);
    const item = await agenda.add(created.id, { title: 'A' });
    const policeContact = (await db.contacts.where('partnerId').equals(police.id).first())!;
    await expect(actions.add(item.id, { text: 'x', ownerPartnerId: school.id, ownerContactId: policeContact.id })).rejects.toThrow();
    expect(await db.actions.count()).toBe(0);
  });

  it('creates nothing when a part of a new meeting fails', async () => {
    const { meetings } = await setup();
    db.agendaItems.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    db.meetings.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(meetings.create(plan({ newSeriesName: 'Reihe' }), options)).rejects.toBeInstanceOf(StorageError);
    expect(await db.meetingSeries.count()).toBe(0);
    expect(await db.meetings.count()).toBe(0);
  });
});
