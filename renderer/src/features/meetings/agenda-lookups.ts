/**
 * Lookups the agenda needs per row, built once per data change (in `useMemo`), so a card
 * never searches a whole list for an id: actions grouped by agenda item, partners and
 * contacts by id, and what "matters arising" refers to.
 */
import { useMemo } from 'react';
import type { ActionItem, AgendaItem } from '../../domain/meeting';
import { ownerDirectory, type OwnerDirectory } from '../../domain/minutes-document';
import type { Contact, Partner } from '../../domain/partner';
import type { MeetingContext } from './useMeetingContext';

/** Partners and contacts as the cards use them: labels by id, and the choices for an owner. */
export interface AgendaPeople {
  owners: OwnerDirectory;
  livePartners: Partner[];
  /** Each partner's contacts, in the order of the contact list. */
  contactsByPartner: ReadonlyMap<string, Contact[]>;
}

/** The open actions "matters arising" lists, and the titles of the meetings they came from. */
export interface ArisingLookup {
  actions: ReadonlyMap<string, ActionItem>;
  meetingTitles: ReadonlyMap<string, string>;
}

/** Shared by every item without actions, so its props stay equal from one render to the next. */
export const noActions: readonly ActionItem[] = Object.freeze([]);

export function groupByItem(actions: readonly ActionItem[]): ReadonlyMap<string, ActionItem[]> {
  const groups = new Map<string, ActionItem[]>();
  for (const action of actions) {
    const group = groups.get(action.agendaItemId);
    if (group) group.push(action);
    else groups.set(action.agendaItemId, [action]);
  }
  return groups;
}

export function agendaPeople(partners: readonly Partner[], contacts: readonly Contact[]): AgendaPeople {
  const contactsByPartner = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const group = contactsByPartner.get(contact.partnerId);
    if (group) group.push(contact);
    else contactsByPartner.set(contact.partnerId, [contact]);
  }
  return { owners: ownerDirectory(partners, contacts), livePartners: partners.filter((partner) => partner.deletedAt === null), contactsByPartner };
}

export function useAgendaLookups(context: MeetingContext) {
  const { actions, partners, contacts, arisingActions, arisingMeetings } = context;
  const actionsByItem = useMemo(() => groupByItem(actions), [actions]);
  const people = useMemo(() => agendaPeople(partners, contacts), [partners, contacts]);
  const arising = useMemo<ArisingLookup>(
    () => ({
      actions: new Map(arisingActions.map((action) => [action.id, action])),
      meetingTitles: new Map(arisingMeetings.map((meeting) => [meeting.id, meeting.title])),
    }),
    [arisingActions, arisingMeetings],
  );
  return { actionsByItem, people, arising };
}

/**
 * Every write moves a record's revision on (the record store), so id and revision name a
 * version: a card whose records kept theirs need not render again, although a live query
 * hands out new objects for every row it re-read.
 */
export function sameRevision(a: Pick<AgendaItem, 'id' | 'revision'>, b: Pick<AgendaItem, 'id' | 'revision'>): boolean {
  return a === b || (a.id === b.id && a.revision === b.revision);
}

export function sameRevisions(a: readonly ActionItem[], b: readonly ActionItem[]): boolean {
  return a === b || (a.length === b.length && a.every((action, index) => sameRevision(action, b[index]!)));
}
