/**
 * What the network's figures count, read for a period through indexes: the meetings that
 * started in it (by `startsAt`), the actions that can count in it (written since it began,
 * by `updatedAt`, or still open with a due date before its end, by `[status+dueDate]`), and
 * the agreements and partners for coverage. The counting itself is domain/network-figures.ts.
 */
import type { Table } from 'dexie';
import type { Agreement } from '../../domain/agreement';
import { addDays, localToday } from '../../domain/date-time';
import type { FiguresPeriod } from '../../domain/figures-period';
import type { ActionItem, ActionStatus, Meeting } from '../../domain/meeting';
import type { Partner } from '../../domain/partner';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { createRecordStores } from '../record-store';

const openStatuses: readonly ActionStatus[] = ['open', 'in_progress'];
const latest = '\uffff';

/**
 * The instants bounding a period's days in any zone: a day starts at most 14 hours before
 * and ends at most 12 hours after its UTC midnight. The domain then keeps what falls on the
 * period's days, each as its own clock tells.
 */
function instantsAround(period: FiguresPeriod): { from: string; to: string } {
  return { from: `${addDays(period.start, -1)}T00:00:00.000Z`, to: `${addDays(period.end, 2)}T00:00:00.000Z` };
}

export function createNetworkFiguresRepository(db: RoundtableDb) {
  const stores = createRecordStores(db, () => localToday());

  return {
    /** The meetings starting in the period (and a day either side, for the zones). */
    async meetings(period: FiguresPeriod): Promise<Meeting[]> {
      return guarded(async () => {
        const { from, to } = instantsAround(period);
        return stores.meetings.liveInRange('startsAt', from, to);
      });
    },

    /** Partners by id, archived ones too (a former partner still has a rate for the period it came). */
    async partnerNames(ids: readonly string[]): Promise<Map<string, Pick<Partner, 'name' | 'shortName'>>> {
      return guarded(async () => new Map((await stores.partners.getManyIncludingDeleted(ids)).map((partner) => [partner.id, partner])));
    },

    /**
     * The actions that can count in the period. One opened or done in it, or closed after one
     * of its quarters ended (so open then), was written since the period began: `updatedAt`.
     * One never written since and overdue at a quarter's end is still open now, due before the
     * period ends: `[status+dueDate]`. Nothing else can count, so nothing else is read.
     */
    async actions(period: FiguresPeriod): Promise<ActionItem[]> {
      return guarded(async () => {
        const { from } = instantsAround(period);
        const [written, ...open] = await stores.actions.liveKeysOfEach([
          (rows) => rows.where('updatedAt').between(from, latest, true, true),
          ...openStatuses.map(
            (status) => (rows: Table<unknown, string>) => rows.where('[status+dueDate]').between([status, '0'], [status, period.end], true, false),
          ),
        ]);
        return stores.actions.getMany([...new Set([...written!, ...open.flat()])]);
      });
    },

    /**
     * Every agreement: a network has a few dozen at most (each one negotiated and signed), and
     * whether one was in force on a day depends on its dates and its status together, which no
     * single index range selects.
     */
    async agreements(): Promise<Agreement[]> {
      return guarded(() => stores.agreements.list());
    },

    /** Today's active and prospective partners (former ones do not count towards coverage). */
    async coveragePartners(): Promise<Partner[]> {
      return guarded(() => stores.partners.whereAnyOf('status', ['active', 'prospective']));
    },
  };
}

export type NetworkFiguresRepository = ReturnType<typeof createNetworkFiguresRepository>;
