/**
 * Meetings and their series. Creating a meeting, its series, its invited attendees and its
 * "matters arising" item is one transaction; so is every lifecycle step.
 */
import { localToIso } from '../../domain/date-time';
import { openActionsBefore } from '../../domain/matters-arising';
import {
  attendeeSchema,
  meetingInputSchema,
  type ActionItem,
  type AgendaItem,
  type Attendee,
  type Meeting,
  type MeetingData,
  type MeetingInput,
  type MeetingSeries,
} from '../../domain/meeting';
import { applyStep, type LifecycleError, type StepParams } from '../../domain/meeting-lifecycle';
import { newRecordMeta } from '../../domain/record';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { editableMeeting } from './meeting-guards';
import { RecordNotFoundError } from './partners';

export class LifecycleStepError extends Error {
  constructor(readonly reason: LifecycleError) {
    super(`lifecycle step refused: ${reason}`);
    this.name = 'LifecycleStepError';
  }
}

export interface MeetingBundle {
  meeting: Meeting;
  series: MeetingSeries | null;
  items: AgendaItem[];
  actions: ActionItem[];
}

export interface CreateMeetingOptions {
  invitedPartnerIds: string[];
  /** Stored title of the "matters arising" item, in the coordinator's language. */
  mattersArisingTitle: string;
  /** Attendee name for an invited partner that has no contacts yet. */
  representativeName: string;
}

/** The planning details a form sets, as stored (times as ISO instants). */
function planningFields(data: MeetingData, seriesId: string | null) {
  return {
    title: data.title,
    type: data.type,
    seriesId,
    startsAt: localToIso(data.startsAt),
    endsAt: localToIso(data.endsAt),
    location: data.location,
    onlineLink: data.onlineLink,
    chair: data.chair,
    minuteTaker: data.minuteTaker,
    confidentiality: data.confidentiality,
  };
}

export function createMeetingRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  /** The series id to use: an existing one, a new one (created here), or none. */
  async function resolveSeries(seriesId: string, newSeriesName: string, now: Date): Promise<string | null> {
    if (seriesId) {
      const series = await db.meetingSeries.get(seriesId);
      if (!series || series.deletedAt !== null) throw new RecordNotFoundError(seriesId);
      return series.id;
    }
    if (!newSeriesName) return null;
    const series: MeetingSeries = { ...newRecordMeta(now), name: newSeriesName };
    await db.meetingSeries.add(series);
    return series.id;
  }

  async function invitedAttendees(partnerIds: string[], representativeName: string): Promise<Attendee[]> {
    const attendees: Attendee[] = [];
    for (const partnerId of partnerIds) {
      const partner = await db.partners.get(partnerId);
      if (!partner || partner.deletedAt !== null) throw new RecordNotFoundError(partnerId);
      const contacts = (await db.contacts.where('partnerId').equals(partnerId).toArray())
        .filter((contact) => contact.deletedAt === null)
        .sort((a, b) => a.position - b.position);
      const people = contacts.length > 0 ? contacts.map((c) => ({ contactId: c.id as string | null, name: c.name })) : [{ contactId: null, name: representativeName }];
      for (const person of people) {
        attendees.push({ id: crypto.randomUUID(), partnerId, contactId: person.contactId, name: person.name, organisation: '', attendance: 'invited', note: '' });
      }
    }
    return attendees;
  }

  /**
   * Changes the attendance list against the record as stored now, inside one transaction:
   * quick successive edits (two selects changed in a row) never overwrite each other.
   */
  async function changeAttendees(id: string, change: (attendees: Attendee[]) => Attendee[]): Promise<void> {
    await guarded(() =>
      db.transaction('rw', db.meetings, async () => {
        const meeting = await editableMeeting(db, id);
        const checked = change(meeting.attendees).map((attendee) => attendeeSchema.parse(attendee) as Attendee);
        await db.meetings.put({ ...meeting, attendees: checked, updatedAt: clock().toISOString() });
      }),
    );
  }

  return {
    list(): Promise<Meeting[]> {
      return guarded(() => db.meetings.toArray());
    },

    /** The live meetings among `ids` (by primary key; missing or removed ones left out). */
    getMany(ids: readonly string[]): Promise<Meeting[]> {
      return guarded(async () => (await db.meetings.bulkGet([...ids])).filter((meeting): meeting is Meeting => meeting !== undefined && meeting.deletedAt === null));
    },

    listSeries(): Promise<MeetingSeries[]> {
      return guarded(async () => (await db.meetingSeries.toArray()).filter((series) => series.deletedAt === null));
    },

    async get(id: string): Promise<MeetingBundle | undefined> {
      return guarded(async () => {
        const meeting = await db.meetings.get(id);
        if (!meeting) return undefined;
        const [series, items, actions] = await Promise.all([
          meeting.seriesId ? db.meetingSeries.get(meeting.seriesId) : Promise.resolve(undefined),
          db.agendaItems.where('meetingId').equals(id).toArray(),
          db.actions.where('meetingId').equals(id).toArray(),
        ]);
        return {
          meeting,
          series: series ?? null,
          items: items.filter((item) => item.deletedAt === null).sort((a, b) => a.position - b.position),
          actions: actions.filter((action) => action.deletedAt === null),
        };
      });
    },

    /** Validates, then stores the meeting with its invitees and, in a series, matters arising. */
    async create(input: MeetingInput, options: CreateMeetingOptions): Promise<Meeting> {
      const data = meetingInputSchema.parse(input);
      const now = clock();
      return guarded(() =>
        db.transaction('rw', [db.meetings, db.meetingSeries, db.agendaItems, db.actions, db.partners, db.contacts], async () => {
          const seriesId = await resolveSeries(data.seriesId, data.newSeriesName, now);
          const meeting: Meeting = {
            ...newRecordMeta(now),
            ...planningFields(data, seriesId),
            status: 'planned',
            attendees: await invitedAttendees(options.invitedPartnerIds, options.representativeName),
            approvedAt: null,
            circulations: [],
            amendments: [],
          };
          await db.meetings.add(meeting);
          if (seriesId) {
            const seriesMeetings = await db.meetings.where('seriesId').equals(seriesId).toArray();
            const earlier = seriesMeetings.filter((other) => other.id !== meeting.id && other.deletedAt === null && other.startsAt < meeting.startsAt);
            if (earlier.length > 0) {
              const actions = await db.actions.where('meetingId').anyOf(earlier.map((other) => other.id)).toArray();
              const open = openActionsBefore(seriesId, meeting.startsAt, seriesMeetings, actions);
              await db.agendaItems.add({
                ...newRecordMeta(now),
                meetingId: meeting.id,
                position: 0,
                kind: 'matters_arising',
                title: options.mattersArisingTitle,
                presenter: data.chair,
                plannedMinutes: null,
                confidential: false,
                caseDiscussion: false,
                minutes: '',
                decisions: [],
                arisingActionIds: open.map((action) => action.id),
              });
            }
          }
          return meeting;
        }),
      );
    },

    /** Changes the planning details (not the lifecycle); only while the minutes are a draft. */
    async updateDetails(id: string, input: MeetingInput): Promise<Meeting> {
      const data = meetingInputSchema.parse(input);
      const now = clock();
      return guarded(() =>
        db.transaction('rw', [db.meetings, db.meetingSeries], async () => {
          const meeting = await editableMeeting(db, id);
          const seriesId = await resolveSeries(data.seriesId, data.newSeriesName, now);
          const updated: Meeting = {
            ...meeting,
            ...planningFields(data, seriesId),
            updatedAt: now.toISOString(),
          };
          await db.meetings.put(updated);
          return updated;
        }),
      );
    },

    changeAttendees,

    updateAttendee(id: string, attendeeId: string, patch: Partial<Pick<Attendee, 'attendance' | 'note'>>): Promise<void> {
      return changeAttendees(id, (list) => list.map((attendee) => (attendee.id === attendeeId ? { ...attendee, ...patch } : attendee)));
    },

    addAttendee(id: string, attendee: Attendee): Promise<void> {
      return changeAttendees(id, (list) => [...list, attendee]);
    },

    removeAttendee(id: string, attendeeId: string): Promise<void> {
      return changeAttendees(id, (list) => list.filter((attendee) => attendee.id !== attendeeId));
    },

    /** Takes one lifecycle step (hold, approve, circulate, amend) or refuses with the reason. */
    async step(id: string, params: StepParams): Promise<Meeting> {
      return guarded(() =>
        db.transaction('rw', db.meetings, async () => {
          const meeting = await db.meetings.get(id);
          if (!meeting || meeting.deletedAt !== null) throw new RecordNotFoundError(id);
          const result = applyStep(meeting, params, clock());
          if (!result.ok) throw new LifecycleStepError(result.error);
          await db.meetings.put(result.meeting);
          return result.meeting;
        }),
      );
    },
  };
}

export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
