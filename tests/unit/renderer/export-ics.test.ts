import { describe, expect, it } from 'vitest';
import { actionsToIcs, meetingToIcs, type CalendarAction } from '../../../renderer/src/export/ics';
import { expected, languages, meetingTitle, minutesDocument, secrets } from '../../fixtures/minutes';

const now = new Date('2026-03-01T10:00:00Z');

/** Content lines with folding undone (RFC 5545, 3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const property = (ics: string, name: string) => unfold(ics).filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

function expectValidCalendar(ics: string) {
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(property(ics, 'PRODID')).toHaveLength(1);
  const encoder = new TextEncoder();
  expect(ics.split('\r\n').filter((line) => encoder.encode(line).length > 75)).toEqual([]);
  expect(unfold(ics).filter((line) => line === 'BEGIN:VEVENT').length).toBe(unfold(ics).filter((line) => line === 'END:VEVENT').length);
}

describe.each(languages)('meeting calendar file (%s)', (language) => {
  const words = expected[language];
  const ics = meetingToIcs(minutesDocument(language, 'circulation'), language, { now });

  it('is one valid event with CRLF lines, folded at 75 octets', () => {
    expectValidCalendar(ics);
    expect(property(ics, 'BEGIN')).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VEVENT']);
    expect(property(ics, 'STATUS')).toEqual(['STATUS:CONFIRMED']);
    expect(property(ics, 'DTSTAMP')).toEqual(['DTSTAMP:20260301T100000Z']);
  });

  it('has start and end as the stored UTC instants (14:30–16:45 in Berlin winter time), whatever this computer’s zone', () => {
    expect(property(ics, 'DTSTART')).toEqual(['DTSTART:20260305T133000Z']);
    expect(property(ics, 'DTEND')).toEqual(['DTEND:20260305T154500Z']);
  });

  it('escapes commas, semicolons and line breaks in text', () => {
    expect(property(ics, 'SUMMARY')).toEqual([`SUMMARY:${meetingTitle}`]);
    expect(property(ics, 'LOCATION')).toEqual(['LOCATION:Rathaus\\, Raum 2.14\\; Eingang B']);
    expect(property(ics, 'URL')).toEqual(['URL:https://meet.example.org/rt?room=42&lang=de']);
    const [description] = property(ics, 'DESCRIPTION');
    expect(description).toContain(`\\n\\n${words.agenda}:\\n`);
    expect(description).toContain(`\\n${words.agendaEntry.replace(/,/g, '\\,').replace(/;/g, '\\;')}`);
  });

  it('lists the agenda of this document only: nothing of the confidential item', () => {
    for (const secret of secrets) expect(ics).not.toContain(secret);
  });

  it('invites everyone with an e-mail address, by name', () => {
    const attendees = property(ics, 'ATTENDEE');
    expect(attendees).toHaveLength(4);
    expect(attendees.find((line) => line.includes('CN="Anna Müller"'))).toMatch(/PARTSTAT="?ACCEPTED"?;.*:mailto:anna\.mueller@example\.org$/);
    expect(attendees.find((line) => line.includes('CN="Ben Fuchs"'))).toMatch(/PARTSTAT="?DECLINED"?;.*:mailto:ben\.fuchs@example\.org$/);
    expect(ics).not.toContain('Lena Groß');
  });

  it('keeps the same UID, so a calendar updates the event instead of adding another', () => {
    const again = meetingToIcs(minutesDocument(language === 'de' ? 'en' : 'de', 'full'), language, { now: new Date() });
    expect(property(ics, 'UID')).toEqual(property(again, 'UID'));
    expect(property(ics, 'UID')[0]).toContain('meeting-2026-03');
  });

  it("numbers each changed version with the record's revision (SEQUENCE), so calendars replace the older one", () => {
    const document = minutesDocument(language, 'full');
    expect(property(meetingToIcs(document, language, { now: new Date() }), 'SEQUENCE')).toEqual(['SEQUENCE:0']);
    const changed = { ...document, meeting: { ...document.meeting, revision: 4 } };
    expect(property(meetingToIcs(changed, language, { now: new Date() }), 'SEQUENCE')).toEqual(['SEQUENCE:3']);
  });
});

describe.each(languages)('actions calendar file (%s)', (language) => {
  const words = expected[language];
  const actions: CalendarAction[] = [
    {
      id: 'a-1',
      text: 'Einladung verschicken, Raum buchen; Catering\nklären',
      owner: 'Anna Müller (JA)',
      dueDate: '2026-04-30',
      meetingTitle: 'Netzwerktreffen März',
    },
    { id: 'a-2', text: 'Ohne Termin', owner: 'Jörg Schäfer', dueDate: '', meetingTitle: 'Netzwerktreffen März' },
    { id: 'a-3', text: 'Flyer drucken', owner: '', dueDate: '2026-12-31', meetingTitle: '' },
  ];
  const ics = actionsToIcs(actions, language, { now });

  it('has an all-day event for each action with a due date, and skips the others', () => {
    expectValidCalendar(ics);
    expect(property(ics, 'UID')).toEqual(['UID:action-a-1@roundtable', 'UID:action-a-3@roundtable']);
    expect(ics).not.toContain('Ohne Termin');
    expect(property(ics, 'DTSTART')).toEqual(['DTSTART;VALUE=DATE:20260430', 'DTSTART;VALUE=DATE:20261231']);
    expect(property(ics, 'DTEND')).toEqual(['DTEND;VALUE=DATE:20260501', 'DTEND;VALUE=DATE:20270101']);
  });

  it('names each event after its action, in the export language, escaped', () => {
    expect(property(ics, 'SUMMARY')).toEqual([
      `SUMMARY:${words.actionPrefix}Einladung verschicken\\, Raum buchen\\; Catering\\nklären`,
      `SUMMARY:${words.actionPrefix}Flyer drucken`,
    ]);
    const owner = language === 'de' ? 'Verantwortlich' : 'Owner';
    const meeting = language === 'de' ? 'Vereinbart in' : 'Agreed at';
    expect(property(ics, 'DESCRIPTION')[0]).toBe(`DESCRIPTION:${owner}: Anna Müller (JA)\\n${meeting}: Netzwerktreffen März`);
  });

  it('is an empty but valid calendar when no action has a due date', () => {
    const empty = actionsToIcs([actions[1]!], language, { now });
    expectValidCalendar(empty);
    expect(empty).not.toContain('BEGIN:VEVENT');
  });
});

describe('meeting calendar times', () => {
  const doc = minutesDocument('en', 'full');
  const at = (startsAt: string, endsAt: string, timeZone: string) =>
    meetingToIcs({ ...doc, meeting: { ...doc.meeting, startsAt, endsAt, timeZone } }, 'en', { now });

  it('writes a Berlin summer meeting, 16:00–18:00, as 14:00–16:00 UTC', () => {
    const ics = at('2026-06-04T14:00:00.000Z', '2026-06-04T16:00:00.000Z', 'Europe/Berlin');
    expect(property(ics, 'DTSTART')).toEqual(['DTSTART:20260604T140000Z']);
    expect(property(ics, 'DTEND')).toEqual(['DTEND:20260604T160000Z']);
  });

  it('keeps a New York evening meeting on the UTC day it falls on', () => {
    const ics = at('2026-06-05T00:00:00.000Z', '2026-06-05T02:00:00.000Z', 'America/New_York');
    expect(property(ics, 'DTSTART')).toEqual(['DTSTART:20260605T000000Z']);
    expect(property(ics, 'DTEND')).toEqual(['DTEND:20260605T020000Z']);
  });
});

describe('calendar errors', () => {
  it('throws a clear error when the calendar cannot be written', () => {
    const doc = minutesDocument('en', 'full');
    const broken = { ...doc, attendance: [{ ...doc.attendance[0]!, present: [{ name: 'X', note: '', email: 'not an address' }] }] };
    expect(() => meetingToIcs(broken, 'en', { now })).toThrow(/calendar/);
    expect(() => meetingToIcs({ ...doc, meeting: { ...doc.meeting, startsAt: '' } }, 'en', { now })).toThrow(Error);
  });
});
