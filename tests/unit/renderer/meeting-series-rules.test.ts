import { describe, expect, it } from 'vitest';
import type { AgendaItem, Attendee, Meeting } from '../../../renderer/src/domain/meeting';
import { amendmentAfter, applyStep, isCurrentTextCirculated } from '../../../renderer/src/domain/meeting-lifecycle';
import {
  agendaTemplateSchema,
  applySeriesDefaults,
  seriesDefaultsFrom,
  templateFromAgenda,
  type PrefillValues,
} from '../../../renderer/src/domain/meeting-series';
import { endAfterStartMoved, isBeforeStart } from '../../../renderer/src/domain/meeting-times';

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    deletedAt: null,
    revision: 1,
    title: 'Netzwerktreffen März',
    type: 'network',
    seriesId: 's1',
    startsAt: '2026-03-05T13:00:00.000Z',
    endsAt: '2026-03-05T15:00:00.000Z',
    timeZone: 'Europe/Berlin',
    location: 'Rathaus, Raum 2',
    onlineLink: '',
    chair: 'Alex Vorsitz',
    minuteTaker: 'Sam Protokoll',
    confidentiality: 'internal',
    status: 'planned',
    attendees: [],
    approvedAt: null,
    circulations: [],
    amendments: [],
    ...overrides,
  };
}

const attendee = (partnerId: string | null, name: string): Attendee => ({
  id: name,
  partnerId,
  contactId: null,
  name,
  organisation: '',
  attendance: 'invited',
  note: '',
});

describe('a new meeting in a series takes over from the last one', () => {
  it('takes its invited partners (each once, guests left out), place, chair and minute-taker', () => {
    const last = meeting({ attendees: [attendee('police', 'Kim'), attendee('police', 'Deniz'), attendee(null, 'Gast'), attendee('school', 'Robin')] });
    expect(seriesDefaultsFrom(last)).toEqual({
      fromMeeting: { id: 'm1', title: 'Netzwerktreffen März', startsAt: '2026-03-05T13:00:00.000Z', timeZone: 'Europe/Berlin' },
      invitedPartnerIds: ['police', 'school'],
      location: 'Rathaus, Raum 2',
      onlineLink: '',
      chair: 'Alex Vorsitz',
      minuteTaker: 'Sam Protokoll',
    });
  });

  const empty: PrefillValues = { location: '', onlineLink: '', chair: '', minuteTaker: '', invitedPartnerIds: [] };
  const seriesA: PrefillValues = { location: 'Rathaus', onlineLink: '', chair: 'Alex', minuteTaker: 'Sam', invitedPartnerIds: ['police'] };
  const seriesB: PrefillValues = {
    location: 'Schule',
    onlineLink: 'https://meet.example.org/b',
    chair: 'Kim',
    minuteTaker: 'Robin',
    invitedPartnerIds: ['school'],
  };

  it('fills empty fields, and replaces what an earlier series choice filled in', () => {
    const afterA = applySeriesDefaults(empty, null, seriesA);
    expect(afterA).toEqual(seriesA);
    expect(applySeriesDefaults(afterA, seriesA, seriesB)).toEqual(seriesB);
  });

  it('keeps what the coordinator wrote themselves', () => {
    const typed = { ...seriesA, chair: 'Eigene Leitung', invitedPartnerIds: ['police', 'youth'] };
    expect(applySeriesDefaults(typed, seriesA, seriesB)).toEqual({ ...seriesB, chair: 'Eigene Leitung', invitedPartnerIds: ['police', 'youth'] });
    expect(applySeriesDefaults({ ...empty, location: 'Bibliothek' }, null, seriesA)).toEqual({ ...seriesA, location: 'Bibliothek' });
  });
});

describe('agenda templates', () => {
  const item = (position: number, title: string, overrides: Partial<AgendaItem> = {}): AgendaItem => ({
    id: `i${position}`,
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    revision: 1,
    meetingId: 'm1',
    position,
    kind: 'regular',
    title,
    presenter: '',
    plannedMinutes: null,
    confidential: false,
    caseDiscussion: false,
    minutes: 'Protokolltext, der nicht in die Vorlage gehört',
    decisions: [{ id: 'd', text: 'Beschluss' }],
    arisingActionIds: [],
    ...overrides,
  });

  it('are made from a meeting’s own items in their order, without minutes, decisions or matters arising', () => {
    let n = 0;
    const template = templateFromAgenda(
      [
        item(2, 'Fallbesprechung', { caseDiscussion: true, confidential: true, plannedMinutes: 30 }),
        item(0, 'Offene Punkte', { kind: 'matters_arising' }),
        item(1, 'Berichte aus den Partnerorganisationen', { presenter: 'Alle', plannedMinutes: 20 }),
      ],
      () => `t${++n}`,
    );
    expect(template).toEqual([
      { id: 't1', title: 'Berichte aus den Partnerorganisationen', presenter: 'Alle', plannedMinutes: 20, confidential: false, caseDiscussion: false },
      { id: 't2', title: 'Fallbesprechung', presenter: '', plannedMinutes: 30, confidential: true, caseDiscussion: true },
    ]);
  });

  it('need a title for every item and refuse more than 30', () => {
    const standing = { id: 'a', title: 'Termine', presenter: '', plannedMinutes: '10', confidential: false, caseDiscussion: false };
    expect(agendaTemplateSchema.parse([standing])).toEqual([{ ...standing, plannedMinutes: 10 }]);
    expect(agendaTemplateSchema.safeParse([{ ...standing, title: '  ' }]).success).toBe(false);
    expect(agendaTemplateSchema.safeParse(Array.from({ length: 31 }, (_, i) => ({ ...standing, id: `a${i}` }))).success).toBe(false);
  });
});

describe('meeting times', () => {
  it('moving the start moves the end by as much, keeping the duration on the wall clock', () => {
    expect(endAfterStartMoved('2026-03-05T14:00', '2026-03-12T09:30', '2026-03-05T16:00')).toBe('2026-03-12T11:30');
    // Across midnight and a month's end.
    expect(endAfterStartMoved('2026-03-05T14:00', '2026-03-31T23:00', '2026-03-05T16:15')).toBe('2026-04-01T01:15');
    // Across the spring change in Europe and America: still two hours on the clock.
    expect(endAfterStartMoved('2026-03-05T14:00', '2026-03-29T01:00', '2026-03-05T16:00')).toBe('2026-03-29T03:00');
  });

  it('leaves the end alone when there is no duration to keep', () => {
    expect(endAfterStartMoved('2026-03-05T14:00', '2026-03-0', '2026-03-05T16:00')).toBeNull();
    expect(endAfterStartMoved('', '2026-03-06T14:00', '2026-03-05T16:00')).toBeNull();
    expect(endAfterStartMoved('2026-03-05T14:00', '2026-03-06T14:00', '2026-03-05T13:00')).toBeNull();
  });

  it('knows when marking a meeting held comes before its start', () => {
    const planned = meeting({ startsAt: '2026-03-05T13:00:00.000Z' });
    expect(isBeforeStart(planned, new Date('2026-03-05T12:59:00.000Z'))).toBe(true);
    expect(isBeforeStart(planned, new Date('2026-03-05T13:00:00.000Z'))).toBe(false);
  });
});

describe('approval and circulation', () => {
  const approver = { name: 'Toni Exempel', organisation: 'Präventionsstelle' };

  it('approving records who approved; an amendment clears it with the approval', () => {
    const approved = applyStep(meeting({ status: 'held' }), { step: 'approve', by: approver }, new Date('2026-03-06T09:00:00.000Z'));
    expect(approved).toEqual({ ok: true, meeting: expect.objectContaining({ approvedBy: approver, approvedAt: '2026-03-06T09:00:00.000Z' }) });
    if (!approved.ok) return;
    const amended = applyStep(approved.meeting, { step: 'amend', reason: 'Name korrigiert' }, new Date('2026-03-07T09:00:00.000Z'));
    expect(amended).toEqual({ ok: true, meeting: expect.objectContaining({ approvedBy: null, approvedAt: null }) });
  });

  it('a circulation sent before an amendment is out of date until the amended minutes go out again', () => {
    let current = meeting({ status: 'approved', approvedAt: '2026-03-06T09:00:00.000Z', approvedBy: approver });
    const step = (params: Parameters<typeof applyStep>[1], at: string) => {
      const result = applyStep(current, params, new Date(at), () => `id-${at}`);
      if (!result.ok) throw new Error(result.error);
      current = result.meeting;
    };
    step({ step: 'circulate', to: 'Alle Mitglieder', on: '2026-03-06', variant: 'circulation' }, '2026-03-06T10:00:00.000Z');
    expect(amendmentAfter(current, current.circulations[0]!)).toBeNull();
    step({ step: 'amend', reason: 'Name korrigiert' }, '2026-03-06T11:00:00.000Z');
    expect(amendmentAfter(current, current.circulations[0]!)).toMatchObject({ reason: 'Name korrigiert' });
    expect(isCurrentTextCirculated(current)).toBe(false);
    step({ step: 'approve', by: approver }, '2026-03-06T12:00:00.000Z');
    // The same day, later: the new circulation is current, the first stays out of date.
    step({ step: 'circulate', to: 'Alle Mitglieder', on: '2026-03-06', variant: 'circulation' }, '2026-03-06T13:00:00.000Z');
    expect(current.circulations.map((circulation) => amendmentAfter(current, circulation)?.reason ?? null)).toEqual(['Name korrigiert', null]);
    expect(isCurrentTextCirculated(current)).toBe(true);
  });

  it('judges a circulation recorded before the recording time was kept by its date', () => {
    const old = meeting({
      status: 'held',
      circulations: [{ id: 'c', to: 'Alle', on: '2026-03-06', variant: 'full' }],
      amendments: [{ id: 'a', at: '2026-03-09T08:00:00.000Z', reason: 'Ergänzung' }],
    });
    expect(amendmentAfter(old, old.circulations[0]!)?.id).toBe('a');
    expect(amendmentAfter({ amendments: old.amendments }, { id: 'c', to: 'Alle', on: '2026-03-10', variant: 'full' })).toBeNull();
  });
});
