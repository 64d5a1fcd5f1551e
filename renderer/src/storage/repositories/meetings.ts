/**
 * Meetings and their series. Creating a meeting, its series, its invited attendees and its
 * "matters arising" item is one transaction; so is every lifecycle step.
 */
import { localToday } from '../../domain/date-time';
import Dexie from 'dexie';
import { openActionsOfMeetings } from '../../domain/matters-arising';
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
import { applyStep, type StepParams, type StepRequest } from '../../domain/meeting-lifecycle';
import { instantOf } from '../../domain/zoned-time';
import type { RoundtableDb } from '../db';
import { guarded, LifecycleStepError, LocalUserMissingError } from '../errors';
import { createRecordStores, writeTransaction } from '../record-store';
import { editableMeeting } from './meeting-guards';
import { addTemplateItems } from './meeting-series';
import { settingOf } from './settings';

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

/**
 * The planning details a form sets, as stored: the wall-clock times become UTC instants in
 * the meeting's own zone (never the computer's), and the zone is kept beside them.
 */
function planningFields(data: MeetingData, seriesId: string | null) {
  return {
    title: data.title,
    type: data.type,
    seriesId,
    startsAt: instantOf(data.startsAt, data.timeZone),
    endsAt: instantOf(data.endsAt, data.timeZone),
    timeZone: data.timeZone,
    location: data.location,
    onlineLink: data.onlineLink,
    chair: data.chair,
    minuteTaker: data.minuteTaker,
    confidentiality: data.confidentiality,
  };
}

export function createMeetingRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  const stores = createRecordStores(db, () => localToday(clock()));

  /** The series id to use: an existing one, a new one (created here), or none. */
  async function resolveSeries(seriesId: string, newSeriesName: string, at: Date): Promise<string | null> {
    if (seriesId) return (await stores.meetingSeries.require(seriesId)).id;
    if (!newSeriesName) return null;
    return (await stores.meetingSeries.insert({ name: newSeriesName }, { action: 'create', at })).id;
  }

  async function invitedAttendees(partnerIds: string[], representativeName: string): Promise<Attendee[]> {
    const attendees: Attendee[] = [];
    for (const partnerId of partnerIds) {
      await stores.partners.require(partnerId);
      const contacts = (await stores.contacts.where('partnerId', partnerId)).sort((a, b) => a.position - b.position);
      const people =
        contacts.length > 0 ? contacts.map((c) => ({ contactId: c.id as string | null, name: c.name })) : [{ contactId: null, name: representativeName }];
      for (const person of people) {
        attendees.push({
          id: crypto.randomUUID(),
          partnerId,
          contactId: person.contactId,
          name: person.name,
          organisation: '',
          attendance: 'invited',
          note: '',
        });
      }
    }
    return attendees;
  }

  /** Who works at this computer, read inside the caller's transaction: the approver of minutes. */
  async function localUser() {
    const user = settingOf(db, 'localUser', await db.settings.get('localUser'));
    if (!user) throw new LocalUserMissingError();
    return user;
  }

  /**
   * Changes the attendance list against the record as stored, refused when the meeting moved
   * on since `baseRevision` (the attendance section sends the revision its last write gave).
   */
  async function changeAttendees(id: string, baseRevision: number, change: (attendees: Attendee[]) => Attendee[]): Promise<Meeting> {
    const at = clock();
    return guarded(() =>
      writeTransaction(db, ['meetings'], async () => {
        await editableMeeting(stores.meetings, id);
        return stores.meetings.update(
          id,
          baseRevision,
          (meeting) => ({ ...meeting, attendees: change(meeting.attendees).map((attendee) => attendeeSchema.parse(attendee) as Attendee) }),
          { action: 'attendance', at },
        );
      }),
    );
  }

  return {
    /** Every meeting (meetings are never removed). */
    list(): Promise<Meeting[]> {
      return guarded(() => stores.meetings.list());
    },

    /** The live meetings among `ids` (by primary key; missing or removed ones left out). */
    getMany(ids: readonly string[]): Promise<Meeting[]> {
      return guarded(() => stores.meetings.getMany(ids));
    },

    listSeries(): Promise<MeetingSeries[]> {
      return guarded(() => stores.meetingSeries.list());
    },

    async get(id: string): Promise<MeetingBundle | undefined> {
      return guarded(async () => {
        const meeting = await stores.meetings.get(id);
        if (!meeting) return undefined;
        const [series, items, actions] = await Promise.all([
          meeting.seriesId ? stores.meetingSeries.get(meeting.seriesId) : Promise.resolve(undefined),
          stores.agendaItems.where('meetingId', id),
          stores.actions.where('meetingId', id),
        ]);
        return { meeting, series: series ?? null, items: items.sort((a, b) => a.position - b.position), actions };
      });
    },

    /** Validates, then stores the meeting with its invitees and, in a series, matters arising. */
    async create(input: MeetingInput, options: CreateMeetingOptions): Promise<Meeting> {
      const data = meetingInputSchema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['meetings', 'meetingSeries', 'agendaItems', 'actions', 'partners', 'contacts'], async () => {
          const seriesId = await resolveSeries(data.seriesId, data.newSeriesName, at);
          const meeting = await stores.meetings.insert(
            {
              ...planningFields(data, seriesId),
              status: 'planned',
              attendees: await invitedAttendees(options.invitedPartnerIds, options.representativeName),
              approvedAt: null,
              circulations: [],
              amendments: [],
            },
            { action: 'create', at },
          );
          if (seriesId) {
            let position = 0;
            // The series' earlier meetings, oldest first, from the [seriesId+startsAt] index's keys alone.
            const earlier = await stores.meetings.liveKeys((rows) =>
              rows.where('[seriesId+startsAt]').between([seriesId, Dexie.minKey], [seriesId, meeting.startsAt], true, false),
            );
            if (earlier.length > 0) {
              // Their actions by id (getAllKeys per meeting, then one bulk read): no cursor over records.
              const idsByMeeting = await stores.actions.liveKeysOfEach(earlier.map((meetingId) => (rows) => rows.where('meetingId').equals(meetingId)));
              const actions = await stores.actions.getMany(idsByMeeting.flat());
              const open = openActionsOfMeetings(earlier, actions);
              await stores.agendaItems.insert(
                {
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
                },
                { action: 'create', at },
              );
              position = 1;
            }
            // Then the series' standing items, in the same transaction.
            await addTemplateItems(stores, seriesId, meeting.id, position, at);
          }
          return meeting;
        }),
      );
    },

    /** Changes the planning details (not the lifecycle); only while the minutes are a draft. */
    async updateDetails(id: string, baseRevision: number, input: MeetingInput): Promise<Meeting> {
      const data = meetingInputSchema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['meetings', 'meetingSeries'], async () => {
          await editableMeeting(stores.meetings, id);
          const seriesId = await resolveSeries(data.seriesId, data.newSeriesName, at);
          return stores.meetings.update(id, baseRevision, (meeting) => ({ ...meeting, ...planningFields(data, seriesId) }), { action: 'update', at });
        }),
      );
    },

    changeAttendees,

    updateAttendee(id: string, baseRevision: number, attendeeId: string, patch: Partial<Pick<Attendee, 'attendance' | 'note'>>): Promise<Meeting> {
      return changeAttendees(id, baseRevision, (list) => list.map((attendee) => (attendee.id === attendeeId ? { ...attendee, ...patch } : attendee)));
    },

    addAttendee(id: string, baseRevision: number, attendee: Attendee): Promise<Meeting> {
      return changeAttendees(id, baseRevision, (list) => [...list, attendee]);
    },

    removeAttendee(id: string, baseRevision: number, attendeeId: string): Promise<Meeting> {
      return changeAttendees(id, baseRevision, (list) => list.filter((attendee) => attendee.id !== attendeeId));
    },

    /**
     * Takes one lifecycle step (hold, approve, circulate, amend) or refuses with the reason.
     * Approving records who approved: the local user, as the audit entry names them.
     */
    async step(id: string, baseRevision: number, request: StepRequest): Promise<Meeting> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['meetings'], async () => {
          const params: StepParams = request.step === 'approve' ? { step: 'approve', by: await localUser() } : request;
          return stores.meetings.update(
            id,
            baseRevision,
            (meeting) => {
              const result = applyStep(meeting, params, at);
              if (!result.ok) throw new LifecycleStepError(result.error);
              return result.meeting;
            },
            { action: 'status', at },
          );
        }),
      );
    },
  };
}

export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
