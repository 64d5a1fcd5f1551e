/**
 * Records → search documents: what of each record is searched and what its result shows.
 * Cases give their case code only: nothing of a case's personal text enters the index.
 */
import type { SearchableRecords, SearchableTable } from '../storage';
import type { SearchDocument, SearchKind } from './search-types';

export const kindOfTable: Record<SearchableTable, SearchKind> = {
  partners: 'partner',
  contacts: 'contact',
  meetings: 'meeting',
  agendaItems: 'agendaItem',
  actions: 'action',
  agreements: 'agreement',
  referrals: 'referral',
};

export function documentId(table: SearchableTable, recordId: string): string {
  return `${kindOfTable[table]}:${recordId}`;
}

const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n');

function base(table: SearchableTable, id: string): Omit<SearchDocument, 'title' | 'text'> {
  return { id: documentId(table, id), kind: kindOfTable[table], recordId: id, parentId: null, partnerId: null, when: null, timeZone: null, status: null };
}

const makers: { [T in SearchableTable]: (record: SearchableRecords[T]) => SearchDocument } = {
  partners: (partner) => ({
    ...base('partners', partner.id),
    title: joined(partner.name, partner.shortName),
    text: joined(partner.role, partner.notes),
    status: partner.status,
  }),
  contacts: (contact) => ({
    ...base('contacts', contact.id),
    title: contact.name,
    text: joined(contact.role, contact.email, contact.notes),
    parentId: contact.partnerId,
  }),
  meetings: (meeting) => ({
    ...base('meetings', meeting.id),
    title: meeting.title,
    text: joined(meeting.location, meeting.chair, meeting.minuteTaker),
    when: meeting.startsAt,
    timeZone: meeting.timeZone,
  }),
  agendaItems: (item) => ({
    ...base('agendaItems', item.id),
    title: item.title,
    text: joined(item.presenter, item.minutes, ...item.decisions.map((decision) => decision.text)),
    parentId: item.meetingId,
  }),
  actions: (action) => ({
    ...base('actions', action.id),
    title: action.text,
    text: '',
    parentId: action.meetingId,
    partnerId: action.ownerPartnerId,
    when: action.dueDate || null,
    status: action.status,
  }),
  // No status: an agreement's dates overrule its stored status (expired, review overdue).
  agreements: (agreement) => ({ ...base('agreements', agreement.id), title: agreement.title, text: agreement.purpose }),
  referrals: (referral) => ({ ...base('referrals', referral.id), title: referral.caseCode, text: '' }),
};

/** The document of one record. */
export function searchDocument<T extends SearchableTable>(table: T, record: SearchableRecords[T]): SearchDocument {
  return makers[table](record);
}
