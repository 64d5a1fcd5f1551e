/**
 * Action items. What, owner and due date are part of the minutes (locked once approved);
 * the status is follow-up work and may change at any time, each change kept in history.
 */
import { localToday } from '../../domain/date-time';
import { actionInputSchema, actionStatuses, type ActionInput, type ActionItem, type ActionStatus } from '../../domain/meeting';
import type { RoundtableDb } from '../db';
import { guarded, RecordNotFoundError } from '../errors';
import { createRecordStores, writeTransaction } from '../record-store';
import { createActionTracker, type OpenActionsForCalendar, type TrackerOwner, type TrackerPage, type TrackerPageRequest } from './action-tracker';
import { editableMeeting } from './meeting-guards';

export function createActionRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  const stores = createRecordStores(db, () => localToday(clock()));
  const tables = ['meetings', 'agendaItems', 'actions', 'partners', 'contacts'] as const;

  /** The owner must be a live partner, and the contact (if any) one of theirs. */
  async function checkOwner(partnerId: string, contactId: string): Promise<void> {
    await stores.partners.require(partnerId);
    if (contactId) {
      const contact = await stores.contacts.require(contactId);
      if (contact.partnerId !== partnerId) throw new RecordNotFoundError('contact', contactId);
    }
  }

  const tracker = createActionTracker(stores);

  return {
    /** One page of the action tracker, read through indexes (see action-tracker.ts). */
    trackerPage(request: TrackerPageRequest): Promise<TrackerPage> {
      return guarded(() => tracker.page(request));
    },

    /** The partners that own live actions: the tracker's owner filter. */
    trackerOwners(): Promise<TrackerOwner[]> {
      return guarded(() => tracker.owners());
    },

    /** Every action the tracker lists under its filter, and what they name, for the list export. */
    trackerAll(request: Omit<TrackerPageRequest, 'page'>): Promise<OpenActionsForCalendar> {
      return guarded(() => tracker.all(request));
    },

    /** Open actions with a due date and what they name, for the calendar export. */
    openForCalendar(): Promise<OpenActionsForCalendar> {
      return guarded(() => tracker.openForCalendar());
    },

    /** The live actions among `ids` (by primary key; missing or removed ones left out). */
    getMany(ids: readonly string[]): Promise<ActionItem[]> {
      return guarded(() => stores.actions.getMany(ids));
    },

    async add(agendaItemId: string, input: ActionInput): Promise<ActionItem> {
      const data = actionInputSchema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          const item = await stores.agendaItems.require(agendaItemId);
          await editableMeeting(stores.meetings, item.meetingId);
          await checkOwner(data.ownerPartnerId, data.ownerContactId);
          return stores.actions.insert(
            {
              meetingId: item.meetingId,
              agendaItemId,
              text: data.text,
              ownerPartnerId: data.ownerPartnerId,
              ownerContactId: data.ownerContactId || null,
              dueDate: data.dueDate,
              status: 'open',
              history: [{ at: at.toISOString(), status: 'open' }],
            },
            { action: 'create', at },
          );
        }),
      );
    },

    async update(id: string, baseRevision: number, input: ActionInput): Promise<ActionItem> {
      const data = actionInputSchema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          const action = await stores.actions.require(id);
          await editableMeeting(stores.meetings, action.meetingId);
          await checkOwner(data.ownerPartnerId, data.ownerContactId);
          return stores.actions.update(
            id,
            baseRevision,
            (current) => ({
              ...current,
              text: data.text,
              ownerPartnerId: data.ownerPartnerId,
              ownerContactId: data.ownerContactId || null,
              dueDate: data.dueDate,
            }),
            { action: 'update', at },
          );
        }),
      );
    },

    /** Follow-up: allowed whatever the minutes' state; a change to the same status is ignored. */
    async setStatus(id: string, baseRevision: number, status: ActionStatus): Promise<ActionItem> {
      if (!actionStatuses.includes(status)) throw new RangeError(`unknown action status ${String(status)}`);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['actions'], async () =>
          stores.actions.update(
            id,
            baseRevision,
            (action) => (action.status === status ? action : { ...action, status, history: [...action.history, { at: at.toISOString(), status }] }),
            { action: 'status', at },
          ),
        ),
      );
    },

    async remove(id: string, baseRevision: number): Promise<void> {
      const at = clock();
      await guarded(() =>
        writeTransaction(db, tables, async () => {
          const action = await stores.actions.require(id);
          await editableMeeting(stores.meetings, action.meetingId);
          await stores.actions.archive(id, baseRevision, { action: 'remove', at });
        }),
      );
    },
  };
}

export type ActionRepository = ReturnType<typeof createActionRepository>;
