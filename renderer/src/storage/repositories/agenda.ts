/**
 * Agenda items of a meeting: add, edit, reorder, remove. Every write checks that the
 * minutes are still a draft (approved minutes change only through an amendment) and that
 * the item is still at the revision the user's screen showed.
 */
import { localToday } from '../../domain/date-time';
import { agendaItemInputSchema, type AgendaItem, type AgendaItemInput } from '../../domain/meeting';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { createRecordStores, writeTransaction } from '../record-store';
import { createCarryOver } from './carry-over';
import { editableMeeting } from './meeting-guards';

export function createAgendaRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  const stores = createRecordStores(db, () => localToday(clock()));
  const tables = ['meetings', 'agendaItems', 'actions'] as const;

  async function liveItems(meetingId: string): Promise<AgendaItem[]> {
    return (await stores.agendaItems.where('meetingId', meetingId)).sort((a, b) => a.position - b.position);
  }

  /** The live item, in a meeting whose minutes are still a draft. */
  async function editableItem(itemId: string): Promise<AgendaItem> {
    const item = await stores.agendaItems.require(itemId);
    await editableMeeting(stores.meetings, item.meetingId);
    return item;
  }

  /** One field's change to an item at `baseRevision`, validated like the editor's whole item. */
  async function changeItem(itemId: string, baseRevision: number, change: (item: AgendaItem) => AgendaItem): Promise<AgendaItem> {
    const at = clock();
    return guarded(() =>
      writeTransaction(db, tables, async () => {
        await editableItem(itemId);
        return stores.agendaItems.update(itemId, baseRevision, change, { action: 'update', at });
      }),
    );
  }

  return {
    ...createCarryOver(db, stores, clock),

    /**
     * The minutes text alone (the minute-taking view's autosave): the title, decisions and
     * the rest stay as stored. Refused when the item changed since `baseRevision`.
     */
    async saveMinutes(itemId: string, baseRevision: number, minutes: string): Promise<AgendaItem> {
      const checked = agendaItemInputSchema.shape.minutes.parse(minutes);
      return changeItem(itemId, baseRevision, (item) => ({ ...item, minutes: checked }));
    },

    /** Adds one decision after the item's others (the minute-taking view's inline entry). */
    async addDecision(itemId: string, baseRevision: number, text: string): Promise<AgendaItem> {
      const decision = agendaItemInputSchema.shape.decisions.unwrap().element.parse({ id: crypto.randomUUID(), text });
      return changeItem(itemId, baseRevision, (item) => ({ ...item, decisions: [...item.decisions, decision] }));
    },

    async add(meetingId: string, input: AgendaItemInput): Promise<AgendaItem> {
      const data = agendaItemInputSchema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          await editableMeeting(stores.meetings, meetingId);
          const items = await liveItems(meetingId);
          return stores.agendaItems.insert(
            { meetingId, position: (items.at(-1)?.position ?? -1) + 1, kind: 'regular', arisingActionIds: [], ...data },
            { action: 'create', at },
          );
        }),
      );
    },

    async update(itemId: string, baseRevision: number, input: AgendaItemInput): Promise<AgendaItem> {
      const data = agendaItemInputSchema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          await editableItem(itemId);
          return stores.agendaItems.update(itemId, baseRevision, (item) => ({ ...item, ...data }), { action: 'update', at });
        }),
      );
    },

    /** Moves an item one place up (-1) or down (+1); at either end nothing changes. */
    async move(itemId: string, baseRevision: number, direction: -1 | 1): Promise<void> {
      const at = clock();
      await guarded(() =>
        writeTransaction(db, tables, async () => {
          const item = await editableItem(itemId);
          const items = await liveItems(item.meetingId);
          const other = items[items.findIndex((candidate) => candidate.id === itemId) + direction];
          if (!other) return;
          await stores.agendaItems.update(itemId, baseRevision, (moved) => ({ ...moved, position: other.position }), { action: 'move', at });
          // The neighbour was read in this same transaction: its revision is current.
          await stores.agendaItems.update(other.id, other.revision, (neighbour) => ({ ...neighbour, position: item.position }), { action: 'move', at });
        }),
      );
    },

    /** Removes an item (a tombstone) together with the actions agreed under it. */
    async remove(itemId: string, baseRevision: number): Promise<void> {
      const at = clock();
      await guarded(() =>
        writeTransaction(db, tables, async () => {
          await editableItem(itemId);
          await stores.agendaItems.archive(itemId, baseRevision, { action: 'remove', at });
          for (const action of await stores.actions.where('agendaItemId', itemId)) {
            await stores.actions.archive(action.id, action.revision, { action: 'remove', at });
          }
        }),
      );
    },
  };
}

export type AgendaRepository = ReturnType<typeof createAgendaRepository>;
