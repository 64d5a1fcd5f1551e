/**
 * Which records are due for deletion on a day, found through indexes and then checked with
 * the exact rule (domain/retention.ts): each index query is bounded by the day a period
 * ending by today must have begun (`candidateStartBound`), so only records old enough are
 * read at all. Four kinds of record, each with its own index:
 * - cases: `referrals.retentionFrom` (null while open, so open cases are never read);
 * - case discussions: `meetings.startsAt`, then the meetings' agenda items;
 * - contacts of partners that left: the partners' `deletedAt` index;
 * - who worked on deleted records: `erasures.createdAt`.
 * Nothing here writes; retention.ts adds the holds and pages the list.
 */
import Dexie from 'dexie';
import { addDays, isoToLocal } from '../../domain/date-time';
import type { ErasableTable, Erasure } from '../../domain/erasure';
import type { AgendaItem } from '../../domain/meeting';
import { organisationName } from '../../domain/minutes-document';
import { isOpenCase } from '../../domain/referral-workflow';
import {
  auditActorsDue,
  candidateStartBound,
  caseDiscussionDue,
  caseDue,
  caseRule,
  dueOn,
  formerPartnerContactDue,
  type DueReason,
  type RetentionSchedule,
  type SharedUnder,
} from '../../domain/retention';
import { instantToWallClock } from '../../domain/zoned-time';
import type { RecordStores } from '../record-store';

export const dueKinds = ['case', 'caseDiscussion', 'formerPartnerContact', 'auditActors'] as const;
export type DueKind = (typeof dueKinds)[number];

/** A record whose period has ended (a hold not yet considered), with what the list shows of it. */
export interface DueCandidate {
  kind: DueKind;
  /** The record's id (for auditActors: the erasure's, which is the deleted record's id). */
  id: string;
  /** The table it is in (for auditActors: the table the deleted record was in). */
  table: ErasableTable;
  /** Case code; meeting title; contact name; a deleted case's code ('' for other deleted records). */
  label: string;
  /** The agenda item's title; the partner's name; null otherwise. */
  detail: string | null;
  /** For case discussions: the meeting, so the list can link to it. */
  meetingId: string | null;
  /** For closed cases: the closing day, so the list can say "closed on …, last review on …". */
  closedOn: string | null;
  reason: DueReason;
  revision: number;
}

/** A day as this computer's calendar has it, from a stored instant (an archive, a deletion). */
const localDay = (instant: string) => isoToLocal(instant).slice(0, 10);

/**
 * Index bounds for instants (stored in UTC) that fall on or before a local day: two days on,
 * so no time zone's offset can push one out; the exact check follows on the local day.
 */
const instantBound = (day: string) => addDays(day, 2);

export function createDueFinder(stores: RecordStores) {
  /** Closed and not-taken-on cases whose period (or an agreement's shorter one) ended. */
  async function cases(today: string, schedule: RetentionSchedule): Promise<DueCandidate[]> {
    // Agreements are few; archived ones count too: data shared under them keeps their condition.
    const agreements = await stores.agreements.listIncludingDeleted();
    const agreementPeriods = agreements.map((agreement) => agreement.retentionMonths).filter((months): months is number => months !== null);
    const shortest = Math.min(schedule.closedCase, schedule.caseNotTakenOn, ...agreementPeriods);
    const bound = candidateStartBound(today, shortest);
    const candidates = await stores.referrals.liveKeys((rows) => rows.where('retentionFrom').between(Dexie.minKey, bound, true, true));
    if (candidates.length === 0) return [];
    // Narrowed without decrypting anything: the rule from the plaintext status, the start from
    // retentionFrom, and the shorter periods from the disclosures' plaintext agreement ids. Only
    // the cases due by these are decrypted, to be checked with the exact rule and named.
    const shortening = new Map(
      agreements.flatMap((agreement) => (agreement.retentionMonths === null ? [] : [[agreement.id, agreement.retentionMonths] as const])),
    );
    const shorterPeriods = new Map<string, number[]>();
    if (shortening.size > 0) {
      const disclosureIds = await stores.disclosures.liveKeys((rows) => rows.where('agreementId').anyOf([...shortening.keys()]));
      for (const { referralId, agreementId } of await stores.disclosures.indexedFieldsOf(disclosureIds, ['referralId', 'agreementId']))
        shorterPeriods.set(referralId, [...(shorterPeriods.get(referralId) ?? []), shortening.get(agreementId)!]);
    }
    const ids = (await stores.referrals.indexedFieldsOf(candidates, ['status', 'retentionFrom']))
      .filter(({ id, status, retentionFrom }) => {
        const rule = caseRule(status);
        return rule !== null && retentionFrom !== null && dueOn(retentionFrom, Math.min(schedule[rule], ...(shorterPeriods.get(id) ?? []))) <= today;
      })
      .map(({ id }) => id);
    if (ids.length === 0) return [];
    const [referrals, timeline, disclosures] = await Promise.all([
      stores.referrals.getMany(ids),
      stores.referralEvents.whereAnyOf('referralId', ids),
      stores.disclosures.whereAnyOf('referralId', ids),
    ]);
    const agreementById = new Map(agreements.map((agreement) => [agreement.id, agreement]));
    const found: DueCandidate[] = [];
    for (const referral of referrals) {
      const events = timeline.filter((event) => event.referralId === referral.id);
      const sharedUnder: SharedUnder[] = [];
      for (const disclosure of disclosures) {
        if (disclosure.referralId !== referral.id || !disclosure.agreementId) continue;
        const agreement = agreementById.get(disclosure.agreementId);
        if (agreement) sharedUnder.push({ agreementId: agreement.id, title: agreement.title, retentionMonths: agreement.retentionMonths });
      }
      const reason = caseDue(referral, events, sharedUnder, schedule);
      if (reason && reason.dueOn <= today)
        found.push({
          kind: 'case',
          id: referral.id,
          table: 'referrals',
          label: referral.caseCode,
          detail: null,
          meetingId: null,
          closedOn: referral.closedOn,
          reason,
          revision: referral.revision,
        });
    }
    return found;
  }

  /**
   * Which of these agenda items discuss a case that is still open (or whose meeting does,
   * without naming an item). Only the panel entries of open cases are decrypted: which case
   * each panel entry belongs to, and whether that case is open, come from plaintext keys.
   */
  async function keptByOpenCases(items: readonly AgendaItem[]): Promise<Set<string>> {
    const panelKeys = await stores.referralEvents.indexedFieldsOf(await stores.referralEvents.liveKeys((rows) => rows.where('kind').equals('panel')), [
      'referralId',
    ]);
    const statuses = await stores.referrals.indexedFieldsOf([...new Set(panelKeys.map((event) => event.referralId))], ['status']);
    const open = new Set(statuses.filter((referral) => isOpenCase(referral.status)).map((referral) => referral.id));
    const openPanels = await stores.referralEvents.getMany(panelKeys.filter((event) => open.has(event.referralId)).map((event) => event.id));
    const itemIds = new Set(items.map((item) => item.id));
    const kept = new Set<string>();
    for (const event of openPanels) {
      if (event.agendaItemId && itemIds.has(event.agendaItemId)) kept.add(event.agendaItemId);
      // A panel entry that names only the meeting keeps each case discussion of it: which one was its is not known.
      else if (!event.agendaItemId && event.meetingId) for (const item of items) if (item.meetingId === event.meetingId) kept.add(item.id);
    }
    return kept;
  }

  /** Case-discussion agenda items of meetings held long enough ago, not erased yet, no case they discuss still open. */
  async function caseDiscussions(today: string, schedule: RetentionSchedule): Promise<DueCandidate[]> {
    const bound = candidateStartBound(today, schedule.caseDiscussion);
    const meetingIds = await stores.meetings.liveKeys((rows) => rows.where('startsAt').below(instantBound(bound)));
    if (meetingIds.length === 0) return [];
    // Items already erased (their erasure's id is theirs) are left out before anything is decrypted.
    const [itemIds, erasedIds] = await Promise.all([
      stores.agendaItems.liveKeys((rows) => rows.where('meetingId').anyOf(meetingIds)),
      stores.erasures.liveKeys((rows) => rows.where('table').equals('agendaItems')),
    ]);
    const erased = new Set(erasedIds);
    const remaining = (await stores.agendaItems.getMany(itemIds.filter((id) => !erased.has(id)))).filter((item) => item.caseDiscussion);
    if (remaining.length === 0) return [];
    const [meetings, kept] = await Promise.all([stores.meetings.getMany([...new Set(remaining.map((item) => item.meetingId))]), keptByOpenCases(remaining)]);
    const meetingById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
    const found: DueCandidate[] = [];
    for (const item of remaining) {
      const meeting = meetingById.get(item.meetingId);
      if (!meeting) continue;
      const reason = caseDiscussionDue(instantToWallClock(meeting.startsAt, meeting.timeZone).slice(0, 10), kept.has(item.id), schedule);
      if (reason && reason.dueOn <= today)
        found.push({
          kind: 'caseDiscussion',
          id: item.id,
          table: 'agendaItems',
          label: meeting.title,
          detail: item.title,
          meetingId: meeting.id,
          closedOn: null,
          reason,
          revision: item.revision,
        });
    }
    return found;
  }

  /** Contacts (kept or removed) of partners that left the network long enough ago. */
  async function formerPartnerContacts(today: string, schedule: RetentionSchedule): Promise<DueCandidate[]> {
    const bound = candidateStartBound(today, schedule.formerPartnerContact);
    // The deletedAt index holds only archived partners: few, read in full.
    const left = (await stores.partners.listDeleted()).filter((partner) => partner.deletedAt !== null && localDay(partner.deletedAt) <= bound);
    const found: DueCandidate[] = [];
    for (const partner of left) {
      const reason = formerPartnerContactDue(localDay(partner.deletedAt!), schedule);
      if (!reason || reason.dueOn > today) continue;
      for (const contact of await stores.contacts.whereIncludingDeleted('partnerId', partner.id))
        found.push({
          kind: 'formerPartnerContact',
          id: contact.id,
          table: 'contacts',
          label: contact.name,
          detail: organisationName(partner),
          meetingId: null,
          closedOn: null,
          reason,
          revision: contact.revision,
        });
    }
    return found;
  }

  /**
   * Deleted records whose workers' names are still in their audit entries after the period.
   * The parts of a deleted case (its timeline, disclosures) go with the case's line.
   */
  async function auditActors(today: string, schedule: RetentionSchedule): Promise<DueCandidate[]> {
    const bound = candidateStartBound(today, schedule.auditActors);
    // Which deletions, from plaintext keys: the parts of a deleted case go with its line, and
    // the day is checked before anything is decrypted.
    const keys = await stores.erasures.indexedFieldsOf(await stores.erasures.liveKeys((rows) => rows.where('createdAt').below(instantBound(bound))), [
      'table',
      'parentId',
      'createdAt',
    ]);
    const erasedCases = new Set(keys.filter((erasure) => erasure.table === 'referrals').map((erasure) => erasure.id));
    const wanted = keys.filter(
      (erasure) => !(erasure.parentId && erasedCases.has(erasure.parentId)) && auditActorsDue(localDay(erasure.createdAt), schedule).dueOn <= today,
    );
    const erasures: Erasure[] = await stores.erasures.getMany(wanted.map((erasure) => erasure.id));
    const found: DueCandidate[] = [];
    for (const erasure of erasures) {
      if (erasure.actorsErasedAt !== null) continue;
      const reason = auditActorsDue(localDay(erasure.createdAt), schedule);
      found.push({
        kind: 'auditActors',
        id: erasure.id,
        table: erasure.table,
        label: erasure.caseCode ?? '',
        detail: null,
        meetingId: null,
        closedOn: null,
        reason,
        revision: erasure.revision,
      });
    }
    return found;
  }

  return {
    /** Every record whose period ended by `today`, holds not yet considered. */
    async candidates(today: string, schedule: RetentionSchedule): Promise<DueCandidate[]> {
      const lists = await Promise.all([
        cases(today, schedule),
        caseDiscussions(today, schedule),
        formerPartnerContacts(today, schedule),
        auditActors(today, schedule),
      ]);
      return lists.flat();
    },
  };
}
