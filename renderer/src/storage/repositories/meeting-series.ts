/**
 * Meeting series: what a new meeting takes over from the series' last one, and the series'
 * agenda template (its standing items), kept on the series record and written, like every
 * change, with its audit entry in one transaction.
 */
import Dexie from 'dexie';
import { localToday } from '../../domain/date-time';
import type { AgendaItem, Meeting, MeetingSeries } from '../../domain/meeting';
import { agendaTemplateSchema, seriesDefaultsFrom, templateFromAgenda, type SeriesDefaults, type TemplateItemInput } from '../../domain/meeting-series';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { createRecordStores, writeTransaction, type RecordStores } from '../record-store';

/** The ids of a series' meetings, oldest start first, from the [seriesId+startsAt] index's keys alone. */
export function seriesMeetingIds(stores: RecordStores, seriesId: string): Promise<string[]> {
  return stores.meetings.liveKeys((rows) => rows.where('[seriesId+startsAt]').between([seriesId, Dexie.minKey], [seriesId, Dexie.maxKey], true, true));
}

/**
 * Adds the series' standing items to a new meeting, from `position` on. Runs inside the
 * caller's write transaction (the meeting's creation), so the meeting and its agenda are
 * stored together or not at all, each item with its audit entry.
 */
export async function addTemplateItems(stores: RecordStores, seriesId: string, meetingId: string, position: number, at: Date): Promise<AgendaItem[]> {
  const series = await stores.meetingSeries.require(seriesId);
  const added: AgendaItem[] = [];
  for (const [index, item] of (series.agendaTemplate ?? []).entries()) {
    added.push(
      await stores.agendaItems.insert(
        {
          meetingId,
          position: position + index,
          kind: 'regular',
          title: item.title,
          presenter: item.presenter,
          plannedMinutes: item.plannedMinutes,
          confidential: item.confidential,
          caseDiscussion: item.caseDiscussion,
          minutes: '',
          decisions: [],
          arisingActionIds: [],
        },
        { action: 'create', at },
      ),
    );
  }
  return added;
}

/** A meeting of a series, as the template's "take the agenda of" choice lists it. */
export type SeriesMeetingChoice = Pick<Meeting, 'id' | 'title' | 'startsAt' | 'timeZone'>;

export function createMeetingSeriesRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  const stores = createRecordStores(db, () => localToday(clock()));

  function saveTemplate(seriesId: string, baseRevision: number, template: (series: MeetingSeries) => Promise<TemplateItemInput[]> | TemplateItemInput[]) {
    const at = clock();
    return guarded(() =>
      writeTransaction(db, ['meetingSeries', 'meetings', 'agendaItems'], async () => {
        const series = await stores.meetingSeries.require(seriesId);
        const items = agendaTemplateSchema.parse(await template(series));
        return stores.meetingSeries.update(seriesId, baseRevision, (current) => ({ ...current, agendaTemplate: items }), { action: 'update', at });
      }),
    );
  }

  return {
    list(): Promise<MeetingSeries[]> {
      return guarded(async () => (await stores.meetingSeries.list()).sort((a, b) => a.name.localeCompare(b.name)));
    },

    get(seriesId: string): Promise<MeetingSeries | undefined> {
      return guarded(() => stores.meetingSeries.get(seriesId));
    },

    /** What a new meeting in the series takes over from its last meeting (latest start), or null when it has none. */
    defaultsFor(seriesId: string): Promise<SeriesDefaults | null> {
      return guarded(async () => {
        const lastId = (await seriesMeetingIds(stores, seriesId)).at(-1);
        const last = lastId ? await stores.meetings.get(lastId) : undefined;
        return last ? seriesDefaultsFrom(last) : null;
      });
    },

    /** The series' meetings, latest start first (the choices to take an agenda from). */
    meetingsOf(seriesId: string, limit = 50): Promise<SeriesMeetingChoice[]> {
      return guarded(async () => {
        const ids = (await seriesMeetingIds(stores, seriesId)).reverse().slice(0, limit);
        return (await stores.meetings.getMany(ids)).map(({ id, title, startsAt, timeZone }) => ({ id, title, startsAt, timeZone }));
      });
    },

    /** Replaces the series' standing items (validated: a title each, at most maxTemplateItems). */
    setTemplate(seriesId: string, baseRevision: number, items: TemplateItemInput[]): Promise<MeetingSeries> {
      // Checked before the transaction: bad input is refused before anything is opened for writing.
      const checked = agendaTemplateSchema.parse(items);
      return saveTemplate(seriesId, baseRevision, () => checked);
    },

    /** Makes the series' standing items from a meeting's agenda (its regular items, in their order). */
    templateFromMeeting(seriesId: string, baseRevision: number, meetingId: string): Promise<MeetingSeries> {
      return saveTemplate(seriesId, baseRevision, async () => {
        await stores.meetings.require(meetingId);
        return templateFromAgenda(await stores.agendaItems.where('meetingId', meetingId));
      });
    },
  };
}

export type MeetingSeriesRepository = ReturnType<typeof createMeetingSeriesRepository>;
