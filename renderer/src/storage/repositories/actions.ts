/**
 * Action items. What, owner and due date are part of the minutes (locked once approved);
 * the status is follow-up work and may change at any time, each change kept in history.
 */
import { actionInputSchema, actionStatuses, type ActionInput, type ActionItem, type ActionStatus } from '../../domain/meeting';
import { newRecordMeta } from '../../domain/record';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { editableMeeting, touchMeeting } from './meeting-guards';
import { RecordNotFoundError } from './partners';

export function createActionRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  async function actionOf(id: string): Promise<ActionItem> {
    const action = await db.actions.get(id);
    if (!action || action.deletedAt !== null) throw new RecordNotFoundError(id);
    return action;
  }

  /** The owner must be a live partner, and the contact (if any) one of theirs. */
  async function checkOwner(partnerId: string, contactId: string): Promise<void> {
    const partner = await db.partners.get(partnerId);
    if (!partner || partner.deletedAt !== null) throw new RecordNotFoundError(partnerId);
    if (contactId) {
      const contact = await db.contacts.get(contactId);
      if (!contact || contact.deletedAt !== null || contact.partnerId !== partnerId) throw new RecordNotFoundError(contactId);
    }
  }

  const tables = [db.meetings, db.agendaItems, db.actions, db.partners, db.contacts];

  return {
    /** Every live action across meetings, for the tracker. */
    listAll(): Promise<ActionItem[]> {
      return guarded(async () => (await db.actions.toArray()).filter((action) => action.deletedAt === null));
    },

    /** The live actions among `ids` (by primary key; missing or removed ones left out). */
    getMany(ids: readonly string[]): Promise<ActionItem[]> {
      return guarded(async () => (await db.actions.bulkGet([...ids])).filter((action): action is ActionItem => action !== undefined && action.deletedAt === null));
    },

    async add(agendaItemId: string, input: ActionInput): Promise<ActionItem> {
      const data = actionInputSchema.parse(input);
      const now = clock();
      return guarded(() =>
        db.transaction('rw', tables, async () => {
          const item = await db.agendaItems.get(agendaItemId);
          if (!item || item.deletedAt !== null) throw new RecordNotFoundError(agendaItemId);
          const meeting = await editableMeeting(db, item.meetingId);
          await checkOwner(data.ownerPartnerId, data.ownerContactId);
          const action: ActionItem = {
            ...newRecordMeta(now),
            meetingId: item.meetingId,
            agendaItemId,
            text: data.text,
            ownerPartnerId: data.ownerPartnerId,
            ownerContactId: data.ownerContactId || null,
            dueDate: data.dueDate,
            status: 'open',
            history: [{ at: now.toISOString(), status: 'open' }],
          };
          await db.actions.add(action);
          await touchMeeting(db, meeting, now.toISOString());
          return action;
        }),
      );
    },

    async update(id: string, input: ActionInput): Promise<ActionItem> {
      const data = actionInputSchema.parse(input);
      const now = clock();
      return guarded(() =>
        db.transaction('rw', tables, async () => {
          const action = await actionOf(id);
          const meeting = await editableMeeting(db, action.meetingId);
          await checkOwner(data.ownerPartnerId, data.ownerContactId);
          const updated: ActionItem = {
            ...action,
            text: data.text,
            ownerPartnerId: data.ownerPartnerId,
            ownerContactId: data.ownerContactId || null,
            dueDate: data.dueDate,
            updatedAt: now.toISOString(),
          };
          await db.actions.put(updated);
          await touchMeeting(db, meeting, now.toISOString());
          return updated;
        }),
      );
    },

    /** Follow-up: allowed whatever the minutes' state; a change to the same status is ignored. */
    async setStatus(id: string, status: ActionStatus): Promise<ActionItem> {
      if (!actionStatuses.includes(status)) throw new RangeError(`unknown action status ${String(status)}`);
      const now = clock();
      return guarded(() =>
        db.transaction('rw', db.actions, async () => {
          const action = await actionOf(id);
          if (action.status === status) return action;
          const stamp = now.toISOString();
          const updated: ActionItem = { ...action, status, updatedAt: stamp, history: [...action.history, { at: stamp, status }] };
          await db.actions.put(updated);
          return updated;
        }),
      );
    },

    async remove(id: string): Promise<void> {
      const now = clock();
      await guarded(() =>
        db.transaction('rw', tables, async () => {
          const action = await actionOf(id);
          const meeting = await editableMeeting(db, action.meetingId);
          const stamp = now.toISOString();
          await db.actions.put({ ...action, deletedAt: stamp, updatedAt: stamp });
          await touchMeeting(db, meeting, stamp);
        }),
      );
    },
  };
}

export type ActionRepository = ReturnType<typeof createActionRepository>;
