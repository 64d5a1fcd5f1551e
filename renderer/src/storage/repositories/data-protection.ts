/**
 * What the data-protection officer's page reads: the inputs of the records of processing,
 * the network's disclosure log for a period, the deletions done and the retention schedule.
 * Every list is read through an index (disclosures by `sharedOn`, erasures by `createdAt`,
 * agreements by `status`, recipients from the `toPartnerId` index's keys alone), and only
 * the rows a page shows are read and decrypted.
 */
import type { Agreement } from '../../domain/agreement';
import type { Disclosure } from '../../domain/disclosure';
import {
  disclosureLogPageSize,
  disclosureLogReferenceIds,
  disclosureLogRows,
  type DisclosureLogReferences,
  type DisclosureLogRow,
} from '../../domain/disclosure-log';
import type { Erasure } from '../../domain/erasure';
import type { FiguresPeriod } from '../../domain/figures-period';
import { clampPage } from '../../domain/paging';
import { recordsOfProcessing, type RecordsOfProcessing } from '../../domain/records-of-processing';
import { defaultRetentionSchedule, type RetentionSchedule } from '../../domain/retention';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { createRecordStores, type RecordStores } from '../record-store';
import { settingOf } from './settings';

/** Deletions a page of the list shows. */
export const erasurePageSize = 50;

/** A deletion as the officer reads it: for a record of a case (a timeline entry, a disclosure), that case's code. */
export interface ErasureLine extends Erasure {
  /** The code of the deleted case this record belonged to; null when it belonged to none (a contact) or the case is not deleted. */
  parentCaseCode: string | null;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * The retention schedule in force: the stored setting, or the defaults while none is stored
 * (a value that does not fit reads as none, like every setting). One that does not decrypt is
 * an error, not the defaults: a schedule someone lengthened must never quietly become shorter.
 */
export async function readRetentionSchedule(db: RoundtableDb): Promise<RetentionSchedule> {
  return settingOf(db, 'retentionSchedule', await db.settings.get('retentionSchedule')) ?? { ...defaultRetentionSchedule };
}

/** Instants of a period's first moment and the moment after its last day, on this computer's clock (the days the user sees). */
export function periodInstants(period: FiguresPeriod): { from: string; until: string } {
  const from = new Date(`${period.start}T00:00:00`);
  const until = new Date(`${period.end}T00:00:00`);
  until.setDate(until.getDate() + 1);
  return { from: from.toISOString(), until: until.toISOString() };
}

async function logReferences(stores: RecordStores, disclosures: readonly Disclosure[]): Promise<DisclosureLogReferences> {
  const ids = disclosureLogReferenceIds(disclosures);
  // Archived partners, cases and agreements too: the log names what was shared under them then.
  const [cases, partners, agreements] = await Promise.all([
    stores.referrals.getManyIncludingDeleted(ids.referralIds),
    stores.partners.getManyIncludingDeleted(ids.partnerIds),
    stores.agreements.getManyIncludingDeleted(ids.agreementIds),
  ]);
  return {
    caseCodes: new Map(cases.map((referral) => [referral.id, referral.caseCode])),
    partnerNames: new Map(partners.map((partner) => [partner.id, partner.name])),
    agreements: new Map(agreements.map((agreement) => [agreement.id, agreement])),
  };
}

/**
 * The case code of each erasure's parent, from the parent's own erasure (an erasure's id is the
 * deleted record's): a case's records are deleted with it, so its code is found there.
 */
async function withParentCodes(stores: RecordStores, erasures: readonly Erasure[]): Promise<ErasureLine[]> {
  const parentIds = [...new Set(erasures.flatMap((erasure) => (erasure.parentId ? [erasure.parentId] : [])))];
  const parents = await stores.erasures.getMany(parentIds);
  const codes = new Map(parents.map((parent) => [parent.id, parent.caseCode]));
  return erasures.map((erasure) => ({ ...erasure, parentCaseCode: (erasure.parentId && codes.get(erasure.parentId)) || null }));
}

export function createDataProtectionRepository(db: RoundtableDb, clock: () => Date = () => new Date()) {
  const stores = createRecordStores(db, () => clock().toISOString().slice(0, 10));

  const periodKeys = (period: FiguresPeriod) => stores.disclosures.liveKeys((rows) => rows.where('sharedOn').between(period.start, period.end, true, true));

  return {
    retentionSchedule(): Promise<RetentionSchedule> {
      return guarded(() => readRetentionSchedule(db));
    },

    /** The records of processing as of `today`. */
    recordsOfProcessing(today: string, collator: Pick<Intl.Collator, 'compare'>): Promise<RecordsOfProcessing & { partnerNames: Map<string, string> }> {
      return guarded(async () => {
        const [agreementIds, received, schedule] = await Promise.all([
          stores.agreements.liveKeys((rows) => rows.where('status').anyOf(['active', 'under_review'])),
          stores.disclosures.liveIndexEntries((rows) => rows.orderBy('toPartnerId')),
          readRetentionSchedule(db),
        ]);
        const agreements: Agreement[] = await stores.agreements.getMany(agreementIds);
        const receivedCounts = new Map<string, number>();
        for (const [partnerId] of received) receivedCounts.set(partnerId as string, (receivedCounts.get(partnerId as string) ?? 0) + 1);
        const partnerIds = new Set([...receivedCounts.keys(), ...agreements.flatMap((agreement) => agreement.parties.map((party) => party.partnerId))]);
        const partners = await stores.partners.getManyIncludingDeleted([...partnerIds]);
        const partnerNames = new Map(partners.map((partner) => [partner.id, partner.name]));
        return { ...recordsOfProcessing({ agreements, receivedCounts, partnerNames, schedule, today, collator }), partnerNames };
      });
    },

    /** One page of the log of the period, in the log's order (the `sharedOn` index's). */
    disclosureLogPage(period: FiguresPeriod, requestedPage: number): Promise<Paged<DisclosureLogRow>> {
      return guarded(async () => {
        const ids = await periodKeys(period);
        const { page, pageCount, first } = clampPage(requestedPage, ids.length, disclosureLogPageSize);
        const shown = await stores.disclosures.getMany(ids.slice(first, first + disclosureLogPageSize));
        return { items: disclosureLogRows(shown, await logReferences(stores, shown), period), total: ids.length, page, pageCount };
      });
    },

    /** Every disclosure of the period, for an export, in the same order as the pages. */
    disclosureLog(period: FiguresPeriod): Promise<DisclosureLogRow[]> {
      return guarded(async () => {
        const disclosures = await stores.disclosures.liveInRange('sharedOn', period.start, period.end);
        return disclosureLogRows(disclosures, await logReferences(stores, disclosures), period);
      });
    },

    /** One page of the deletions done, newest first. */
    erasurePage(requestedPage: number, pageSize = erasurePageSize): Promise<Paged<ErasureLine>> {
      return guarded(async () => {
        const ids = (await stores.erasures.liveKeys((rows) => rows.orderBy('createdAt'))).reverse();
        const { page, pageCount, first } = clampPage(requestedPage, ids.length, pageSize);
        const items = await withParentCodes(stores, await stores.erasures.getMany(ids.slice(first, first + pageSize)));
        return { items, total: ids.length, page, pageCount };
      });
    },

    /** The deletions done in a period (its days on this computer's clock), newest first. */
    erasuresIn(period: FiguresPeriod): Promise<ErasureLine[]> {
      return guarded(async () => {
        const { from, until } = periodInstants(period);
        const ids = await stores.erasures.liveKeys((rows) => rows.where('createdAt').between(from, until, true, false));
        return withParentCodes(stores, await stores.erasures.getMany(ids.reverse()));
      });
    },
  };
}

export type DataProtectionRepository = ReturnType<typeof createDataProtectionRepository>;
