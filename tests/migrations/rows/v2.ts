import { changed, created, ids } from './ids';

/** Version 2: meetings, their series, agenda items and actions. */
export const meetingSeries = [{ id: ids.series, name: 'Monatliches Netzwerktreffen', createdAt: created, updatedAt: created, deletedAt: null }];

export const meetings = [
  {
    id: ids.meeting,
    title: 'Netzwerktreffen März',
    type: 'network',
    seriesId: ids.series,
    startsAt: '2026-03-05T14:00',
    endsAt: '2026-03-05T16:00',
    location: 'Rathaus, Raum 2.14',
    onlineLink: 'https://meet.example.org/runder-tisch',
    chair: 'Erika Beispiel',
    minuteTaker: 'Jonas Muster',
    confidentiality: 'confidential',
    status: 'approved',
    attendees: [
      { id: 'att-1', partnerId: ids.cityCouncil, contactId: ids.erika, name: 'Erika Beispiel', organisation: '', attendance: 'present', note: '' },
      { id: 'att-2', partnerId: ids.police, contactId: ids.kim, name: 'Kim Probe', organisation: '', attendance: 'apologies', note: 'Dienstreise' },
      { id: 'att-3', partnerId: null, contactId: null, name: 'Gast Beispiel', organisation: 'Landesdemokratiezentrum', attendance: 'present', note: '' },
    ],
    approvedAt: '2026-03-06T08:00:00.000Z',
    circulations: [{ id: 'circ-1', to: 'Alle Mitglieder', on: '2026-03-07', variant: 'circulation' }],
    amendments: [{ id: 'amend-1', at: '2026-03-08T10:00:00.000Z', reason: 'Tippfehler im Beschluss korrigiert' }],
    createdAt: created,
    updatedAt: changed,
    deletedAt: null,
  },
];

export const agendaItems = [
  {
    id: ids.agendaCase,
    meetingId: ids.meeting,
    position: 1,
    kind: 'regular',
    title: 'Fallbesprechung RT-2026-0001',
    presenter: 'Kim Probe',
    plannedMinutes: 20,
    confidential: true,
    caseDiscussion: true,
    minutes: '**Vertraulich.** Lage stabil; *nächster Schritt*: Gespräch mit der Schule.\n\n<script>alert(1)</script>',
    decisions: [{ id: 'dec-1', text: 'Fall bleibt in der Fallkonferenz.' }],
    arisingActionIds: [],
    createdAt: created,
    updatedAt: changed,
    deletedAt: null,
  },
  {
    id: ids.agendaRegular,
    meetingId: ids.meeting,
    position: 0,
    kind: 'matters_arising',
    title: 'Offene Punkte aus früheren Sitzungen',
    presenter: '',
    plannedMinutes: null,
    confidential: false,
    caseDiscussion: false,
    minutes: '',
    decisions: [],
    arisingActionIds: [ids.action],
    createdAt: created,
    updatedAt: created,
    deletedAt: null,
  },
];

export const actions = [
  {
    id: ids.action,
    meetingId: ids.meeting,
    agendaItemId: ids.agendaCase,
    text: 'Kontakt zur Schulsozialarbeit aufnehmen',
    ownerPartnerId: ids.police,
    ownerContactId: ids.kim,
    dueDate: '2026-03-20',
    status: 'in_progress',
    history: [
      { at: '2026-03-05T15:10:00.000Z', status: 'open' },
      { at: '2026-03-09T09:00:00.000Z', status: 'in_progress' },
    ],
    createdAt: created,
    updatedAt: changed,
    deletedAt: null,
  },
];
