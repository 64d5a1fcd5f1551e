import type { Transaction } from 'dexie';
import { machineTimeZone } from '../../domain/zoned-time';
import type { Migration } from './index';

/**
 * Each meeting names the zone it was planned in. Meetings stored before this version were
 * entered in the computer's zone (their instants were computed with it), so they get that
 * zone as it is at upgrade time. No index: the zone is never queried on its own.
 */
export const migration005: Migration = {
  version: 5,
  stores: {},
  upgrade: async (tx: Transaction) => {
    const timeZone = machineTimeZone();
    await tx
      .table('meetings')
      .toCollection()
      .modify((meeting: { timeZone?: unknown }) => {
        if (typeof meeting.timeZone !== 'string' || meeting.timeZone === '') meeting.timeZone = timeZone;
      });
  },
};
