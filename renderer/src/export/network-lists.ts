/**
 * The partner list, its contacts and the action tracker's actions as tables for CSV and
 * XLSX. Column headings and codes' words come in the export language (`words`), so the
 * module stays pure; the headings are ones the import recognises (import/column-mapping.ts),
 * so an exported partner list can be read back.
 */
import type { ActionItem, ActionStatus, Meeting } from '../domain/meeting';
import type { Contact, Partner } from '../domain/partner';
import type { PartnerStatus, SectorCode } from '../domain/sectors';
import { date, text, type ListTable } from './list-table';

export const partnerColumns = ['name', 'shortName', 'sector', 'status', 'role', 'joinedOn', 'notes'] as const;
export const contactColumns = ['partner', 'name', 'role', 'email', 'phone', 'notes'] as const;
export const actionColumns = ['text', 'owner', 'ownerContact', 'dueDate', 'status', 'meeting', 'meetingTime'] as const;

export interface ListWords<Column extends string> {
  title: string;
  header: Record<Column, string>;
}

export function partnersTable(
  partners: readonly Partner[],
  words: ListWords<(typeof partnerColumns)[number]> & { sector(code: SectorCode): string; status(code: PartnerStatus): string },
): ListTable {
  return {
    title: words.title,
    header: partnerColumns.map((column) => words.header[column]),
    rows: partners.map((partner) => [
      text(partner.name),
      text(partner.shortName),
      text(words.sector(partner.sector)),
      text(words.status(partner.status)),
      text(partner.role),
      date(partner.joinedOn),
      text(partner.notes),
    ]),
  };
}

/** One row per contact, after its partner's name; partners in the order given, contacts in theirs. */
export function contactsTable(partners: readonly Partner[], contacts: readonly Contact[], words: ListWords<(typeof contactColumns)[number]>): ListTable {
  const byPartner = new Map<string, Contact[]>();
  for (const contact of contacts) byPartner.set(contact.partnerId, [...(byPartner.get(contact.partnerId) ?? []), contact]);
  return {
    title: words.title,
    header: contactColumns.map((column) => words.header[column]),
    rows: partners.flatMap((partner) =>
      (byPartner.get(partner.id) ?? [])
        .sort((a, b) => a.position - b.position)
        .map((contact) => [text(partner.name), text(contact.name), text(contact.role), text(contact.email), text(contact.phone), text(contact.notes)]),
    ),
  };
}

export interface ActionsTableSource {
  actions: readonly ActionItem[];
  meetings: readonly Meeting[];
  partners: readonly Partner[];
  contacts: readonly Contact[];
}

export function actionsTable(
  source: ActionsTableSource,
  words: ListWords<(typeof actionColumns)[number]> & {
    status(code: ActionStatus): string;
    /** When the meeting starts, on the wall clock of the zone it was planned in. */
    meetingTime(meeting: Meeting): string;
  },
): ListTable {
  const meetings = new Map(source.meetings.map((meeting) => [meeting.id, meeting]));
  const partners = new Map(source.partners.map((partner) => [partner.id, partner]));
  const contacts = new Map(source.contacts.map((contact) => [contact.id, contact]));
  return {
    title: words.title,
    header: actionColumns.map((column) => words.header[column]),
    rows: source.actions.map((action) => {
      const meeting = meetings.get(action.meetingId);
      return [
        text(action.text),
        text(partners.get(action.ownerPartnerId)?.name ?? ''),
        text(action.ownerContactId ? (contacts.get(action.ownerContactId)?.name ?? '') : ''),
        date(action.dueDate),
        text(words.status(action.status)),
        text(meeting?.title ?? ''),
        text(meeting ? words.meetingTime(meeting) : ''),
      ];
    }),
  };
}
