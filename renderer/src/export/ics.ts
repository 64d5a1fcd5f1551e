/**
 * Calendar files (iCalendar, RFC 5545): the meeting as an event to put in partners'
 * calendars, and the actions' due dates as all-day events. Written by the `ics` library,
 * which escapes text and folds lines; meeting times go out as UTC instants, so no VTIMEZONE
 * is needed and every calendar shows them in its reader's zone.
 */
import type { Attendee, EventAttributes } from 'ics';
import type { AttendanceGroup, MinutesDocument } from '../domain/minutes-document';
import type { Confidentiality } from '../domain/meeting';
import type { Language } from '../i18n/language';
import { calendar, dateArray, icsName, icsText, nextDay, utcDateTimeArray } from './ics-format';
import { exportTranslator } from './labels';

export interface CalendarOptions {
  /** The moment of export (DTSTAMP). */
  now: Date;
}

export interface CalendarAction {
  id: string;
  text: string;
  owner: string;
  dueDate: string;
  meetingTitle: string;
}

const productId = (language: Language) => `-//Roundtable//Roundtable//${language.toUpperCase()}`;

/** An event's UID: the same record gives the same UID, so re-importing updates, not duplicates. */
const uidOf = (kind: string, id: string) => `${kind}-${id}@roundtable`;

const classification: Record<Confidentiality, string> = { public: 'PUBLIC', internal: 'PRIVATE', confidential: 'CONFIDENTIAL' };

const participation = {
  present: 'ACCEPTED',
  apologies: 'DECLINED',
  absent: 'NEEDS-ACTION',
  invited: 'NEEDS-ACTION',
} as const satisfies Record<Exclude<keyof AttendanceGroup, 'organisation'>, Attendee['partstat']>;

function attendees(groups: AttendanceGroup[]): Attendee[] {
  const seen = new Set<string>();
  const result: Attendee[] = [];
  for (const group of groups) {
    for (const bucket of ['present', 'invited', 'apologies', 'absent'] as const) {
      for (const person of group[bucket]) {
        const email = person.email.trim();
        if (!email || seen.has(email.toLowerCase())) continue;
        seen.add(email.toLowerCase());
        result.push({ name: icsName(person.name), email, role: 'REQ-PARTICIPANT', partstat: participation[bucket], rsvp: false });
      }
    }
  }
  return result;
}

/** The meeting as one calendar event, its description listing the agenda of this document. */
export function meetingToIcs(doc: MinutesDocument, language: Language, options: CalendarOptions): string {
  const l = exportTranslator(language);
  const { meeting } = doc;
  const context = [doc.networkName, meeting.seriesName].filter((part) => part.trim()).join(' – ');
  const agenda = doc.items.map((item) => l.t('item.agendaEntry', { number: item.number, title: item.title }));
  const description = [context, meeting.onlineLink, agenda.length > 0 ? `${l.t('calendar.agenda')}:\n${agenda.join('\n')}` : '']
    .filter((part) => part.trim())
    .join('\n\n');
  const people = attendees(doc.attendance);
  const event: EventAttributes = {
    uid: uidOf('meeting', meeting.id),
    // Calendars replace an imported event by a later one with the same UID and a higher
    // SEQUENCE: the record's revision counts every change, the first export being 0.
    sequence: meeting.revision - 1,
    title: icsText(meeting.title),
    // The stored instants, written as UTC ("…T140000Z"): unambiguous in every calendar, and
    // never read through this computer's zone.
    start: utcDateTimeArray(meeting.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcDateTimeArray(meeting.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
    classification: classification[meeting.confidentiality],
    ...(meeting.location.trim() ? { location: icsText(meeting.location) } : {}),
    ...(meeting.onlineLink.trim() ? { url: meeting.onlineLink.trim() } : {}),
    ...(description ? { description: icsText(description) } : {}),
    ...(people.length > 0 ? { attendees: people } : {}),
  };
  return calendar([{ ...event, timestamp: options.now.getTime() } as EventAttributes], { productId: productId(language) });
}

/** Each action with a due date as an all-day event on that day; actions without one are left out. */
export function actionsToIcs(actions: readonly CalendarAction[], language: Language, options: CalendarOptions): string {
  const l = exportTranslator(language);
  const events = actions.flatMap((action): EventAttributes[] => {
    const due = dateArray(action.dueDate);
    if (!due) return [];
    const description = [
      action.owner.trim() ? l.t('calendar.owner', { owner: action.owner }) : '',
      action.meetingTitle.trim() ? l.t('calendar.meeting', { title: action.meetingTitle }) : '',
    ].filter(Boolean);
    const event: EventAttributes = {
      uid: uidOf('action', action.id),
      title: icsText(l.t('calendar.action', { text: action.text })),
      start: due,
      end: nextDay(due),
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      ...(description.length > 0 ? { description: icsText(description.join('\n')) } : {}),
    };
    return [{ ...event, timestamp: options.now.getTime() } as EventAttributes];
  });
  return calendar(events, { productId: productId(language), calName: icsText(l.t('fileName.actions')) });
}
