import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingInput } from '../../../renderer/src/domain/meeting';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { StaleRevisionError } from '../../../renderer/src/storage/errors';
import { createAgendaRepository } from '../../../renderer/src/storage/repositories/agenda';
import { createMeetingSeriesRepository } from '../../../renderer/src/storage/repositories/meeting-series';
import { createMeetingRepository } from '../../../renderer/src/storage/repositories/meetings';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { freshDb, seedRecords, testUser } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

const options = { invitedPartnerIds: [] as string[], mattersArisingTitle: 'Offene Punkte', representativeName: 'Vertretung' };
const plan = (overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  title: 'Netzwerktreffen',
  type: 'network',
  startsAt: '2026-03-05T14:00',
  endsAt: '2026-03-05T16:00',
  confidentiality: 'internal',
  ...overrides,
});
const standing = (title: string, plannedMinutes: number | null = null) => ({
  id: crypto.randomUUID(),
  title,
  presenter: '',
  plannedMinutes,
  confidential: false,
  caseDiscussion: false,
});

async function setup() {
  db = freshDb();
  const clock = () => new Date('2026-03-01T10:00:00.000Z');
  const partners = createPartnerRepository(db, clock);
  const police = await partners.create({ ...blankPartnerInput(), name: 'Polizei', sector: 'police', contacts: [{ name: 'Kim Probe' }] });
  const school = await partners.create({ ...blankPartnerInput(), name: 'Schule', sector: 'school' });
  const meetings = createMeetingRepository(db, clock);
  const first = await meetings.create(plan({ newSeriesName: 'Runder Tisch', location: 'Rathaus', chair: 'Alex Vorsitz', minuteTaker: 'Sam Protokoll' }), {
    ...options,
    invitedPartnerIds: [police.id, school.id],
  });
  return {
    police,
    school,
    meetings,
    first,
    seriesId: first.seriesId!,
    series: createMeetingSeriesRepository(db, clock),
    agenda: createAgendaRepository(db, clock),
    audit: createAuditRepository(db),
  };
}

describe('meeting series', () => {
  it('gives a new meeting the defaults of the series’ latest meeting, and none for a series without meetings', async () => {
    const { meetings, series, seriesId, police } = await setup();
    // Planned later, created earlier or later: the latest start counts.
    await meetings.create(plan({ seriesId, startsAt: '2026-05-07T14:00', endsAt: '2026-05-07T16:00', location: 'Schule, Aula', chair: 'Kim' }), {
      ...options,
      invitedPartnerIds: [police.id],
    });
    await meetings.create(plan({ seriesId, startsAt: '2026-04-02T14:00', endsAt: '2026-04-02T16:00', location: 'Jugendhaus' }), options);
    expect(await series.defaultsFor(seriesId)).toMatchObject({
      fromMeeting: { title: 'Netzwerktreffen' },
      invitedPartnerIds: [police.id],
      location: 'Schule, Aula',
      chair: 'Kim',
      minuteTaker: '',
    });
    const other = await meetings.create(plan({ newSeriesName: 'Fallkonferenz' }), options);
    await db.table('meetings').where('seriesId').equals(other.seriesId!).modify({ seriesId: null });
    expect(await series.defaultsFor(other.seriesId!)).toBeNull();
  });

  it('gives a new meeting the series’ standing items after matters arising, each audited, in one transaction with it', async () => {
    const { meetings, series, seriesId, audit } = await setup();
    const withTemplate = await series.setTemplate(seriesId, 1, [standing('Berichte aus den Partnerorganisationen', 20), standing('Termine')]);
    expect(withTemplate.agendaTemplate?.map((item) => item.title)).toEqual(['Berichte aus den Partnerorganisationen', 'Termine']);
    expect((await audit.listFor(seriesId)).at(-1)).toMatchObject({ action: 'update', actorName: testUser.name });

    const next = await meetings.create(plan({ seriesId, startsAt: '2026-04-02T14:00', endsAt: '2026-04-02T16:00' }), options);
    const items = (await meetings.get(next.id))!.items;
    expect(items.map((item) => [item.position, item.kind, item.title, item.plannedMinutes])).toEqual([
      [0, 'matters_arising', 'Offene Punkte', null],
      [1, 'regular', 'Berichte aus den Partnerorganisationen', 20],
      [2, 'regular', 'Termine', null],
    ]);
    const entries = await audit.listFor(next.id);
    expect(entries.filter((entry) => entry.entity === 'agendaItem' && entry.action === 'create')).toHaveLength(3);

    // A meeting outside the series gets nothing.
    const oneOff = await meetings.create(plan({ title: 'Einzeltermin' }), options);
    expect((await meetings.get(oneOff.id))!.items).toEqual([]);
  });

  it('stores no meeting when its standing items cannot be stored', async () => {
    const { meetings, series, seriesId } = await setup();
    const stored = (await series.get(seriesId))!;
    // A template that no longer passes the item rules (written around the store, as by an old version).
    await seedRecords(db, 'meetingSeries', [{ ...stored, agendaTemplate: [{ ...standing('Termine'), title: 'x'.repeat(10_000) }] } as never]);
    const before = (await meetings.list()).length;
    await expect(meetings.create(plan({ seriesId, title: 'Nicht gespeichert' }), options)).rejects.toThrow();
    expect((await meetings.list()).length).toBe(before);
  });

  it('refuses a template without titles or from an old revision, and keeps what was stored', async () => {
    const { series, seriesId } = await setup();
    expect(() => series.setTemplate(seriesId, 1, [standing('  ')])).toThrow();
    const saved = await series.setTemplate(seriesId, 1, [standing('Termine')]);
    await expect(series.setTemplate(seriesId, 1, [standing('Anderes')])).rejects.toBeInstanceOf(StaleRevisionError);
    expect((await series.get(seriesId))?.agendaTemplate?.map((item) => item.title)).toEqual(['Termine']);
    expect(saved.revision).toBe(2);
  });

  it('makes the template from a meeting’s agenda', async () => {
    const { meetings, series, seriesId, agenda, first } = await setup();
    await agenda.add(first.id, { title: 'Lagebild', presenter: 'Polizei', plannedMinutes: '15', minutes: 'Nur in diesem Protokoll' });
    await agenda.add(first.id, { title: 'Fallbesprechung', caseDiscussion: true, confidential: true });
    const saved = await series.templateFromMeeting(seriesId, 1, first.id);
    expect(saved.agendaTemplate?.map(({ title, presenter, plannedMinutes, caseDiscussion }) => [title, presenter, plannedMinutes, caseDiscussion])).toEqual([
      ['Lagebild', 'Polizei', 15, false],
      ['Fallbesprechung', '', null, true],
    ]);
    expect((await series.meetingsOf(seriesId)).map((meeting) => meeting.id)).toEqual([first.id]);
    const next = await meetings.create(plan({ seriesId, startsAt: '2026-04-02T14:00', endsAt: '2026-04-02T16:00' }), options);
    expect((await meetings.get(next.id))!.items.map((item) => [item.title, item.minutes])).toEqual([
      ['Offene Punkte', ''],
      ['Lagebild', ''],
      ['Fallbesprechung', ''],
    ]);
  });
});

describe('approving minutes', () => {
  it('records who approved, in the meeting and in the audit entry; an amendment clears it', async () => {
    const { meetings, first, audit } = await setup();
    const held = await meetings.step(first.id, first.revision, { step: 'hold' });
    const approved = await meetings.step(first.id, held.revision, { step: 'approve' });
    expect(approved.approvedBy).toEqual(testUser);
    expect((await meetings.get(first.id))?.meeting.approvedBy).toEqual(testUser);
    const entry = (await audit.listFor(first.id)).at(-1)!;
    expect(entry).toMatchObject({ action: 'status', actorName: testUser.name, actorOrganisation: testUser.organisation });
    expect(entry.changes).toContainEqual({ field: 'approvedBy', old: null, new: testUser });
    const amended = await meetings.step(first.id, approved.revision, { step: 'amend', reason: 'Ergänzung' });
    expect(amended.approvedBy).toBeNull();
  });

  it('keeps minutes approved before approvers were recorded readable', async () => {
    const { meetings, first } = await setup();
    const stored = (await meetings.get(first.id))!.meeting;
    const { approvedBy: _none, ...old } = { ...stored, status: 'approved' as const, approvedAt: '2026-03-06T09:00:00.000Z' };
    await seedRecords(db, 'meetings', [old]);
    expect((await meetings.get(first.id))?.meeting).toMatchObject({ status: 'approved', approvedAt: '2026-03-06T09:00:00.000Z' });
    const amended = await meetings.step(first.id, stored.revision, { step: 'amend', reason: 'Ergänzung' });
    expect(amended.status).toBe('held');
  });
});
