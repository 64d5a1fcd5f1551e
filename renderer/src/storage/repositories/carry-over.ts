/**
 * Carrying an open agenda item over to a later meeting: the next meeting of its series, or
 * one the coordinator chooses. One transaction creates the item there (marked "carried over
 * from"), marks the original "carried over to", and writes both audit entries.
 */
import Dexie from 'dexie';
import { carryOverRefusal } from '../../domain/carry-over';
import type { AgendaItem, Meeting } from '../../domain/meeting';
import type { RoundtableDb } from '../db';
import { CarryOverRefusedError, guarded } from '../errors';
import { writeTransaction, type RecordStores } from '../record-store';
import { editableMeeting } from './meeting-guards';

/** How many later meetings the "carry over to" choice offers. */
const candidateLimit = 20;

export interface CarryOverTargets {
  /** The next meeting of the same series, or null (a one-off meeting, or the last one). */
  next: Meeting | null;
  /** Later meetings still taking minutes, soonest first (the next one among them). */
  later: Meeting[];
  /** Whether the item's meeting belongs to a series (else there is no "next" to offer). */
  inSeries: boolean;
}

export function createCarryOver(db: RoundtableDb, stores: RecordStores, clock: () => Date) {
  /** The first live meeting of the series after `meeting`, through the [seriesId+startsAt] index. */
  async function nextInSeries(meeting: Meeting): Promise<Meeting | null> {
    if (!meeting.seriesId) return null;
    const [next] = await stores.meetings.query((rows) =>
      rows.where('[seriesId+startsAt]').between([meeting.seriesId, meeting.startsAt], [meeting.seriesId, Dexie.maxKey], false, true).limit(1),
    );
    return next ?? null;
  }

  return {
    /** Where an item of `meetingId` can go on: the series' next meeting and the later ones. */
    async targets(meetingId: string): Promise<CarryOverTargets> {
      return guarded(async () => {
        const meeting = await stores.meetings.require(meetingId);
        const [next, upcoming] = await Promise.all([
          nextInSeries(meeting),
          stores.meetings.query((rows) =>
            rows
              .where('startsAt')
              .above(meeting.startsAt)
              .limit(candidateLimit * 2),
          ),
        ]);
        const later = upcoming.filter((candidate) => candidate.status === 'planned' || candidate.status === 'held').slice(0, candidateLimit);
        return { next, later, inSeries: meeting.seriesId !== null };
      });
    },

    /**
     * Carries the item over to `targetMeetingId`, or to the next meeting of its series when
     * that is null (refused with "noNextMeeting" when there is none). Returns the new item.
     */
    async carryOver(itemId: string, baseRevision: number, targetMeetingId: string | null): Promise<AgendaItem> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['meetings', 'agendaItems'], async () => {
          const item = await stores.agendaItems.require(itemId);
          const from = await editableMeeting(stores.meetings, item.meetingId);
          const to = targetMeetingId ? await stores.meetings.require(targetMeetingId) : await nextInSeries(from);
          if (!to) throw new CarryOverRefusedError('noNextMeeting');
          const refusal = carryOverRefusal(item, from, to);
          if (refusal) throw new CarryOverRefusedError(refusal);
          const last = (await stores.agendaItems.where('meetingId', to.id)).reduce((highest, other) => Math.max(highest, other.position), -1);
          const carried = await stores.agendaItems.insert(
            {
              meetingId: to.id,
              position: last + 1,
              kind: 'regular',
              title: item.title,
              presenter: item.presenter,
              plannedMinutes: item.plannedMinutes,
              confidential: item.confidential,
              caseDiscussion: item.caseDiscussion,
              // The discussion so far stays in the earlier minutes; the new item starts blank.
              minutes: '',
              decisions: [],
              arisingActionIds: [],
              carriedOverFrom: { meetingId: from.id, itemId: item.id },
              carriedOverTo: null,
            },
            { action: 'create', at },
          );
          await stores.agendaItems.update(itemId, baseRevision, (original) => ({ ...original, carriedOverTo: { meetingId: to.id, itemId: carried.id } }), {
            action: 'update',
            at,
          });
          return carried;
        }),
      );
    },
  };
}
