/**
 * Gathers everything Roundtable holds about one case for a subject-access export: the case,
 * its timeline, disclosures and acknowledgements (removed ones too: they are still held),
 * the meetings' case-discussion parts that belong to it (domain/subject-access.ts decides
 * which, and which paragraphs), and its audit history. Reads through indexes only: the
 * case's own records by referralId, meetings since the case was received by startsAt, their
 * items by meetingId.
 */
import { historyEntries, type AuditEntry } from '../../domain/audit';
import type { AgendaItem } from '../../domain/meeting';
import type { Referral } from '../../domain/referral';
import { linkedAgendaItemIds, meetingSearchStart, selectDiscussions, type CandidateItem, type SubjectAccessRecords } from '../../domain/subject-access';
import { localToday } from '../../domain/date-time';
import { createAuditRepository } from '../audit';
import type { RoundtableDb } from '../db';
import { guarded, LocalUserMissingError, RecordNotFoundError } from '../errors';
import { createRecordStores, type RecordStores } from '../record-store';
import { settingOf } from './settings';

const byDate =
  <T extends { createdAt: string }>(date: (record: T) => string) =>
  (a: T, b: T) =>
    date(a).localeCompare(date(b)) || a.createdAt.localeCompare(b.createdAt);

/** Agenda items of meetings since the case was received, and the items its timeline links, each with its meeting. */
async function candidateItems(stores: RecordStores, referral: Referral, linkedIds: readonly string[]): Promise<CandidateItem[]> {
  // Live meetings, by the startsAt index; items the timeline links are read whatever their meeting's state.
  const meetingIds = await stores.meetings.liveKeys((rows) => rows.where('startsAt').aboveOrEqual(meetingSearchStart(referral.receivedOn)));
  const meetings = await stores.meetings.getMany(meetingIds);
  const sinceReceived = (await Promise.all(meetings.map((meeting) => stores.agendaItems.whereIncludingDeleted('meetingId', meeting.id)))).flat();
  const linked = await stores.agendaItems.getManyIncludingDeleted(linkedIds);
  const items = new Map<string, AgendaItem>([...sinceReceived, ...linked].map((item) => [item.id, item]));
  const meetingById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const missing = [...items.values()].map((item) => item.meetingId).filter((id) => !meetingById.has(id));
  for (const meeting of await stores.meetings.getManyIncludingDeleted([...new Set(missing)])) meetingById.set(meeting.id, meeting);
  const linkedElsewhere = await itemsLinkedByOtherCases(stores, referral.id, linkedIds);
  return [...items.values()].flatMap((item) => {
    const meeting = meetingById.get(item.meetingId);
    return meeting ? [{ meeting, item, linkedByOtherCase: linkedElsewhere.has(item.id) }] : [];
  });
}

/** Which of `itemIds` a panel entry of another case links too (panel entries read through the kind index). */
async function itemsLinkedByOtherCases(stores: RecordStores, referralId: string, itemIds: readonly string[]): Promise<Set<string>> {
  if (itemIds.length === 0) return new Set();
  const wanted = new Set(itemIds);
  const panelEntries = await stores.referralEvents.whereIncludingDeleted('kind', 'panel');
  return new Set(
    panelEntries.filter((entry) => entry.referralId !== referralId && entry.agendaItemId && wanted.has(entry.agendaItemId)).map((entry) => entry.agendaItemId!),
  );
}

/** The contacts the case and its audit history name. */
function contactIdsOf(referral: Referral, entries: readonly AuditEntry[]): string[] {
  const fromAudit = entries.flatMap((entry) =>
    entry.changes
      .filter((change) => change.field.endsWith('ContactId'))
      .flatMap((change) => [change.old, change.new].filter((id): id is string => typeof id === 'string' && id !== '')),
  );
  return [...new Set([referral.referringContactId, ...fromAudit].filter((id): id is string => Boolean(id)))];
}

export function createSubjectAccessRepository(db: RoundtableDb) {
  const stores = createRecordStores(db, () => localToday());
  const auditTrail = createAuditRepository(db);

  return {
    /**
     * Everything held about the case `referralId` (archived or not). `placeholder` replaces
     * other cases' codes where a title names them.
     */
    gather(referralId: string, placeholder: string): Promise<SubjectAccessRecords> {
      return guarded(async () => {
        const referral = await stores.referrals.getIncludingDeleted(referralId);
        if (!referral) throw new RecordNotFoundError('referral', referralId);
        const user = settingOf(db, 'localUser', await db.settings.get('localUser'));
        if (!user) throw new LocalUserMissingError();
        const [events, disclosures, acknowledgements, trail, partners] = await Promise.all([
          stores.referralEvents.whereIncludingDeleted('referralId', referralId),
          stores.disclosures.whereIncludingDeleted('referralId', referralId),
          stores.coverageAcknowledgements.whereIncludingDeleted('referralId', referralId),
          auditTrail.listFor(referralId),
          stores.partners.listIncludingDeleted(),
        ]);
        const linkedIds = linkedAgendaItemIds(events);
        const candidates = await candidateItems(stores, referral, linkedIds);
        const eventMeetingIds = [...new Set(events.map((event) => event.meetingId).filter((id): id is string => Boolean(id)))];
        const audit = historyEntries(trail, referralId);
        const agreementIds = [...new Set(disclosures.map((disclosure) => disclosure.agreementId).filter(Boolean))];
        const [eventMeetings, contacts, agreements] = await Promise.all([
          stores.meetings.getManyIncludingDeleted(eventMeetingIds),
          stores.contacts.getManyIncludingDeleted(contactIdsOf(referral, audit)),
          stores.agreements.getManyIncludingDeleted(agreementIds),
        ]);
        return {
          referral,
          events: events.sort(byDate((event) => event.on)),
          disclosures: disclosures.sort(byDate((disclosure) => disclosure.sharedOn)),
          acknowledgements: acknowledgements.sort(byDate((entry) => entry.createdAt)),
          discussions: selectDiscussions(candidates, referral.caseCode, new Set(linkedIds), placeholder),
          eventMeetings,
          audit,
          partners,
          contacts,
          agreements,
          user,
        };
      });
    },
  };
}

export type SubjectAccessRepository = ReturnType<typeof createSubjectAccessRepository>;
