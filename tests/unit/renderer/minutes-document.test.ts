import { describe, expect, it } from 'vitest';
import type { ActionItem, AgendaItem, Meeting } from '../../../renderer/src/domain/meeting';
import { buildMinutesDocument, type MinutesSource } from '../../../renderer/src/domain/minutes-document';
import type { Partner } from '../../../renderer/src/domain/partner';

const meta = { createdAt: '', updatedAt: '', deletedAt: null, revision: 1 };
const meeting: Meeting = {
  ...meta,
  id: 'm',
  title: 'Fallkonferenz',
  type: 'case_panel',
  seriesId: null,
  startsAt: '2026-03-05T13:00:00.000Z',
  endsAt: '2026-03-05T15:00:00.000Z',
  timeZone: 'Europe/Berlin',
  location: '',
  onlineLink: '',
  chair: '',
  minuteTaker: '',
  confidentiality: 'confidential',
  status: 'held',
  approvedAt: null,
  circulations: [],
  amendments: [],
  attendees: [
    { id: 'a1', partnerId: 'p', contactId: null, name: 'Kim', organisation: '', attendance: 'present', note: '' },
    { id: 'a2', partnerId: null, contactId: null, name: 'Gast', organisation: '', attendance: 'apologies', note: 'krank' },
  ],
};
const item = (id: string, position: number, overrides: Partial<AgendaItem>): AgendaItem => ({
  ...meta,
  id,
  meetingId: 'm',
  position,
  kind: 'regular',
  title: id,
  presenter: '',
  plannedMinutes: null,
  confidential: false,
  caseDiscussion: false,
  minutes: `notes of ${id}`,
  decisions: [{ id: `${id}-d`, text: `decision of ${id}` }],
  arisingActionIds: [],
  ...overrides,
});
const action = (id: string, agendaItemId: string): ActionItem => ({
  ...meta,
  id,
  meetingId: 'm',
  agendaItemId,
  text: `action of ${agendaItemId}`,
  ownerPartnerId: 'p',
  ownerContactId: null,
  dueDate: '',
  status: 'open',
  history: [],
});
const partner = {
  ...meta,
  id: 'p',
  name: 'Polizeipräsidium',
  shortName: 'Polizei',
  sector: 'police',
  status: 'active',
  role: '',
  joinedOn: '',
  notes: '',
} as Partner;

const source = (variant: MinutesSource['variant']): MinutesSource => ({
  networkName: 'Runder Tisch',
  meeting,
  series: null,
  partners: [partner],
  contacts: [],
  arisingActions: [],
  arisingMeetings: [],
  variant,
  collator: new Intl.Collator('de'),
  guestOrganisation: 'Gäste',
  items: [item('open', 0, {}), item('secret', 1, { confidential: true }), item('case', 2, { caseDiscussion: true }), item('gone', 3, { deletedAt: 'x' })],
  actions: [action('a-open', 'open'), action('a-secret', 'secret'), action('a-case', 'case')],
});

describe('minutes document', () => {
  it('keeps everything for attendees, numbered in agenda order, removed items excluded', () => {
    const doc = buildMinutesDocument(source('full'));
    expect(doc.items.map((i) => [i.number, i.title, i.minutes])).toEqual([
      [1, 'open', 'notes of open'],
      [2, 'secret', 'notes of secret'],
      [3, 'case', 'notes of case'],
    ]);
    expect(doc.actions.map((a) => [a.text, a.owner, a.itemNumber])).toEqual([
      ['action of open', 'Polizei', 1],
      ['action of secret', 'Polizei', 2],
      ['action of case', 'Polizei', 3],
    ]);
    expect(doc.draft).toBe(true);
    expect(doc.omitted).toEqual({ confidentialItems: 0, withheldNotes: 0 });
  });

  it('for wider circulation leaves out confidential items and case notes entirely, and counts them', () => {
    const doc = buildMinutesDocument(source('circulation'));
    const text = JSON.stringify(doc);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('notes of case');
    expect(text).not.toContain('decision of case');
    expect(text).not.toContain('action of case');
    expect(doc.items.map((i) => [i.number, i.title, i.notesWithheld])).toEqual([
      [1, 'open', false],
      [2, 'case', true],
    ]);
    expect(doc.omitted).toEqual({ confidentialItems: 1, withheldNotes: 1 });
    // a reason for apologies ("krank") is personal: not for a wider audience
    expect(text).not.toContain('krank');
  });

  it('groups attendance by organisation, guests under the given word', () => {
    const doc = buildMinutesDocument(source('full'));
    expect(doc.attendance.map((g) => [g.organisation, g.present.map((p) => p.name), g.apologies.map((p) => `${p.name} (${p.note})`)])).toEqual([
      ['Gäste', [], ['Gast (krank)']],
      ['Polizeipräsidium', ['Kim'], []],
    ]);
  });
});
