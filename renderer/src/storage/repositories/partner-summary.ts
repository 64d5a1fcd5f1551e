/**
 * Everything about one partner, for its page: the meetings it was invited to and how often it
 * came, the actions it owns, the cases it refers, leads or is involved in, the agreements it
 * is party to and the disclosures it made or received. Each section is a few rows and counts.
 *
 * Read through indexes (migration 008): which records concern the partner and in what order
 * comes from index keys alone, and only the rows shown are read and decrypted. The attendance
 * rate reads the meetings of its period the partner was invited to, no others.
 */
import Dexie from 'dexie';
import type { ActionItem, Meeting } from '../../domain/meeting';
import type { Agreement } from '../../domain/agreement';
import { attendanceOf } from '../../domain/attendance';
import type { Disclosure } from '../../domain/disclosure';
import type { Referral, ReferralStatus } from '../../domain/referral';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { createRecordStores } from '../record-store';

/** How many rows each section shows; the rest is behind its "all" link. */
export const summaryRows = 5;

/** The attendance rate's period: the twelve months before today. */
export const attendanceMonths = 12;

const openActionStatuses: readonly ActionItem['status'][] = ['open', 'in_progress'];

export interface AttendanceRate {
  /** Held meetings in the period the partner was invited to. */
  invited: number;
  /** Of those, the ones someone for the partner attended. */
  attended: number;
  /** The period's first day (ISO date). */
  since: string;
}

export interface PartnerMeetings {
  /** Meetings still to start, soonest first. */
  upcoming: Meeting[];
  /** Meetings that have started, latest first. */
  recent: Meeting[];
  total: number;
  attendance: AttendanceRate;
}

export interface PartnerActions {
  /** Open and in-progress actions, soonest due first. */
  open: ActionItem[];
  openCount: number;
  /** Done and dropped actions, latest due first. */
  closed: ActionItem[];
  closedCount: number;
}

export type CaseRole = 'referring' | 'lead' | 'involved';

/** A case as the partner page shows it: its code and status, nothing about the person. */
export interface PartnerCase {
  id: string;
  caseCode: string;
  status: ReferralStatus;
  receivedOn: string;
  roles: CaseRole[];
}

export interface PartnerCases {
  /** Latest received first. */
  cases: PartnerCase[];
  total: number;
}

export interface PartnerAgreements {
  agreements: Agreement[];
  total: number;
}

/** A disclosure as the partner page shows it; the case by its code only. */
export interface PartnerDisclosure {
  id: string;
  referralId: string;
  caseCode: string;
  sharedOn: string;
  direction: 'made' | 'received';
  otherPartnerId: string;
  /** The other partner's name (archived partners too), '' when it is gone. */
  otherPartnerName: string;
  dataCategories: Disclosure['dataCategories'];
}

export interface PartnerDisclosures {
  /** Latest first. */
  disclosures: PartnerDisclosure[];
  made: number;
  received: number;
}

/** `ordered` keeping only the ids in `wanted`. */
function within(ordered: readonly string[], wanted: Iterable<string>): string[] {
  const keep = new Set(wanted);
  return ordered.filter((id) => keep.has(id));
}

function monthsBefore(today: string, months: number): string {
  const date = new Date(`${today}T00:00:00.000Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

export function createPartnerSummaryRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  const stores = createRecordStores(db, () => clock().toISOString().slice(0, 10));

  return {
    async meetings(partnerId: string, today: string): Promise<PartnerMeetings> {
      return guarded(async () => {
        const now = clock().toISOString();
        const since = monthsBefore(today, attendanceMonths);
        const [invited, byStart, periodIds] = await Promise.all([
          stores.meetings.liveKeys((rows) => rows.where('invitedPartnerIds').equals(partnerId)),
          stores.meetings.liveKeys((rows) => rows.orderBy('startsAt')),
          stores.meetings.liveKeys((rows) => rows.where('startsAt').between(`${since}T00:00:00.000Z`, now, true, true)),
        ]);
        const ordered = within(byStart, invited);
        const started = new Set(await stores.meetings.liveKeys((rows) => rows.where('startsAt').belowOrEqual(now)));
        const upcomingIds = ordered.filter((id) => !started.has(id)).slice(0, summaryRows);
        const recentIds = ordered
          .filter((id) => started.has(id))
          .reverse()
          .slice(0, summaryRows);
        const inPeriod = await stores.meetings.getMany(within(periodIds, invited));
        const attendance = attendanceOf(inPeriod, partnerId);
        const [upcoming, recent] = await Promise.all([stores.meetings.getMany(upcomingIds), stores.meetings.getMany(recentIds)]);
        return { upcoming, recent, total: ordered.length, attendance: { ...attendance, since } };
      });
    },

    async actions(partnerId: string): Promise<PartnerActions> {
      return guarded(async () => {
        const [owned, ...openLists] = await Promise.all([
          stores.actions.liveKeys((rows) => rows.where('[ownerPartnerId+dueDate]').between([partnerId, Dexie.minKey], [partnerId, Dexie.maxKey])),
          ...openActionStatuses.map((status) => stores.actions.liveKeys((rows) => rows.where('status').equals(status))),
        ]);
        const openIds = within(owned, openLists.flat());
        const openSet = new Set(openIds);
        const closedIds = owned.filter((id) => !openSet.has(id)).reverse();
        // Actions without a due date sort first in the index; among open ones they go last.
        const [open, closed] = await Promise.all([
          stores.actions.getMany(openIds.slice(0, summaryRows * 4)),
          stores.actions.getMany(closedIds.slice(0, summaryRows)),
        ]);
        const dated = open.filter((action) => action.dueDate);
        const undated = open.filter((action) => !action.dueDate);
        return { open: [...dated, ...undated].slice(0, summaryRows), openCount: openIds.length, closed, closedCount: closedIds.length };
      });
    },

    async cases(partnerId: string): Promise<PartnerCases> {
      return guarded(async () => {
        const [referring, lead, involved, byReceived] = await Promise.all([
          stores.referrals.liveKeys((rows) => rows.where('referringPartnerId').equals(partnerId)),
          stores.referrals.liveKeys((rows) => rows.where('leadPartnerId').equals(partnerId)),
          stores.referrals.liveKeys((rows) => rows.where('involvedPartnerIds').equals(partnerId)),
          stores.referrals.liveKeys((rows) => rows.orderBy('receivedOn')),
        ]);
        const roles = new Map<string, CaseRole[]>();
        for (const [role, ids] of [
          ['referring', referring],
          ['lead', lead],
          ['involved', involved],
        ] as const) {
          for (const id of ids) roles.set(id, [...(roles.get(id) ?? []), role]);
        }
        const ordered = within(byReceived, roles.keys()).reverse();
        const shown: Referral[] = await stores.referrals.getMany(ordered.slice(0, summaryRows));
        return {
          cases: shown.map(({ id, caseCode, status, receivedOn }) => ({ id, caseCode, status, receivedOn, roles: roles.get(id) ?? [] })),
          total: ordered.length,
        };
      });
    },

    async agreements(partnerId: string): Promise<PartnerAgreements> {
      return guarded(async () => {
        const ids = await stores.agreements.liveKeys((rows) => rows.where('partyIds').equals(partnerId));
        const agreements = await stores.agreements.getMany(ids);
        agreements.sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id));
        return { agreements: agreements.slice(0, summaryRows), total: agreements.length };
      });
    },

    async disclosures(partnerId: string): Promise<PartnerDisclosures> {
      return guarded(async () => {
        const [made, received, bySharedOn] = await Promise.all([
          stores.disclosures.liveKeys((rows) => rows.where('fromPartnerId').equals(partnerId)),
          stores.disclosures.liveKeys((rows) => rows.where('toPartnerId').equals(partnerId)),
          stores.disclosures.liveKeys((rows) => rows.orderBy('sharedOn')),
        ]);
        const madeSet = new Set(made);
        const shownIds = within(bySharedOn, [...made, ...received])
          .reverse()
          .slice(0, summaryRows);
        const shown = await stores.disclosures.getMany(shownIds);
        const otherOf = (disclosure: Disclosure) => (madeSet.has(disclosure.id) ? disclosure.toPartnerId : disclosure.fromPartnerId);
        const [caseRows, partnerRows] = await Promise.all([
          stores.referrals.getManyIncludingDeleted([...new Set(shown.map((d) => d.referralId))]),
          stores.partners.getManyIncludingDeleted([...new Set(shown.map(otherOf))]),
        ]);
        const cases = new Map(caseRows.map((r) => [r.id, r.caseCode]));
        const names = new Map(partnerRows.map((p) => [p.id, p.name]));
        return {
          disclosures: shown.map((disclosure) => ({
            id: disclosure.id,
            referralId: disclosure.referralId,
            caseCode: cases.get(disclosure.referralId) ?? '',
            sharedOn: disclosure.sharedOn,
            direction: madeSet.has(disclosure.id) ? 'made' : 'received',
            otherPartnerId: otherOf(disclosure),
            otherPartnerName: names.get(otherOf(disclosure)) ?? '',
            dataCategories: disclosure.dataCategories,
          })),
          made: made.length,
          received: received.length,
        };
      });
    },
  };
}

export type PartnerSummaryRepository = ReturnType<typeof createPartnerSummaryRepository>;
