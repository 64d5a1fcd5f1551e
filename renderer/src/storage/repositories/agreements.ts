/**
 * The register of information-sharing agreements. Every change is one transaction with its
 * audit entry (architecture guide: every change to an agreement is audited).
 */
import { agreementInputSchema, type Agreement, type AgreementData, type AgreementInput } from '../../domain/agreement';
import { registerIds } from '../../domain/agreement-register';
import { clampPage } from '../../domain/paging';
import { reviewHorizonDays, type AgreementFilter } from '../../domain/agreement-status';
import { addDays } from '../../domain/date-time';
import { isRealIsoDate } from '../../domain/validation';
import type { RoundtableDb } from '../db';
import { guarded, RecordNotFoundError, ReviewRefusedError } from '../errors';
import { createRecordStores, writeTransaction } from '../record-store';

export interface RegisterQuery {
  filter: AgreementFilter;
  /** 1-based; past the last page, the last page is shown. */
  page: number;
  pageSize: number;
}

export interface RegisterPage {
  /** Live agreements in the register, whatever the filter. */
  total: number;
  /** Agreements the filter leaves. */
  matching: number;
  page: number;
  pageCount: number;
  /** Index (0-based) of the page's first agreement among the matching ones. */
  first: number;
  agreements: Agreement[];
}

export function createAgreementRepository(db: RoundtableDb, clock: () => Date, today: () => string) {
  const tables = ['agreements', 'partners'] as const;
  const schema = agreementInputSchema(today);
  const stores = createRecordStores(db, today);

  /**
   * Parties must be live partners; one archived since it became a party may stay, so an old
   * agreement can still be edited (or terminated) after a partner left the network.
   */
  async function checkParties(data: AgreementData, before?: Agreement): Promise<void> {
    const existing = new Set(before?.parties.map((party) => party.partnerId));
    for (const { partnerId } of data.parties) {
      const partner = existing.has(partnerId) ? await stores.partners.getIncludingDeleted(partnerId) : await stores.partners.get(partnerId);
      if (!partner) throw new RecordNotFoundError('partner', partnerId);
    }
  }

  /** Ids of live agreements an index range selects (keys only, no record read). */
  const keys = (build: Parameters<typeof stores.agreements.liveKeys>[0]) => stores.agreements.liveKeys(build);
  /** Ids of agreements with an end date before `day` (an open end is stored as ''). */
  const endedBefore = (day: string) => keys((rows) => rows.where('endDate').between('', day, false, false));

  return {
    list(): Promise<Agreement[]> {
      return guarded(() => stores.agreements.list());
    },

    /**
     * The agreements that may be in force today (active or under review, started, not
     * ended), found through the status and date indexes: the coverage matrix reads these,
     * not the whole register. (Callers still judge each one with agreementStanding.)
     */
    inForce(): Promise<Agreement[]> {
      const day = today();
      return guarded(async () => {
        const [current, ended, notStarted] = await Promise.all([
          keys((rows) => rows.where('status').anyOf('active', 'under_review')),
          endedBefore(day),
          keys((rows) => rows.where('startDate').above(day)),
        ]);
        const excluded = new Set([...ended, ...notStarted]);
        return stores.agreements.getMany(current.filter((id) => !excluded.has(id)));
      });
    },

    /**
     * One page of the register, filtered and in its order (overdue reviews first, then by
     * review date). Every filter runs on index keys (the parties through the multi-entry
     * `partyIds` index, since migration 008), so only the page's records are read.
     */
    register({ filter, page, pageSize }: RegisterQuery): Promise<RegisterPage> {
      const day = today();
      return guarded(async () => {
        const [byReviewDate, current, ended, reviewPast, reviewSoon, withStatus] = await Promise.all([
          keys((rows) => rows.orderBy('reviewDate')),
          keys((rows) => rows.where('status').anyOf('active', 'under_review')),
          endedBefore(day),
          keys((rows) => rows.where('reviewDate').between('', day, false, false)),
          keys((rows) => rows.where('reviewDate').between(day, addDays(day, reviewHorizonDays), true, true)),
          filter.status ? keys((rows) => rows.where('status').equals(filter.status)) : Promise.resolve([]),
        ]);
        const ids = registerIds(
          {
            byReviewDate,
            current: new Set(current),
            ended: new Set(ended),
            reviewPast: new Set(reviewPast),
            reviewSoon: new Set(reviewSoon),
            withStatus: new Set(withStatus),
          },
          filter,
        );
        const total = byReviewDate.length;
        const partyFilters = [filter.partnerId, filter.otherPartnerId].filter((partnerId): partnerId is string => Boolean(partnerId));
        const bindingEach = await Promise.all(
          partyFilters.map((partnerId) => keys((rows) => rows.where('partyIds').equals(partnerId)).then((found) => new Set(found))),
        );
        const matching = ids.filter((id) => bindingEach.every((binding) => binding.has(id)));
        const shown = clampPage(page, matching.length, pageSize);
        const agreements = await stores.agreements.getMany(matching.slice(shown.first, shown.first + pageSize));
        return { total, matching: matching.length, ...shown, agreements };
      });
    },

    get(id: string): Promise<Agreement | undefined> {
      return guarded(() => stores.agreements.get(id));
    },

    async create(input: AgreementInput): Promise<Agreement> {
      const data = schema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          await checkParties(data);
          return stores.agreements.insert(data, { action: 'create', at });
        }),
      );
    },

    /** Saves the form; refused with StaleRevisionError when the agreement changed since `baseRevision`. */
    async update(id: string, baseRevision: number, input: AgreementInput): Promise<Agreement> {
      const data = schema.parse(input);
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          await checkParties(data, await stores.agreements.require(id));
          return stores.agreements.update(id, baseRevision, (before) => ({ ...before, ...data }), { action: 'update', at });
        }),
      );
    },

    /**
     * The review is done: the agreement stays (or becomes again) active, with the next review
     * date. Refused for a draft, a terminated agreement, or a next date not after today.
     */
    async recordReview(id: string, baseRevision: number, nextReviewDate: string): Promise<Agreement> {
      const at = clock();
      return guarded(() =>
        writeTransaction(db, tables, async () => {
          if (!isRealIsoDate(nextReviewDate) || nextReviewDate <= today()) throw new ReviewRefusedError('nextDateNotAfterToday');
          return stores.agreements.update(
            id,
            baseRevision,
            (before) => {
              if (before.status !== 'active' && before.status !== 'under_review') throw new ReviewRefusedError('notInForce');
              return { ...before, status: 'active', reviewDate: nextReviewDate };
            },
            { action: 'status', at },
          );
        }),
      );
    },
  };
}

export type AgreementRepository = ReturnType<typeof createAgreementRepository>;
