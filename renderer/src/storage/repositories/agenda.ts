/**
 * Agenda items of a meeting: add, edit, reorder, remove. Every write checks that the
 * minutes are still a draft (approved minutes change only through an amendment).
 */
import { agendaItemInputSchema, type AgendaItem, type AgendaItemInput } from '../../domain/meeting';
import { newRecordMeta } from '../../domain/record';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { editableMeeting, touchMeeting } from './meeting-guards';
import { RecordNotFoundError } from './partners';

export function createAgendaRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  async function liveItems(meetingId: string): Promise<AgendaItem[]> {
    const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
    return items.filter((item) => item.deletedAt === null).sort((a, b) => a.position - b.position);
  }

  async function itemOf(itemId: string): Promise<AgendaItem> {
    const item = await db.agendaItems.get(itemId);
    if (!item || item.deletedAt !== null) throw new RecordNotFoundError(itemId);
    return item;
  }

  const tables = [db.meetings, db.agendaItems, db.actions];

  return {
    async add(meetingId: string, input: AgendaItemInput): Promise<AgendaItem> {
      const data = agendaItemInputSchema.parse(input);
      const now = clock();
      return guarded(() =>
        db.transaction('rw', tables, async () => {
          const meeting = await editableMeeting(db, meetingId);
          const items = await liveItems(meetingId);
          const item: AgendaItem = {
            ...newRecordMeta(now),
            meetingId,
            position: (items.at(-1)?.position ?? -1) + 1,
            kind: 'regular',
            arisingActionIds: [],
            ...data,
          };
          await db.agendaItems.add(item);
          await touchMeeting(db, meeting, now.toISOString());
          return item;
        }),
      );
    },

    async update(itemId: string, input: AgendaItemInput): Promise<AgendaItem> {
      const data = agendaItemInputSchema.parse(input);
      const now = clock();
      return guarded(() =>
        db.transaction('rw', tables, async () => {
          const item = await itemOf(itemId);
          const meeting = await editableMeeting(db, item.meetingId);
          const updated: AgendaItem = { ...item, ...data, updatedAt: now.toISOString() };
          await db.agendaItems.put(updated);
          await touchMeeting(db, meeting, now.toISOString());
          return updated;
        }),
      );
    },

    /** Moves an item one place up (-1) or down (+1); at either end nothing changes. */
    async move(itemId: string, direction: -1 | 1): Promise<void> {
      const now = clock();
      await guarded(() =>
        db.transaction('rw', tables, async () => {
          const item = await itemOf(itemId);
          const meeting = await editableMeeting(db, item.meetingId);
          const items = await liveItems(item.meetingId);
          const index = items.findIndex((candidate) => candidate.id === itemId);
          const other = items[index + direction];
          if (!other) return;
          const stamp = now.toISOString();
          await db.agendaItems.bulkPut([
            { ...item, position: other.position, updatedAt: stamp },
            { ...other, position: item.position, updatedAt: stamp },
          ]);
          await touchMeeting(db, meeting, stamp);
        }),
      );
    },

    /** Removes an item (a tombstone) together with the actions agreed under it. */
    async remove(itemId: string): Promise<void> {
      const now = clock();
      await guarded(() =>
        db.transaction('rw', tables, async () => {
          const item = await itemOf(itemId);
          const meeting = await editableMeeting(db, item.meetingId);
          const stamp = now.toISOString();
          const actions = await db.actions.where('agendaItemId').equals(itemId).toArray();
          await db.agendaItems.put({ ...item, deletedAt: stamp, updatedAt: stamp });
          await db.actions.bulkPut(actions.filter((a) => a.deletedAt === null).map((a) => ({ ...a, deletedAt: stamp, updatedAt: stamp })));
          await touchMeeting(db, meeting, stamp);
        }),
      );
    },
  };
}

export type AgendaRepository = ReturnType<typeof createAgendaRepository>;
