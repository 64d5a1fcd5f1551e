/**
 * The meeting list, read through indexes: which meetings match the series and type filters,
 * upcoming ones soonest first and past ones latest first, as ids from keys alone. The page
 * then reads only the meetings it shows. Titles are not indexed (they may name a case and
 * will be encrypted at rest): the search reads them once, folded, and filters in memory.
 */
import Dexie from 'dexie';
import type { Meeting, MeetingStatus, MeetingType } from '../../domain/meeting';
import { foldText } from '../../domain/text';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { createRecordStores } from '../record-store';

export interface MeetingListFilter {
  /** A series id, 'none' for meetings outside any series, or 'all'. */
  seriesId: string;
  type: MeetingType | 'all';
  /** A lifecycle status (e.g. 'held': minutes in draft), or 'all' (also when left out). */
  status?: MeetingStatus | 'all';
  /** Only meetings this partner was invited to (the invitedPartnerIds index); '' or absent for all. */
  partnerId?: string;
}

export interface MeetingListIds {
  /** Meetings that have not ended yet, soonest first. */
  upcoming: string[];
  /** Meetings that have ended, latest first. */
  past: string[];
}

/** Meetings rarely last longer than this; those starting within it are read to see whether they have ended. */
const longestMeetingMs = 3 * 24 * 60 * 60 * 1000;

export function createMeetingListRepository(db: RoundtableDb) {
  const stores = createRecordStores(db, () => new Date().toISOString().slice(0, 10));
  const meetings = stores.meetings;

  /** Every matching meeting's id, by start (oldest first). */
  async function idsByStart(filter: MeetingListFilter): Promise<string[]> {
    const inSeries = filter.seriesId !== 'all' && filter.seriesId !== 'none';
    const status = filter.status ?? 'all';
    const [ordered, inAnySeries, ofType, withStatus, invited] = await Promise.all([
      inSeries
        ? meetings.liveKeys((rows) => rows.where('[seriesId+startsAt]').between([filter.seriesId, Dexie.minKey], [filter.seriesId, Dexie.maxKey]))
        : meetings.liveKeys((rows) => rows.orderBy('startsAt')),
      // A meeting outside any series has seriesId null, which IndexedDB does not index.
      filter.seriesId === 'none' ? meetings.liveKeys((rows) => rows.orderBy('seriesId')) : undefined,
      filter.type !== 'all' ? meetings.liveKeys((rows) => rows.where('type').equals(filter.type)) : undefined,
      status !== 'all' ? meetings.liveKeys((rows) => rows.where('status').equals(status)) : undefined,
      filter.partnerId ? meetings.liveKeys((rows) => rows.where('invitedPartnerIds').equals(filter.partnerId!)) : undefined,
    ]);
    const excluded = inAnySeries && new Set(inAnySeries);
    const included = ofType && new Set(ofType);
    const inStatus = withStatus && new Set(withStatus);
    const withPartner = invited && new Set(invited);
    return ordered.filter(
      (id) => !excluded?.has(id) && (!included || included.has(id)) && (!inStatus || inStatus.has(id)) && (!withPartner || withPartner.has(id)),
    );
  }

  return {
    async ids(filter: MeetingListFilter, now: Date): Promise<MeetingListIds> {
      return guarded(async () => {
        const cutoff = new Date(now.getTime() - longestMeetingMs).toISOString();
        const [ordered, recentIds] = await Promise.all([idsByStart(filter), meetings.liveKeys((rows) => rows.where('startsAt').aboveOrEqual(cutoff))]);
        // Only the meetings that started lately are read: whether they have ended needs endsAt.
        const recent = new Set(recentIds);
        const recentMeetings = new Map((await meetings.getMany(ordered.filter((id) => recent.has(id)))).map((meeting) => [meeting.id, meeting]));
        const nowIso = now.toISOString();
        const upcoming: string[] = [];
        const pastRecent: string[] = [];
        const pastOlder: string[] = [];
        for (const id of ordered) {
          const meeting = recentMeetings.get(id);
          if (!meeting) pastOlder.push(id);
          else if (meeting.endsAt >= nowIso) upcoming.push(id);
          else pastRecent.push(id);
        }
        return { upcoming, past: [...pastRecent.reverse(), ...pastOlder.reverse()] };
      });
    },

    /** The meetings that start at `since` or later, latest first (a picker's recent meetings), and `alsoId` wherever it is. */
    async startingSince(since: string, alsoId = ''): Promise<Meeting[]> {
      return guarded(async () => {
        const ids = (await meetings.liveKeys((rows) => rows.where('startsAt').aboveOrEqual(since))).reverse();
        if (alsoId && !ids.includes(alsoId)) ids.push(alsoId);
        return meetings.getMany(ids);
      });
    },

    /** Each meeting's title folded for search (case, accents and ß ignored), by id. */
    async searchableTitles(): Promise<Map<string, string>> {
      // In chunks of 250 (each a short task), so reading thousands of meetings never blocks typing.
      return guarded(
        async () => new Map((await meetings.liveInRange(':id', Dexie.minKey, Dexie.maxKey, 250)).map((meeting) => [meeting.id, foldText(meeting.title)])),
      );
    },
  };
}

export type MeetingListRepository = ReturnType<typeof createMeetingListRepository>;
