/**
 * The retention schedule, the records due for deletion, and legal holds.
 *
 * The schedule is a setting (sealed, like every setting not needed before unlocking), saved
 * the way the other settings are: settings are not records, so changing it writes no audit
 * entry. Holds are records (sealed, audited, shown in the held record's history).
 *
 * The due list is found by retention-due.ts; here each record's holds are read (through the
 * `recordId` index) and a hold that has not ended keeps its record off the list, while one
 * that ended is named on it ("hold ended on …").
 */
import { clampPage } from '../../domain/paging';
import type { ErasableTable } from '../../domain/erasure';
import { isoToLocal } from '../../domain/date-time';
import { defaultRetentionSchedule, isDueToday, retentionScheduleSchema, type RetentionRule, type RetentionSchedule } from '../../domain/retention';
import { holdInputSchema, type HoldInput, type RetentionHold } from '../../domain/retention-hold';
import type { RecordTable } from '../tables';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { createRecordStores, writeTransaction, type AuditNote } from '../record-store';
import { createDueFinder, type DueCandidate } from './retention-due';
import { createSettingsRepository } from './settings';

export { dueKinds, type DueKind } from './retention-due';

/** A hold as the due list shows it: until when, why, and the day it ended (null while it lasts). */
/** The tables the records due for deletion are worked out from: a write to any of them can change the list. */
export const dueForDeletionTables = [
  'referrals',
  'referralEvents',
  'disclosures',
  'agreements',
  'meetings',
  'agendaItems',
  'partners',
  'contacts',
  'retentionHolds',
  'erasures',
] as const satisfies readonly RecordTable[];

export interface DueHold {
  id: string;
  until: string;
  reason: string;
  endedOn: string | null;
  revision: number;
}

/** One line of the due list. */
export interface DueRecord extends DueCandidate {
  /** A hold that ended (the record is due again); never one still in force (that record is not listed). */
  hold: DueHold | null;
}

export interface DuePage {
  total: number;
  page: number;
  pageCount: number;
  first: number;
  records: DueRecord[];
}

export interface DueOptions {
  /** 1-based; past the last page, the last page is shown. */
  page?: number;
  pageSize?: number;
}

/** A hold's last day of keeping: its `until`, or the day it was ended early. */
function endOf(hold: RetentionHold): string {
  if (hold.deletedAt === null) return hold.until;
  const ended = isoToLocal(hold.deletedAt).slice(0, 10);
  return ended < hold.until ? ended : hold.until;
}

export function createRetentionRepository(db: RoundtableDb, clock: () => Date, today: () => string) {
  const stores = createRecordStores(db, today);
  const settings = createSettingsRepository(db);
  const finder = createDueFinder(stores);

  async function schedule(): Promise<RetentionSchedule> {
    return (await settings.get('retentionSchedule')) ?? { ...defaultRetentionSchedule };
  }

  /** Each record's holds, ended ones included, through the recordId index. */
  async function holdsOf(recordIds: readonly string[]): Promise<Map<string, RetentionHold[]>> {
    const lists = await Promise.all(recordIds.map((id) => stores.retentionHolds.whereIncludingDeleted('recordId', id)));
    return new Map(recordIds.map((id, at) => [id, lists[at]!]));
  }

  /** The due records on `day`, holds considered, oldest due date first. */
  async function dueRecords(day: string): Promise<DueRecord[]> {
    const candidates = await finder.candidates(day, await schedule());
    const holds = await holdsOf(candidates.filter((candidate) => candidate.kind !== 'auditActors').map((candidate) => candidate.id));
    const records: DueRecord[] = [];
    for (const candidate of candidates) {
      const own = holds.get(candidate.id) ?? [];
      const lasting = own.filter((hold) => hold.deletedAt === null).sort((a, b) => b.until.localeCompare(a.until))[0];
      if (!isDueToday(candidate.reason, lasting && lasting.until >= day ? lasting : null, day)) continue;
      const ended = own.sort((a, b) => endOf(b).localeCompare(endOf(a)))[0];
      records.push({
        ...candidate,
        hold: ended ? { id: ended.id, until: ended.until, reason: ended.reason, endedOn: endOf(ended), revision: ended.revision } : null,
      });
    }
    return records.sort((a, b) => a.reason.dueOn.localeCompare(b.reason.dueOn) || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  }

  return {
    /** The schedule in force: the saved one, each rule not saved at its default. */
    schedule(): Promise<RetentionSchedule> {
      return guarded(schedule);
    },

    /** Saves the schedule; throws the ZodError (translated `retentionMonths` messages) on a period out of bounds. */
    async saveSchedule(input: Record<RetentionRule, unknown>): Promise<RetentionSchedule> {
      const checked = retentionScheduleSchema.parse(input);
      await settings.set('retentionSchedule', checked);
      return checked;
    },

    /** Back to the defaults. */
    async resetSchedule(): Promise<RetentionSchedule> {
      const defaults = { ...defaultRetentionSchedule };
      await settings.set('retentionSchedule', defaults);
      return defaults;
    },

    /** One page of the records due for deletion on `day`, oldest due date first. */
    due(day: string, options: DueOptions = {}): Promise<DuePage> {
      return guarded(async () => {
        const records = await dueRecords(day);
        const pageSize = options.pageSize ?? 25;
        const { page, pageCount, first } = clampPage(options.page ?? 1, records.length, pageSize);
        return { total: records.length, page, pageCount, first, records: records.slice(first, first + pageSize) };
      });
    },

    /** How many records are due on `day` (the overview's line). */
    dueCount(day: string): Promise<number> {
      return guarded(async () => (await dueRecords(day)).length);
    },

    /** The holds (ended ones too) of a record, latest first. */
    holdsFor(recordId: string): Promise<RetentionHold[]> {
      return guarded(async () => ((await holdsOf([recordId])).get(recordId) ?? []).sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    },

    /**
     * Keeps a record past its due day: a new hold, or the record's hold still on file
     * (ended by its date, not ended early) extended to the new day with the new reason.
     * Throws the ZodError (translated) for a day not after today or over ten years away.
     */
    async hold(recordId: string, table: ErasableTable, input: HoldInput): Promise<RetentionHold> {
      const { until, reason } = holdInputSchema(today).parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['retentionHolds'], async () => {
          const current = (await stores.retentionHolds.where('recordId', recordId)).sort((a, b) => b.until.localeCompare(a.until))[0];
          const note = (old: RetentionHold | undefined): AuditNote => ({
            action: old ? 'update' : 'create',
            at,
            changes: [
              { field: 'holdUntil', old: old?.until ?? null, new: until },
              { field: 'holdReason', old: old?.reason ?? null, new: reason },
            ],
          });
          if (current) return stores.retentionHolds.update(current.id, current.revision, (hold) => ({ ...hold, table, until, reason }), note(current));
          return stores.retentionHolds.insert({ recordId, table, until, reason }, note(undefined));
        }),
      );
    },

    /** Ends a hold today (the record is due again when its period has ended), refused when it changed since `baseRevision`. */
    endHold(holdId: string, baseRevision: number): Promise<RetentionHold> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, ['retentionHolds'], () =>
          stores.retentionHolds.archive(holdId, baseRevision, { action: 'archive', at, changes: [{ field: 'holdEnded', old: null, new: today() }] }),
        ),
      );
    },
  };
}

export type RetentionRepository = ReturnType<typeof createRetentionRepository>;
